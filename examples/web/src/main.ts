import { Client, cacheExchange, fetchExchange } from '@urql/core';
import { ConversationListDocument } from './gql/graphql';
import type { ConversationListQuery, ConversationListQueryVariables } from './gql/graphql';

type Status = ConversationListQueryVariables['status'];
type Row = ConversationListQuery['conversations']['nodes'][number];

// The gateway's endpoint is this page's origin (`/graphql`) unless ?endpoint= names another one (which then has
// to allow this origin in its CORS settings). The caller's Chatwoot token goes in the api_access_token header.
const params = new URLSearchParams(location.search);
const endpoint = params.get('endpoint') ?? new URL('/graphql', location.href).href;
const token = params.get('token') ?? 'demo-admin-token';

const client = new Client({
  url: endpoint,
  exchanges: [cacheExchange, fetchExchange],
  requestPolicy: 'network-only',
  fetchOptions: () => ({ headers: { api_access_token: token } }),
});

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`#${id} is missing from the page`);
  return found as T;
}

const form = element<HTMLFormElement>('filters');
const statusSelect = element<HTMLSelectElement>('status');
const labelInput = element<HTMLInputElement>('label');
const rows = element<HTMLTableSectionElement>('rows');
const summary = element<HTMLParagraphElement>('summary');
const errorBox = element<HTMLParagraphElement>('error');
const prev = element<HTMLButtonElement>('prev');
const next = element<HTMLButtonElement>('next');
const pageLabel = element<HTMLSpanElement>('page');

const state: { status: Status; label: string; page: number } = { status: 'OPEN', label: '', page: 1 };
let generation = 0;

function cell(text: string, className?: string): HTMLTableCellElement {
  const td = document.createElement('td');
  td.textContent = text;
  if (className) td.className = className;
  return td;
}

function renderRow(conversation: Row): HTMLTableRowElement {
  const tr = document.createElement('tr');
  tr.dataset.id = String(conversation.id);
  tr.append(
    cell(String(conversation.id)),
    cell(conversation.status.toLowerCase()),
    cell(conversation.sender?.name ?? '(unknown contact)', 'sender'),
    conversation.assignee ? cell(conversation.assignee.name, 'assignee') : cell('unassigned', 'assignee unassigned'),
    cell(conversation.labels.join(', ')),
    cell(new Date(conversation.lastActivityAt).toLocaleString()),
  );
  return tr;
}

async function load(): Promise<void> {
  const mine = ++generation;
  summary.textContent = 'Loading…';
  prev.disabled = next.disabled = true;
  const label = state.label.trim();
  const variables: ConversationListQueryVariables = {
    status: state.status,
    labels: label ? [label] : null,
    page: state.page,
  };
  const result = await client.query(ConversationListDocument, variables).toPromise();
  if (mine !== generation) return; // a newer request has started; drop this answer

  if (result.error || !result.data) {
    errorBox.hidden = false;
    errorBox.textContent = result.error?.message ?? 'No data';
    summary.textContent = 'Failed to load conversations.';
    rows.replaceChildren();
    return;
  }

  errorBox.hidden = true;
  const page = result.data.conversations;
  rows.replaceChildren(...page.nodes.map(renderRow));
  summary.textContent = `${page.counts.all} conversations, showing ${page.nodes.length} on page ${state.page}`;
  pageLabel.textContent = `Page ${state.page}`;
  prev.disabled = state.page <= 1;
  next.disabled = !page.hasNextPage;
  document.body.dataset.loaded = String(mine);
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  state.label = labelInput.value;
  state.page = 1;
  void load();
});
statusSelect.addEventListener('change', () => {
  state.status = statusSelect.value as Status;
  state.page = 1;
  void load();
});
prev.addEventListener('click', () => {
  state.page = Math.max(1, state.page - 1);
  void load();
});
next.addEventListener('click', () => {
  state.page += 1;
  void load();
});

void load();
