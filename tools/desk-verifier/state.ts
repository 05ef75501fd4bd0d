// The page's state: language, the registry being kept, the last verdict and a notice line.
import type { PasteResult, Registry } from '../../src-shared/protocol/verify';
import type { Bilingual } from '../../src-shared/core-api';
import type { Lang } from './messages';

export interface PageState {
  lang: Lang;
  registry: Registry;
  /** The last registry notice (loaded, added, removed, refused), in both languages. */
  notice: { readonly text: Bilingual; readonly error: boolean } | null;
  result: PasteResult | null;
}

export const initialState = (): PageState => ({ lang: 'ja', registry: { keys: [] }, notice: null, result: null });
