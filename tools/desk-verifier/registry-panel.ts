// Registry upkeep in the page: open the registry file, add a counter's exported public key for a
// department (the same shared checks as npm run desk:register), remove a key, download the result.
import { faculties, facultyByCode } from '../../src-shared/domain/faculties';
import { parseRegistry, registerKeys, registryJson, removeKey, untrustedKeys } from '../../src-shared/protocol/verify';
import { h } from './dom';
import { messages } from './messages';
import type { PageState } from './state';

export interface RegistryActions {
  openRegistry(file: File): Promise<void>;
  addKey(file: File, department: string): Promise<void>;
  remove(kid: string): void;
  download(): void;
}

const both = (f: (m: (typeof messages)['ja' | 'en']) => string) => ({ ja: f(messages.ja), en: f(messages.en) });

export function registryActions(state: PageState, rerender: () => void): RegistryActions {
  const notify = (text: { ja: string; en: string }, error: boolean): void => {
    state.notice = { text, error };
    rerender();
  };
  return {
    async openRegistry(file) {
      try {
        state.registry = parseRegistry(JSON.parse(await file.text()));
        notify(both((m) => m.registryLoaded(state.registry.keys.length)), false);
      } catch (e) {
        const why = (e as Error).message.slice(0, 300);
        notify(both((m) => m.registryUnreadable(why)), true);
      }
    },
    async addKey(file, department) {
      if (department === '') return notify(both((m) => m.needDepartment), true);
      let exported: unknown;
      try {
        exported = JSON.parse(await file.text());
      } catch {
        return notify(both((m) => m.unreadableKeyFile), true);
      }
      const outcome = await registerKeys(state.registry, exported, department, new Date());
      if (!outcome.ok) return notify(outcome.message, true);
      state.registry = outcome.registry;
      const kids = outcome.changes.map((c) => c.key.kid).join(', ');
      notify(both((m) => m.added(kids, department)), false);
    },
    remove(kid) {
      const next = removeKey(state.registry, kid);
      if (next === null) return;
      state.registry = next;
      notify(both((m) => m.removed(kid)), false);
    },
    download() {
      const url = URL.createObjectURL(new Blob([registryJson(state.registry)], { type: 'application/json' }));
      const a = h('a', { href: url, download: 'departments.jwks.json' });
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    },
  };
}

function keyTable(state: PageState, actions: RegistryActions): HTMLElement {
  const m = messages[state.lang];
  const rows = state.registry.keys.map((k) => {
    const dep = k.department === undefined ? m.noDepartment : `${facultyByCode(k.department)?.[state.lang] ?? k.department} (${k.department})`;
    const remove = h('button', { type: 'button', 'data-testid': 'remove-key', 'aria-label': `${m.remove} ${k.kid}` }, m.remove);
    remove.addEventListener('click', () => actions.remove(k.kid));
    return h('tr', {}, h('td', { class: 'mono' }, k.kid), h('td', {}, dep), h('td', {}, k.retired_at ? m.retired(k.retired_at) : m.active), h('td', {}, remove));
  });
  return h('table', { class: 'keys' },
    h('thead', {}, h('tr', {}, h('th', {}, m.colKid), h('th', {}, m.colDepartment), h('th', {}, m.colState), h('th', {}, ''))),
    h('tbody', {}, ...rows));
}

function addKeyForm(state: PageState, actions: RegistryActions): HTMLElement {
  const m = messages[state.lang];
  const select = h('select', { id: 'add-key-department', 'data-testid': 'add-key-department' },
    h('option', { value: '' }, m.chooseDepartment),
    ...faculties.map((f) => h('option', { value: f.code }, `${f[state.lang]} (${f.code})`)));
  const input = h('input', { id: 'add-key-file', type: 'file', accept: '.json,application/json', 'data-testid': 'add-key-file' });
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (file) void actions.addKey(file, select.value);
  });
  return h('fieldset', { class: 'add' }, h('legend', {}, m.addHeading), h('p', { class: 'help' }, m.addHelp),
    h('label', { for: 'add-key-department' }, m.addDepartment), select,
    h('label', { for: 'add-key-file' }, m.addFile), input);
}

export function registryPanel(state: PageState, actions: RegistryActions): HTMLElement {
  const m = messages[state.lang];
  const file = h('input', { id: 'registry-file', type: 'file', accept: '.json,application/json', 'data-testid': 'registry-file' });
  file.addEventListener('change', () => {
    const f = file.files?.[0];
    if (f) void actions.openRegistry(f);
  });
  const download = h('button', { type: 'button', 'data-testid': 'download-registry' }, m.download);
  download.addEventListener('click', () => actions.download());
  const untrusted = untrustedKeys(state.registry).length;
  return h('section', { 'aria-labelledby': 'registry-heading' },
    h('h2', { id: 'registry-heading' }, m.registryHeading),
    h('p', { class: 'help' }, m.registryHelp),
    h('label', { for: 'registry-file' }, m.registryFile), file,
    h('p', { 'data-testid': 'registry-status', role: 'status', class: state.notice?.error ? 'notice error' : 'notice' },
      state.notice ? state.notice.text[state.lang] : state.registry.keys.length === 0 ? m.registryEmpty : m.registryLoaded(state.registry.keys.length)),
    untrusted > 0 ? h('p', { class: 'notice error' }, m.untrusted(untrusted)) : null,
    state.registry.keys.length > 0 ? keyTable(state, actions) : null,
    addKeyForm(state, actions),
    download);
}
