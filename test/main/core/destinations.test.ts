// Through the core: personal data goes only where the desk is. A destination other than the
// built-in ones is not saved without a confirmation naming it, is not used while unconfirmed (as
// after an upgrade, or when a profile proposed it), and each confirmation is audited. A prefill
// template is used only for the form the published link leads to.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { completeCase } from '../../../tools/fixtures/case-fixtures';
import { STAND_IN_FORM_ID, withPublishedFormStandIn } from '../../../tools/preview/published-form-stand-in';
import { startReceiver, type Receiver } from '../../../tools/desk';
import { openTestCore, rejection, tempDir, type TestCore } from './open-test-core';
import { rawDb } from './raw-db';

const opened: TestCore[] = [];
const desks: Receiver[] = [];
afterEach(async () => {
  while (opened.length) await opened.pop()!.cleanup();
  while (desks.length) await desks.pop()!.close();
});
async function open(opts: Parameters<typeof openTestCore>[0] = {}): Promise<TestCore> {
  const t = await openTestCore(opts);
  opened.push(t);
  return t;
}
const template = (id: string) => `https://docs.google.com/forms/d/e/${id}/viewform?usp=pp_url&entry.1=%7B%7BapplicantName%7D%7D&entry.2=%7B%7BrequestText%7D%7D`;

async function finalizedItem(t: TestCore) {
  const draft = await t.core.cases.createDraft(completeCase());
  await t.core.cases.finalize(draft.id, { operator: '窓口 太郎' });
  return t.core.outbox.enqueue(draft.id);
}

async function settingsAudit(t: TestCore): Promise<Record<string, unknown>[]> {
  await t.core.close();
  const db = await rawDb(t.dataDir, t.secrets);
  try {
    return (db.prepare("SELECT details FROM audit WHERE action = 'settings' ORDER BY seq").pluck().all() as string[]).map((d) => JSON.parse(d) as Record<string, unknown>);
  } finally {
    db.close();
    await t.reopen();
  }
}

