// Opens Banana Cake Pop at <gateway>/graphql in Chromium, runs a conversations query through its UI and checks the
// response pane. Usage: node tests/js/browser/ide.mjs http://127.0.0.1:PORT   (exit 0 = passed)
import { join } from 'node:path';
import { launch, outsideLoopback, check, artifacts } from './launch.mjs';

const base = process.argv[2];
if (!base) {
  console.error('usage: node ide.mjs <gateway base url>');
  process.exit(2);
}

// One line: typing a newline makes the editor indent and close brackets on its own.
const query = 'query IdeSmoke { conversations(status: ALL) { counts { all } nodes { id sender { name } } } }';
const browser = await launch();
const { page, requests, pageErrors } = browser;
let exitCode = 0;
try {
  // The IDE introspects the endpoint once a document is open (a probe of __Type's fields, then the full query).
  const introspected = page.waitForResponse(
    (response) => response.url().endsWith('/graphql') && response.request().method() === 'POST'
      && (response.request().postData() ?? '').includes('__schema'),
    { timeout: 60_000 });
  await page.goto(new URL('/graphql', base).href, { waitUntil: 'domcontentloaded', timeout: 60_000 });
  check(new URL(page.url()).pathname === '/graphql/', `the IDE is served at /graphql/ (at ${page.url()})`);
  await page.getByText('Create Document', { exact: false }).first().click({ timeout: 60_000 });
  const introspection = await introspected;
  const schema = await introspection.json();
  check(introspection.status() === 200 && Array.isArray(schema?.data?.__schema?.types),
    `the IDE loaded the schema by introspection (${schema?.data?.__schema?.types?.length} types)`);

  await page.getByText('Schema available').first().waitFor({ timeout: 60_000 });

  // The request editor is the first Monaco editor. Right after start-up the IDE can still replace its document
  // model, dropping what was typed; so type (select all first, so a retry replaces the text), wait until the
  // operation builder lists the operation, run, and try again when no request goes out.
  const editor = page.locator('.monaco-editor').first();
  await editor.waitFor({ state: 'visible', timeout: 30_000 });
  const isSmoke = (response) => response.url().endsWith('/graphql') && (response.request().postData() ?? '').includes('IdeSmoke');
  let answer;
  for (let attempt = 1; attempt <= 4 && !answer; attempt++) {
    await editor.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.insertText(query);
    const listed = await page.getByText('IdeSmoke: Query').first().waitFor({ timeout: 5_000 }).then(() => true, () => false);
    if (!listed) continue;
    await page.waitForTimeout(1000);
    const executed = page.waitForResponse(isSmoke, { timeout: 10_000 });
    await page.getByRole('button', { name: /^Run/ }).first().click();
    answer = await executed.catch(() => undefined);
    if (!answer) console.log(`attempt ${attempt}: Run sent no request; typing again`);
  }
  check(Boolean(answer), 'the query typed into the request editor ran');
  const body = await answer.json();
  check(Array.isArray(body?.data?.conversations?.nodes) && body.data.conversations.nodes.length > 0,
    'the gateway answered the IDE with conversations');

  const firstId = String(body.data.conversations.nodes[0].id);
  const total = String(body.data.conversations.counts.all);
  // The response pane is the last Monaco editor (it renders spaces as no-break spaces); wait until it shows the answer.
  const responsePane = page.locator('.monaco-editor').last();
  let shown = '';
  for (const deadline = Date.now() + 30_000; Date.now() < deadline; await page.waitForTimeout(250)) {
    shown = (await responsePane.innerText().catch(() => '')).replace(/\u00a0/g, ' ');
    if (shown.includes('"conversations"') && shown.includes(firstId)) break;
  }
  check(shown.includes('"counts"') && shown.includes(total), `the response pane shows counts.all = ${total}`);
  check(shown.includes(firstId), `the response pane shows the first conversation id ${firstId}`);
  const sender = body.data.conversations.nodes[0].sender?.name;
  check(!sender || shown.includes(sender), `the response pane shows its sender's name (${sender})`);

  await page.screenshot({ path: join(artifacts, 'ide.png'), fullPage: true });
  const outside = outsideLoopback(requests);
  check(outside.length === 0, `no request left 127.0.0.1 (${requests.length} requests; outside: ${outside.join(', ') || 'none'})`);
  check(pageErrors.length === 0, `no uncaught page error (${pageErrors.join(' | ') || 'none'})`);
} catch (error) {
  exitCode = 1;
  console.error(error?.stack ?? String(error));
  await page.screenshot({ path: join(artifacts, 'ide-failure.png'), fullPage: true }).catch(() => {});
} finally {
  await browser.close();
}
process.exit(exitCode);
