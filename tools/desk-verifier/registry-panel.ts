// Registry upkeep in the page: open the registry file, register a counter's exported public key
// for a department (the same shared checks as the desk's registration command: the kid is the
// key's thumbprint, each key's status, time and reason signed by the key in use), remove a key,
// download the result. Every change is kept in the browser (storage.ts). Keys are listed with
// their status, time and reason, the fingerprint grouped for reading aloud.
import { faculties, facultyByCode } from '../../src-shared/domain/faculties';
import {
  DEFAULT_GRACE_DAYS, escapeControl, groupedFingerprint, keyState, parseRegistry, registerKeys, registryJson, removeKey, revokeKey, untrustedKeys,
  type Registry, type RegistryKey,
} from '../../src-shared/protocol/verify';
import { h } from './dom';
import { messages } from './messages';
import { parseReceivedAt } from './received-at';
import type { PageState } from './state';
import { saveGraceDays, saveRegistry } from './storage';

export interface RegistryActions {
  openRegistry(file: File): Promise<void>;
  addKey(file: File, department: string): Promise<void>;
  remove(kid: string): void;
  download(): void;
  setGraceDays(text: string): void;
  revoke(kid: string, atText: string, reason: string): void;
}

const both = (f: (m: (typeof messages)['ja' | 'en']) => string) => ({ ja: f(messages.ja), en: f(messages.en) });

