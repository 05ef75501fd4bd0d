// The case a page load opens on (#/case/<id>/…), asked for at start beside the settings rather
// than after them, so the wizard's first step waits for one round trip to the core, not three.
// Taken once: any later opening of a case asks the core afresh.
import type { CaseView } from '../../src-shared/core-api';
import { deskApi, unwrap } from './desk-api';

let pending: { readonly id: string; readonly view: Promise<CaseView> } | null = null;

export function prefetchCase(id: string): void {
  const view = unwrap(deskApi().getCase({ id }));
  view.catch(() => undefined); // reported by whoever takes it (loadCase)
  pending = { id, view };
}

/** A case just read elsewhere (the case list, to find where a draft reopens): the wizard takes it. */
export function offerCase(view: CaseView): void {
  pending = { id: view.id, view: Promise.resolve(view) };
}

/** Drop a prefetched case nobody will take (the start went to another screen). */
export function forgetPrefetchedCase(): void {
  pending = null;
}

/** The case `id`: the prefetched answer when it is for this case, else a new request. */
export function loadCase(id: string): Promise<CaseView> {
  const taken = pending;
  pending = null;
  return taken?.id === id ? taken.view : unwrap(deskApi().getCase({ id }));
}
