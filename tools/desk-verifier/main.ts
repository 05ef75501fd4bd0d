// The desk's verifier page: one self-contained HTML file, no request anywhere. It verifies with the
// shared module that `npm run verify` and the reference receiver use, as received at the time the
// desk enters (the form's timestamp; empty = now), and scrolls to the verdict.
import { verifyPasted } from '../../src-shared/protocol/verify';
import { h } from './dom';
import { messages } from './messages';
import { parseReceivedAt } from './received-at';
import { registryActions, registryPanel } from './registry-panel';
import { initialState } from './state';
import { verdictPanel } from './verdict-panel';

const state = initialState();
const root = document.getElementById('app')!;
// Created once, so a language switch or a registry change never loses what was typed or pasted.
const paste = h('textarea', { id: 'paste', 'data-testid': 'paste', rows: '12', spellcheck: 'false', autocomplete: 'off' });
const received = h('input', { id: 'received-at', 'data-testid': 'received-at', autocomplete: 'off', spellcheck: 'false', placeholder: '2026/05/12 9:03:12', 'aria-describedby': 'received-help' });
let checking = false;
let scrollToVerdict = false;

const actions = registryActions(state, render);

async function verify(): Promise<void> {
  const receivedAt = parseReceivedAt(received.value, Date.now());
  const wasInvalid = state.receivedInvalid;
  state.receivedInvalid = receivedAt === null;
  if (receivedAt === null) {
    state.result = null;
    render();
    received.focus();
    return;
  }
  if (state.receivedInvalid !== wasInvalid) render();
  checking = true;
  renderVerdict();
  try {
    state.result = await verifyPasted(paste.value, state.registry, { receivedAt, graceDays: state.graceDays });
  } finally {
    checking = false;
    scrollToVerdict = true;
    renderVerdict();
  }
}

/**
 * Only the verdict is replaced after a check: the rest of the page (and the text box, which may
 * hold a megabyte) stays in place, so the browser does not lay the paste out again.
 */
function renderVerdict(): void {
  const current = document.getElementById('verdict');
  if (!current) return render();
  const verdict = verdictPanel(state.result, state.lang, checking);
  current.replaceWith(verdict);
  if (scrollToVerdict) {
    scrollToVerdict = false;
    verdict.scrollIntoView({ block: 'start' });
    verdict.focus({ preventScroll: true });
  }
}

function receivedField(): (HTMLElement | null)[] {
  const m = messages[state.lang];
  received.setAttribute('aria-invalid', state.receivedInvalid ? 'true' : 'false');
  return [
    h('label', { for: 'received-at' }, m.receivedLabel), received,
    h('p', { class: 'help', id: 'received-help' }, m.receivedHelp),
    state.receivedInvalid ? h('p', { class: 'notice error', 'data-testid': 'received-error', role: 'alert' }, m.receivedInvalid) : null,
  ];
}

function render(): void {
  const m = messages[state.lang];
  document.documentElement.lang = state.lang;
  document.title = m.title;
  const lang = h('button', { type: 'button', class: 'lang', 'data-testid': 'language', lang: state.lang === 'ja' ? 'en' : 'ja' }, m.switchLang);
  lang.addEventListener('click', () => {
    state.lang = state.lang === 'ja' ? 'en' : 'ja';
    render();
  });
  const button = h('button', { type: 'button', class: 'primary', 'data-testid': 'verify' }, m.verify);
  button.addEventListener('click', () => void verify());
  const verdict = verdictPanel(state.result, state.lang, checking);
  root.replaceChildren(
    h('header', {}, h('h1', {}, m.title), lang),
    h('p', { class: 'lead' }, m.lead),
    registryPanel(state, actions),
    h('section', { 'aria-labelledby': 'verify-heading' },
      h('h2', { id: 'verify-heading' }, m.verifyHeading),
      ...receivedField(),
      h('label', { for: 'paste' }, m.pasteLabel), paste, button,
      verdict));
  if (scrollToVerdict) {
    scrollToVerdict = false;
    verdict.scrollIntoView({ block: 'start' });
    verdict.focus({ preventScroll: true });
  }
}

render();