export function registryActions(state: PageState, rerender: () => void): RegistryActions {
  const notify = (text: { ja: string; en: string }, error: boolean): void => {
    state.notice = { text, error };
    rerender();
  };
  const keep = (registry: Registry): void => {
    state.registry = registry;
    state.storageProblem = saveRegistry(registry) ? null : 'unavailable';
  };
  return {
    async openRegistry(file) {
      try {
        keep(parseRegistry(JSON.parse(await file.text())));
        notify(both((m) => m.registryLoaded(state.registry.keys.length)), false);
      } catch (e) {
        const why = escapeControl((e as Error).message.slice(0, 300));
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
      keep(outcome.registry);
      const kids = outcome.changes.map((c) => groupedFingerprint(c.key.kid)).join(', ');
      notify(both((m) => m.added(kids, department)), false);
    },
    remove(kid) {
      const next = removeKey(state.registry, kid);
      if (next === null) return;
      keep(next);
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
    revoke(kid, atText, reason) {
      const at = parseReceivedAt(atText, Date.now());
      if (kid === '' || at === null) return notify(both((m) => m.revokeInvalid), true);
      const outcome = revokeKey(state.registry, kid, new Date(at).toISOString(), reason);
      if (!outcome.ok) return notify(outcome.problem === 'bad-reason' ? both((m) => m.revokeReasonInvalid) : outcome.message, true);
      keep(outcome.registry);
      state.revokeDraft = { kid: '', at: '', reason: '' };
      notify(both((m) => m.revokedNotice(groupedFingerprint(kid))), false);
    },
    setGraceDays(text) {
      const n = Number(text.trim());
      if (text.trim() === '' || !Number.isInteger(n) || n < 0 || n > 365) return notify(both((m) => m.graceInvalid), true);
      state.graceDays = n;
      saveGraceDays(n);
      state.notice = null;
      rerender();
    },
  };
}

function stateText(k: RegistryKey, m: (typeof messages)['ja' | 'en']): string {
  const s = keyState(k);
  const base = s.status === 'revoked' ? m.revoked(s.at ?? '') : s.status === 'retired' ? m.retired(s.at ?? '') : m.active;
  return s.reason ? `${base} — ${s.reason}` : base;
}

function keyTable(state: PageState, actions: RegistryActions): HTMLElement {
  const m = messages[state.lang];
  const rows = state.registry.keys.map((k) => {
    const dep = k.department === undefined ? m.noDepartment : `${facultyByCode(k.department)?.[state.lang] ?? k.department} (${k.department})`;
    const remove = h('button', { type: 'button', 'data-testid': 'remove-key', 'aria-label': `${m.remove} ${k.kid}` }, m.remove);
    remove.addEventListener('click', () => actions.remove(k.kid));
    return h('tr', { 'data-kid': k.kid }, h('td', { class: 'mono fingerprint' }, groupedFingerprint(k.kid)), h('td', {}, dep), h('td', { 'data-testid': 'key-state' }, stateText(k, m)), h('td', {}, remove));
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
    h('label', { for: 'add-key-file' }, m.addFile), input,
    h('p', { class: 'help important' }, m.addConfirm));
}

function revokeForm(state: PageState, actions: RegistryActions): HTMLElement | null {
  if (state.registry.keys.length === 0) return null;
  const m = messages[state.lang];
  const draft = state.revokeDraft; // kept across renders: a refused attempt loses nothing typed
  const select = h('select', { id: 'revoke-kid', 'data-testid': 'revoke-kid' }, h('option', { value: '' }, m.revokeChoose),
    ...state.registry.keys.map((k) => h('option', { value: k.kid, ...(k.kid === draft.kid ? { selected: '' } : {}) }, `${groupedFingerprint(k.kid)} (${k.department ?? '-'})`)));
  const at = h('input', { id: 'revoke-at', 'data-testid': 'revoke-at', autocomplete: 'off', placeholder: '2026/05/12 9:00', value: draft.at });
  const reason = h('input', { id: 'revoke-reason', 'data-testid': 'revoke-reason', autocomplete: 'off', maxlength: '200', value: draft.reason });
  select.addEventListener('change', () => { draft.kid = select.value; });
  at.addEventListener('input', () => { draft.at = at.value; });
  reason.addEventListener('input', () => { draft.reason = reason.value; });
  const button = h('button', { type: 'button', 'data-testid': 'revoke' }, m.revokeButton);
  button.addEventListener('click', () => actions.revoke(select.value, at.value, reason.value));
  return h('fieldset', { class: 'add' }, h('legend', {}, m.revokeHeading), h('p', { class: 'help' }, m.revokeHelp),
    h('label', { for: 'revoke-kid' }, m.revokeKey), select,
    h('label', { for: 'revoke-at' }, m.revokeAt), at,
    h('label', { for: 'revoke-reason' }, m.revokeReason), reason, h('br', {}), button);
}

function graceField(state: PageState, actions: RegistryActions): HTMLElement[] {
  const m = messages[state.lang];
  const input = h('input', { id: 'grace-days', 'data-testid': 'grace-days', inputmode: 'numeric', size: '4', value: String(state.graceDays), 'aria-describedby': 'grace-help' });
  input.addEventListener('change', () => actions.setGraceDays(input.value));
  return [h('label', { for: 'grace-days' }, m.graceLabel), input, h('p', { class: 'help', id: 'grace-help' }, `${m.graceHelp}${state.graceDays === DEFAULT_GRACE_DAYS ? '' : ` (${state.graceDays})`}`)];
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
  const stored = state.storageProblem === 'unreadable' ? m.registryStoredUnreadable : state.storageProblem === 'unavailable' ? m.registryNotStored : null;
  return h('section', { 'aria-labelledby': 'registry-heading' },
    h('h2', { id: 'registry-heading' }, m.registryHeading),
    h('p', { class: 'help' }, m.registryHelp),
    h('label', { for: 'registry-file' }, m.registryFile), file,
    h('p', { 'data-testid': 'registry-status', role: 'status', class: state.notice?.error ? 'notice error' : 'notice' },
      state.notice ? state.notice.text[state.lang] : state.registry.keys.length === 0 ? m.registryEmpty : m.registryLoaded(state.registry.keys.length)),
    stored ? h('p', { class: 'notice error', 'data-testid': 'registry-storage' }, stored) : null,
    untrusted > 0 ? h('p', { class: 'notice error' }, m.untrusted(untrusted)) : null,
    state.registry.keys.length > 0 ? keyTable(state, actions) : null,
    addKeyForm(state, actions),
    revokeForm(state, actions),
    download,
    ...graceField(state, actions));
}