describe('another destination needs a named confirmation', () => {
  it('a phishing form link or endpoint is refused without it, naming the host, and nothing changes', async () => {
    const t = await open();
    const before = await t.core.settings.get();
    for (const patch of [{ mailFormUrl: 'https://phish.example/desk-form' }, { endpointUrl: 'https://phish.example/inbox', deliveryChannel: 'endpoint' as const }]) {
      const err = await rejection(t.core.settings.update(patch, { operator: '窓口 太郎' }));
      expect(err.code).toBe('destination-unconfirmed');
      expect(err.issues[0]!.message.ja).toContain('送付先が既定と異なります: phish.example');
      expect(err.issues[0]!.message.en).toContain('phish.example');
    }
    // Confirming another host does not confirm this one.
    expect((await rejection(t.core.settings.update({ mailFormUrl: 'https://phish.example/desk-form' }, { operator: '窓口 太郎', confirmDestinations: ['desk.example.ac.jp'] }))).code).toBe('destination-unconfirmed');
    expect(await t.core.settings.get()).toEqual(before);
  });

  it('the confirmed list cannot be written directly: not through a settings patch, not through a profile', async () => {
    const t = await open();
    const smuggled = { endpointUrl: 'https://phish.example/inbox', confirmedDestinations: ['phish.example'] };
    expect((await rejection(t.core.settings.update(smuggled as never, { operator: '窓口 太郎' }))).code).toBe('destination-unconfirmed');
    const profile = { ...(await t.core.settings.exportProfile()), confirmedDestinations: ['phish.example'], endpointUrl: 'https://phish.example/inbox' };
    const err = await rejection(t.core.settings.applyProfile(profile, { operator: '窓口 太郎' }));
    expect(err.issues.map((i) => [i.path, i.code])).toContainEqual(['confirmedDestinations', 'profile.unknown-field']);
    expect((await t.core.settings.get()).confirmedDestinations).toEqual([]);
  });

  it('confirmed: saved, audited by name, and dropped when the setting goes back to the built-in one', async () => {
    const t = await open();
    await t.core.settings.update({ mailFormUrl: 'https://forms.gle/OtherDeskForm' }, { operator: '窓口 太郎', confirmDestinations: ['forms.gle/OtherDeskForm'] });
    expect(await t.core.settings.get()).toMatchObject({ mailFormUrl: 'https://forms.gle/OtherDeskForm', confirmedDestinations: ['forms.gle/OtherDeskForm'] });
    expect(await t.core.outbox.mailFormDestination()).toMatchObject({ formUrl: 'https://forms.gle/OtherDeskForm', otherThanDefault: 'forms.gle/OtherDeskForm' });
    await t.core.settings.update({ language: 'en' }, { operator: '窓口 太郎' }); // untouched: stays confirmed
    await t.core.settings.update({ mailFormUrl: 'https://forms.gle/ASFmXTbgNwncrWL28' }, { operator: '窓口 太郎' });
    expect((await t.core.settings.get()).confirmedDestinations).toEqual([]);
    // Going back to the other form asks again.
    expect((await rejection(t.core.settings.update({ mailFormUrl: 'https://forms.gle/OtherDeskForm' }, { operator: '窓口 太郎' }))).code).toBe('destination-unconfirmed');
    expect(await settingsAudit(t)).toContainEqual({ destinationConfirmed: 'forms.gle/OtherDeskForm' });
  });

  it('an endpoint stored without confirmation (an older version, a proposed profile) is never posted to', async () => {
    const desk = await startReceiver({ keys: { keys: [] }, dataDir: tempDir('salvage-desk-'), host: '127.0.0.1' });
    desks.push(desk);
    const fetchSpy = vi.fn(globalThis.fetch);
    const t = await open({ fetch: fetchSpy });
    const item = await finalizedItem(t);
    await t.core.close();
    const db = await rawDb(t.dataDir, t.secrets);
    const stored = JSON.parse(db.prepare('SELECT value FROM settings WHERE id = 1').pluck().get() as string) as Record<string, unknown>;
    db.prepare('UPDATE settings SET value = ? WHERE id = 1').run(JSON.stringify({ ...stored, deliveryChannel: 'endpoint', endpointUrl: desk.url, confirmedDestinations: undefined }));
    db.close();
    await t.reopen();
    await t.core.outbox.queueAwaiting([item.id], { operator: '窓口 太郎' });
    const [after] = await t.core.outbox.flush();
    expect(fetchSpy.mock.calls.filter(([url]) => String(url).startsWith(desk.url))).toEqual([]);
    expect(after).toMatchObject({ state: 'queued', lastError: { code: 'endpoint-unconfirmed' } });
    expect(after?.lastError?.message.ja).toContain(new URL(desk.url).host);
  });
});

describe('the prefill template is used only for the form the published link leads to', () => {
  it('the form id learned from the redirect matches: prefilled', async () => {
    const t = await open({ fetch: withPublishedFormStandIn(globalThis.fetch) });
    await t.core.settings.update({ mailFormPrefillTemplate: template(STAND_IN_FORM_ID) }, { operator: '窓口 太郎' });
    const link = await t.core.outbox.mailFormLink((await finalizedItem(t)).id);
    expect(link).toMatchObject({ prefilled: true, reason: null });
    expect(new URL(link.url).searchParams.get('entry.1')).toBe('東大 花子');
  });

  it('a template for another form: the plain published link, the text to copy, and why', async () => {
    const t = await open({ fetch: withPublishedFormStandIn(globalThis.fetch) });
    await t.core.settings.update({ mailFormPrefillTemplate: template('1FAIpQLSphishing') }, { operator: '窓口 太郎' });
    const link = await t.core.outbox.mailFormLink((await finalizedItem(t)).id);
    expect(link).toMatchObject({ url: 'https://forms.gle/ASFmXTbgNwncrWL28', prefilled: false, reason: 'form-id-mismatch' });
    expect(link.url).not.toContain('東大');
  });

  it('offline, so the form id cannot be learned: the plain published link, and why', async () => {
    const t = await open({ fetch: async () => { throw new TypeError('fetch failed'); } });
    await t.core.settings.update({ mailFormPrefillTemplate: template(STAND_IN_FORM_ID) }, { operator: '窓口 太郎' });
    expect(await t.core.outbox.mailFormLink((await finalizedItem(t)).id)).toMatchObject({ url: 'https://forms.gle/ASFmXTbgNwncrWL28', prefilled: false, reason: 'form-id-unknown' });
  });
});
