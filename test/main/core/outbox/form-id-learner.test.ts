// Which form the published short link leads to, learned by following its redirect through the
// core's fetch: remembered once learned, retried while it cannot be learned.
import { describe, expect, it, vi } from 'vitest';
import { createFormIdLearner } from '../../../../src-main/core/outbox/form-id-learner';
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

  it('offline: null, and tried again next time', async () => {
    const f = vi.fn(offline);
    const learner = createFormIdLearner(f);
    expect(await learner.formIdOf(LINK)).toBeNull();
    expect(await learner.formIdOf(LINK)).toBeNull();
    expect(f).toHaveBeenCalledTimes(2);
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

  it('a form link that is already a docs.google.com form needs no network', async () => {
    const f = vi.fn(offline);
    expect(await createFormIdLearner(f).formIdOf('https://docs.google.com/forms/d/e/1FAIpQLSdeskform/viewform')).toBe('1FAIpQLSdeskform');
    expect(f).not.toHaveBeenCalled();
  });
});
