// The desk's verifier page: one self-contained HTML file, no request anywhere. It
// verifies with the shared module that `npm run verify` and the reference receiver use.
import { verifyPasted } from '../../src-shared/protocol/verify';
import { h } from './dom';
import { messages } from './messages';
import { registryActions, registryPanel } from './registry-panel';
import { initialState } from './state';
import { verdictPanel } from './verdict-panel';

const state = initialState();
const root = document.getElementById('app')!;
// Created once, so a language switch or a registry change never loses what was pasted.
const paste = h('textarea', { id: 'paste', 'data-testid': 'paste', rows: '12', spellcheck: 'false', autocomplete: 'off' });
let checking = false;

const actions = registryActions(state, render);

async function verify(): Promise<void> {
  checking = true;
  render();
  try {
    state.result = await verifyPasted(paste.value, state.registry);
  } finally {
    checking = false;
    render();
  }
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
  root.replaceChildren(
    h('header', {}, h('h1', {}, m.title), lang),
    h('p', { class: 'lead' }, m.lead),
    registryPanel(state, actions),
    h('section', { 'aria-labelledby': 'verify-heading' },
      h('h2', { id: 'verify-heading' }, m.verifyHeading),
      h('label', { for: 'paste' }, m.pasteLabel), paste, button,
      verdictPanel(state.result, state.lang, checking)));
}

render();
