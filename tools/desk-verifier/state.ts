// The page's state: language, the registry being kept (and whether the browser keeps it), the
// desk's grace period, the last verdict and a notice line.
import type { PasteResult, Registry } from '../../src-shared/protocol/verify';
import { DEFAULT_GRACE_DAYS } from '../../src-shared/protocol/verify';
import type { Bilingual } from '../../src-shared/core-api';
import type { Lang } from './messages';
import { loadGraceDays, loadRegistry } from './storage';

export interface PageState {
  lang: Lang;
  registry: Registry;
  /** The last registry notice (loaded, added, removed, refused), in both languages. */
  notice: { readonly text: Bilingual; readonly error: boolean } | null;
  /** Why the stored registry is not there: unreadable, or the browser keeps nothing. */
  storageProblem: null | 'unreadable' | 'unavailable';
  graceDays: number;
  result: PasteResult | null;
  /** The received-time field could not be read (the verdict is withheld until it can). */
  receivedInvalid: boolean;
  /** What is typed in the revocation form, kept across renders. */
  revokeDraft: { kid: string; at: string; reason: string };
}

export function initialState(): PageState {
  const stored = loadRegistry();
  return {
    lang: 'ja', registry: stored.registry, notice: null, storageProblem: stored.problem,
    graceDays: loadGraceDays(DEFAULT_GRACE_DAYS), result: null, receivedInvalid: false, revokeDraft: { kid: '', at: '', reason: '' },
  };
}
