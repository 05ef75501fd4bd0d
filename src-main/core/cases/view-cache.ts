// Decrypted, parsed case views kept in memory, so opening a case again (the wizard, the records,
// the outbox's checks) does not decrypt and parse it each time. Every write path of the cases module invalidates its case
// explicitly; an entry is also ignored when the case's version (its last change and its derived
// status, which the outbox moves) or today's date differs from when it was built.
import type { CaseView } from '../../../src-shared/core-api';

interface Entry {
  readonly view: CaseView;
  readonly version: string;
  readonly today: string;
}

/** What identifies one state of a case: its (derived) last change and status. */
export const versionOf = (r: { readonly updated_at: string; readonly status: string }): string => `${r.updated_at}|${r.status}`;

export class ViewCache {
  private readonly entries = new Map<string, Entry>();

  get(id: string, version: string, today: string): CaseView | undefined {
    const e = this.entries.get(id);
    return e && e.version === version && e.today === today ? e.view : undefined;
  }

  set(view: CaseView, version: string, today: string): CaseView {
    const frozen = Object.freeze(view);
    this.entries.set(view.id, { view: frozen, version, today });
    return frozen;
  }

  /** How many views are kept (current or not). */
  get size(): number {
    return this.entries.size;
  }

  forget(id?: string): void {
    if (id === undefined) this.entries.clear();
    else this.entries.delete(id);
  }
}
