// Decrypted, parsed case views kept in memory, so the case list and its searches do not decrypt
// and parse every case each time. Every write path invalidates its case explicitly; an entry is
// also ignored when the row's updated_at or today's date differs from when it was built.
import type { CaseView } from '../../../src-shared/core-api';

interface Entry {
  readonly view: CaseView;
  readonly updatedAt: string;
  readonly today: string;
}

export class ViewCache {
  private readonly entries = new Map<string, Entry>();

  get(id: string, updatedAt: string, today: string): CaseView | undefined {
    const e = this.entries.get(id);
    return e && e.updatedAt === updatedAt && e.today === today ? e.view : undefined;
  }

  set(view: CaseView, today: string): CaseView {
    const frozen = Object.freeze(view);
    this.entries.set(view.id, { view: frozen, updatedAt: view.updatedAt, today });
    return frozen;
  }

  forget(id?: string): void {
    if (id === undefined) this.entries.clear();
    else this.entries.delete(id);
  }
}
