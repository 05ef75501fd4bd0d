// Which Google Form a mail-form link leads to. The desk publishes a short link (forms.gle/…) that
// redirects to docs.google.com/forms/d/e/<id>/…; a prefill template is trusted only for that id.
// The redirect is followed through the core's injected fetch (Electron's net.fetch in the app, so
// the system proxy applies; a stand-in in tests and the preview). Learned ids are remembered for the
// session; after a failure the plain link is used for a short while, then the next open tries again.
import { googleFormId } from '../../../src-shared/protocol/prefill-template';

const MAX_HOPS = 4;
const TIMEOUT_MS = 5_000; // staff wait for this before the form opens
const MAX_BODY = 2_000_000;
/** Hosts a short link may pass through on its way to the form. */
const REDIRECT_HOSTS: ReadonlySet<string> = new Set(['forms.gle', 'goo.gl', 'docs.google.com']);

export interface FormIdLearner {
  /** The form id `link` leads to, or null when it cannot be learned now. */
  formIdOf(link: string): Promise<string | null>;
}

/**
 * Every form id a page names (also percent-encoded, as in a sign-in page's continue= link); one
 * only when they all agree.
 */
function formIdInPage(html: string): string | null {
  const text = html.replace(/%2F/gi, '/');
  const ids = new Set([...text.matchAll(/\/forms\/(?:u\/\d+\/)?d\/e\/([A-Za-z0-9_-]{10,200})\//g)].map((m) => m[1]!));
  return ids.size === 1 ? [...ids][0]! : null;
}

async function idFromPage(res: Response): Promise<string | null> {
  if (!res.ok) return null;
  const text = await res.text();
  return text.length <= MAX_BODY ? formIdInPage(text) : null;
}

/** Hop by hop with redirect: 'manual', reading each Location (Node's fetch, the tests' stand-in). */
async function followManually(fetchFn: typeof fetch, link: string): Promise<string | null> {
  let current = link;
  for (let hop = 0; hop < MAX_HOPS; hop++) {
    const direct = googleFormId(current);
    if (direct) return direct;
    const url = new URL(current);
    if (url.protocol !== 'https:' || !REDIRECT_HOSTS.has(url.hostname)) return null;
    const res = await fetchFn(current, { redirect: 'manual', signal: AbortSignal.timeout(TIMEOUT_MS) });
    const location = res.headers.get('location');
    if (res.status >= 300 && res.status < 400 && location) {
      await res.body?.cancel();
      current = new URL(location, current).href;
      continue;
    }
    return idFromPage(res);
  }
  return null;
}

/**
 * Electron's net.fetch refuses redirect: 'manual' ("Redirect was cancelled") and reports no final
 * URL, so there the redirect is followed and the id read from the page it ends on.
 */
async function follow(fetchFn: typeof fetch, link: string): Promise<string | null> {
  try {
    return await followManually(fetchFn, link);
  } catch (e) {
    if (e instanceof Error && (e.name === 'TimeoutError' || e.name === 'AbortError')) return null; // do not wait twice
    const res = await fetchFn(link, { redirect: 'follow', signal: AbortSignal.timeout(TIMEOUT_MS) });
    return idFromPage(res);
  }
}

/** After a failure, the plain link is used at once for this long before trying again. */
export const RETRY_AFTER_MS = 30_000;

export function createFormIdLearner(fetchFn: typeof fetch, now: () => number = Date.now): FormIdLearner {
  const known = new Map<string, string>();
  const failedAt = new Map<string, number>();
  return {
    async formIdOf(link) {
      const remembered = known.get(link);
      if (remembered) return remembered;
      // One open asks more than once (the link, then the allowlist): a failure is not waited for again.
      const failed = failedAt.get(link);
      if (failed !== undefined && now() - failed < RETRY_AFTER_MS) return null;
      // Offline, timed out, refused: null, and the plain form link still works.
      const id = await follow(fetchFn, link).catch(() => null);
      if (id) known.set(link, id);
      else failedAt.set(link, now());
      return id;
    },
  };
}
