// View state shared by every screen: who is at the counter, the language, the settings as last
// read from the core, connectivity, the outbox, the current route and the last error.
// Persistence stays in the core; only the operator's choice is kept for this browser session.
import { create } from 'zustand';
import type { CoreErrorData, Language, OutboxItem, Settings, StaffMember } from '../../src-shared/core-api';
import { formatHash, parseHash, type Route } from './routes';

export interface SessionState {
  readonly operator: StaffMember | null;
  readonly language: Language;
  readonly settings: Settings | null;
  readonly online: boolean;
  readonly outbox: readonly OutboxItem[];
  /** Bumped by every pushed outbox change, so a slower list response never overwrites a newer push. */
  readonly outboxSeq: number;
  readonly route: Route;
  readonly error: CoreErrorData | null;
  /** The unsaved new-case wizard: `seq` counts 新しい案件 clicks, so each click opens a
   * fresh form; `createdId` is the case its first typed value created, shown in that same form. */
  readonly newCase: { readonly seq: number; readonly createdId: string | null };
}

export interface SessionActions {
  setOperator(operator: StaffMember | null): void;
  setLanguage(language: Language): void;
  setSettings(settings: Settings): void;
  setOnline(online: boolean): void;
  /** A pushed change (outbox:changed): always the newest state. */
  setOutbox(items: readonly OutboxItem[]): void;
  /** A list fetched by request, started when outboxSeq was `seq`: dropped if a push came since. */
  applyOutboxSnapshot(items: readonly OutboxItem[], seq: number): void;
  navigate(route: Route): void;
  /** Opens an empty wizard; nothing is saved until something is typed. */
  startNewCase(): void;
  /** The wizard opened as new-case number `seq` created case `id`: its route becomes the case's own
   * (replacing the history entry) while the form stays mounted. Ignored once staff have left it. */
  adoptNewCase(seq: number, id: string): void;
  syncRouteFromLocation(): void;
  showError(error: CoreErrorData | null): void;
}

const OPERATOR_KEY = 'salvage-desk.operator';

function storedOperator(): StaffMember | null {
  try {
    const raw = globalThis.sessionStorage?.getItem(OPERATOR_KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : null;
    if (parsed && typeof parsed === 'object' && typeof (parsed as StaffMember).name === 'string') {
      const p = parsed as StaffMember;
      return { name: p.name, role: typeof p.role === 'string' ? p.role : '' };
    }
  } catch {
    // A corrupt entry just means choosing the operator again.
  }
  return null;
}

export function getEmptyState(): SessionState {
  return { operator: null, language: 'ja', settings: null, online: true, outbox: [], outboxSeq: 0, route: { name: 'start' }, error: null, newCase: { seq: 0, createdId: null } };
}

export function getInitialState(): SessionState {
  const hash = globalThis.location?.hash ?? '';
  return { ...getEmptyState(), operator: storedOperator(), route: parseHash(hash), online: globalThis.navigator?.onLine ?? true };
}

export const useSession = create<SessionState & SessionActions>()((set) => ({
  ...getInitialState(),
  setOperator(operator) {
    try {
      if (operator) globalThis.sessionStorage?.setItem(OPERATOR_KEY, JSON.stringify(operator));
      else globalThis.sessionStorage?.removeItem(OPERATOR_KEY);
    } catch {
      // Storage may be unavailable; the operator is still held in memory.
    }
    set({ operator });
  },
  setLanguage: (language) => set({ language }),
  setSettings: (settings) => set({ settings }),
  setOnline: (online) => set({ online }),
  setOutbox: (outbox) => set((s) => ({ outbox, outboxSeq: s.outboxSeq + 1 })),
  applyOutboxSnapshot: (outbox, seq) => set((s) => (s.outboxSeq === seq ? { outbox } : {})),
  navigate(route) {
    const hash = formatHash(route);
    if (globalThis.location && globalThis.location.hash !== hash) globalThis.history?.pushState(null, '', hash);
    set({ route, error: null });
  },
  startNewCase() {
    set((s) => ({ newCase: { seq: s.newCase.seq + 1, createdId: null } }));
    useSession.getState().navigate({ name: 'new-case', step: 1 });
  },
  adoptNewCase(seq, id) {
    const { route, newCase } = useSession.getState();
    if (route.name !== 'new-case' || newCase.seq !== seq) return;
    const adopted: Route = { name: 'case', id, step: route.step };
    globalThis.history?.replaceState(null, '', formatHash(adopted));
    set({ route: adopted, newCase: { seq, createdId: id } });
  },
  syncRouteFromLocation: () => set({ route: parseHash(globalThis.location?.hash ?? '') }),
  showError: (error) => set({ error }),
}));
