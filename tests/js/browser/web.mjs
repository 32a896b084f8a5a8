// Serves the built examples/web page (dist/) with /graphql forwarded to the gateway, and checks in Chromium what a
// person sees: rows with sender names, a status change that changes the rows, a label filter, and paging.
// Usage: node tests/js/browser/web.mjs http://127.0.0.1:PORT/graphql   (exit 0 = passed)
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch, outsideLoopback, check, artifacts, repositoryRoot } from './launch.mjs';

const gateway = process.argv[2];
if (!gateway) {
  console.error('usage: node web.mjs <gateway graphql url>');
  process.exit(2);
}

const { startServer } = await import(pathToFileURL(join(repositoryRoot, 'examples', 'web', 'serve.mjs')).href);
const { server, url } = await startServer({ gateway });
const browser = await launch();
const { page, requests, pageErrors } = browser;

/** Waits for the page's next completed load and returns what its table shows. */
async function rowsAfter(action) {
  const before = await page.locator('body').getAttribute('data-loaded');
  await action();
  await page.waitForFunction((previous) => document.body.dataset.loaded && document.body.dataset.loaded !== previous,
    before, { timeout: 30_000 });
  return page.locator('#rows tr').evaluateAll((trs) => trs.map((tr) => ({
    id: tr.dataset.id,
    cells: [...tr.querySelectorAll('td')].map((td) => td.textContent),
  })));
}

let exitCode = 0;
try {
  const open = await rowsAfter(() => page.goto(url, { waitUntil: 'domcontentloaded' }));
  check(await page.locator('#error').isHidden(), 'no error is shown');
  check(open.length > 0 && open.length <= 25, `the first page lists open conversations (${open.length} rows)`);
  check(open.every((row) => row.cells[1] === 'open'), 'every row of the default view is open');
  const senders = open.map((row) => row.cells[2]);
  check(senders.every((name) => name && name !== '(unknown contact)'), `every row shows its sender's name (${senders.slice(0, 3).join(', ')}, ...)`);
  const assignees = open.map((row) => row.cells[3]);
  check(assignees.some((name) => name !== 'unassigned'), `assignee names are shown (${assignees.slice(0, 3).join(', ')}, ...)`);
  check((await page.locator('#summary').innerText()).includes('on page 1'), 'the summary names page 1');

  const resolved = await rowsAfter(() => page.selectOption('#status', 'RESOLVED'));
  check(resolved.length > 0 && resolved.every((row) => row.cells[1] === 'resolved'), `choosing "Resolved" lists only resolved conversations (${resolved.length} rows)`);
  const openIds = new Set(open.map((row) => row.id));
  check(resolved.every((row) => !openIds.has(row.id)), 'the resolved rows are different conversations');

  const all = await rowsAfter(() => page.selectOption('#status', 'ALL'));
  check(await page.locator('#next').isEnabled(), 'with every status there is a next page');
  const second = await rowsAfter(() => page.click('#next'));
  const firstIds = new Set(all.map((row) => row.id));
  check(second.length > 0 && second.some((row) => !firstIds.has(row.id)), `"Next" shows other conversations (${second.length} rows)`);
  check((await page.locator('#page').innerText()) === 'Page 2', 'the pager says Page 2');
  check(await page.locator('#prev').isEnabled(), '"Previous" is enabled on page 2');
  const back = await rowsAfter(() => page.click('#prev'));
  check(back.length === all.length && back[0].id === all[0].id, '"Previous" returns to the first page');

  const label = all.map((row) => row.cells[4]).find((labels) => labels)?.split(', ')[0];
  check(Boolean(label), `some conversation has a label (${label})`);
  const labelled = await rowsAfter(async () => {
    await page.fill('#label', label);
    await page.click('#apply');
  });
  check(labelled.length > 0 && labelled.every((row) => row.cells[4].split(', ').includes(label)),
    `the label filter "${label}" lists only conversations with that label (${labelled.length} rows)`);
  const total = async () => Number((await page.locator('#summary').innerText()).split(' ')[0]);
  const labelledTotal = await total();
  const everyTotal = await rowsAfter(async () => {
    await page.fill('#label', '');
    await page.click('#apply');
  }).then(total);
  check(labelledTotal > 0 && labelledTotal < everyTotal, `the summary counts ${labelledTotal} labelled of ${everyTotal} conversations`);

  await page.screenshot({ path: join(artifacts, 'web.png'), fullPage: true });
  const outside = outsideLoopback(requests);
  check(outside.length === 0, `no request left 127.0.0.1 (${requests.length} requests)`);
  check(pageErrors.length === 0, `no uncaught page error (${pageErrors.join(' | ') || 'none'})`);
} catch (error) {
  exitCode = 1;
  console.error(error?.stack ?? String(error));
  await page.screenshot({ path: join(artifacts, 'web-failure.png'), fullPage: true }).catch(() => {});
} finally {
  await browser.close();
  server.close();
}
process.exit(exitCode);
