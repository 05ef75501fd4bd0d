// Driving the built desk verifier page the same way from Playwright, puppeteer-core (Firefox over
// WebDriver BiDi) and selenium-webdriver (WebKit): the registry is put where the page keeps it
// (its browser storage, then a reload — which also proves it survives one), then each paste is set
// in the text box, 検証する pressed, and the verdict read from data-state / data-reason and the
// differing fields' rows. The scripts are plain function sources, so every driver can run them.
import { buildDeskVerifier } from '../../tools/desk-verifier/build';
import type { Registry } from '../../src-shared/protocol/verify';

export interface PageVerdict {
  readonly state: string;
  readonly reason: string;
  readonly fields: readonly string[];
  readonly headline: string;
}

/** Builds the page into `dir` and returns its path. */
export const buildPage = (file: string): Promise<string> => buildDeskVerifier(file);

/** In the page: keep the registry as the page does (the storage key is the page's own). */
export const SEED_REGISTRY = `(registry) => { localStorage.setItem('salvage-desk-verifier.registry', registry); return true; }`;

/** In the page: paste, press 検証する, wait for the verdict (up to 10 s), read it. */
export const CHECK_PASTE = `async (text) => {
  const paste = document.querySelector('[data-testid="paste"]');
  paste.value = text;
  document.querySelector('[data-testid="verify"]').click();
  for (let i = 0; i < 400; i++) {
    const v = document.querySelector('[data-testid="verdict"]');
    if (v && v.dataset.state) {
      return { state: v.dataset.state, reason: v.dataset.reason || '', headline: (v.querySelector('[data-testid="headline"]') || {}).textContent || '',
        fields: [...v.querySelectorAll('tr[data-field]')].map((r) => r.dataset.field) };
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  return null;
}`;

/** In the page: how many keys the registry panel says it holds (after a reload). */
export const REGISTRY_STATUS = `() => (document.querySelector('[data-testid="registry-status"]') || {}).textContent || ''`;

export const registryText = (registry: Registry): string => JSON.stringify(registry);
