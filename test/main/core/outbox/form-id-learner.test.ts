// Which form the published short link leads to, learned by following its redirect through the
// core's fetch: remembered once learned, retried while it cannot be learned.
import { describe, expect, it, vi } from 'vitest';
import { createFormIdLearner, RETRY_AFTER_MS } from '../../../../src-main/core/outbox/form-id-learner';
import { STAND_IN_FORM_ID, withPublishedFormStandIn } from '../../../../tools/preview/published-form-stand-in';

const LINK = 'https://forms.gle/ASFmXTbgNwncrWL28';
const offline: typeof fetch = async () => {
  throw new TypeError('fetch failed');
};

describe('createFormIdLearner', () => {
  it('follows the redirect without following it into the form, and remembers the id', async () => {
    const base = vi.fn(offline);
    const standIn = vi.fn(withPublishedFormStandIn(base));
    const learner = createFormIdLearner(standIn);
    expect(await learner.formIdOf(LINK)).toBe(STAND_IN_FORM_ID);
    expect(await learner.formIdOf(LINK)).toBe(STAND_IN_FORM_ID);
    expect(standIn).toHaveBeenCalledTimes(1);
    expect(standIn.mock.calls[0]![1]).toMatchObject({ redirect: 'manual' });
    expect(base).not.toHaveBeenCalled();
  });

  it('offline: null at once while the failure is fresh, tried again after a while', async () => {
    const f = vi.fn(offline);
    let clock = 0;
    const learner = createFormIdLearner(f, () => clock);
    expect(await learner.formIdOf(LINK)).toBeNull();
    const first = f.mock.calls.length;
    clock += RETRY_AFTER_MS - 1;
    expect(await learner.formIdOf(LINK)).toBeNull();
    expect(f.mock.calls.length).toBe(first); // not waited for again within one open
    clock += 2;
    expect(await learner.formIdOf(LINK)).toBeNull();
    expect(f.mock.calls.length).toBeGreaterThan(first);
  });

  it('a timeout is not waited for twice', async () => {
    const slow = vi.fn(async () => {
      throw new DOMException('The operation timed out.', 'TimeoutError');
    });
    expect(await createFormIdLearner(slow).formIdOf(LINK)).toBeNull();
    expect(slow).toHaveBeenCalledTimes(1);
  });

  it('a redirect away from Google\u2019s form hosts teaches nothing', async () => {
    const evil: typeof fetch = async () => new Response(null, { status: 302, headers: { location: 'https://phish.example/forms/d/e/1FAIpQLSphishing/viewform' } });
    expect(await createFormIdLearner(evil).formIdOf(LINK)).toBeNull();
  });

  it('a stack that follows redirects itself (the id read from the page when it names one form only)', async () => {
    const page = (ids: string[]) => async () => new Response(ids.map((id) => `<form action="https://docs.google.com/forms/u/0/d/e/${id}/formResponse">`).join(''));
    expect(await createFormIdLearner(page(['1FAIpQLSdeskform'])).formIdOf(LINK)).toBe('1FAIpQLSdeskform');
    expect(await createFormIdLearner(page(['1FAIpQLSdeskform', '1FAIpQLSotherform'])).formIdOf(LINK)).toBeNull();
  });

  it('Electron\u2019s net.fetch refuses redirect: "manual": then the redirect is followed and the id read from the page', async () => {
    const netFetch = vi.fn(async (_url: string | URL | Request, init?: RequestInit) => {
      if (init?.redirect === 'manual') throw new Error('Redirect was cancelled');
      return new Response('<a href="https://accounts.google.com/ServiceLogin?continue=https://docs.google.com/forms/d/e/1FAIpQLSdeskform/viewform%3Fusp%3Dsend_form">');
    });
    expect(await createFormIdLearner(netFetch as typeof fetch).formIdOf(LINK)).toBe('1FAIpQLSdeskform');
    const encoded = async (_url: string | URL | Request, init?: RequestInit) => {
      if (init?.redirect === 'manual') throw new Error('Redirect was cancelled');
      return new Response('continue=https%3A%2F%2Fdocs.google.com%2Fforms%2Fd%2Fe%2F1FAIpQLSdeskform%2Fviewform');
    };
    expect(await createFormIdLearner(encoded as typeof fetch).formIdOf(LINK)).toBe('1FAIpQLSdeskform');
  });

  it('a form link that is already a docs.google.com form needs no network', async () => {
    const f = vi.fn(offline);
    expect(await createFormIdLearner(f).formIdOf('https://docs.google.com/forms/d/e/1FAIpQLSdeskform/viewform')).toBe('1FAIpQLSdeskform');
    expect(f).not.toHaveBeenCalled();
  });
});
