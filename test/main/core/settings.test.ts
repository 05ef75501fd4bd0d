import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkEndpoint } from '../../../src-main/core/outbox/endpoint';
import { openTestCore, rejection, type TestCore } from './open-test-core';
import { destinationLabel } from '../../../src-shared/protocol/mail-form-destination';

/** The confirmation staff give in Settings for a destination other than the built-in ones. */
const confirming = (url: string) => ({ confirmDestinations: [destinationLabel(url)] });

let t: TestCore;
beforeEach(async () => {
  t = await openTestCore({ department: false });
});
afterEach(async () => {
  await t.cleanup();
});

describe('settings', () => {
  it('starts unconfigured with the documented defaults', async () => {
    expect(await t.core.settings.get()).toEqual({
      department: { code: '', name: '' }, staff: [], deliveryChannel: 'mail-form', endpointUrl: null, mailFormUrl: 'https://forms.gle/ASFmXTbgNwncrWL28', mailFormPrefillTemplate: null, language: 'ja', retentionDays: 365, studentNumberPattern: null,
      confirmedDestinations: [],
      counterContact: { name: '', phone: '', email: '', hours: '' },
      // The desk's pages the seed page names, on the desk's own site.
      deskLinks: {
        salvage: 'https://utelecon.adm.u-tokyo.ac.jp/systems/leave/salvage',
        backup: 'https://utelecon.adm.u-tokyo.ac.jp/systems/leave/backup',
        mailForm: 'https://utelecon.adm.u-tokyo.ac.jp/support/email-form/',
      },
    });
  });

  it('updates, persists across reopen, and keeps untouched settings', async () => {
    await t.core.settings.update({ department: { code: 'law', name: '法学部' }, staff: [{ name: '窓口 太郎', role: '学務係' }] });
    await t.core.settings.update({ language: 'en', endpointUrl: 'https://desk.example.ac.jp/v1/requests' }, { confirmDestinations: ['desk.example.ac.jp/v1/requests'] });
    await t.reopen();
    expect(await t.core.settings.get()).toMatchObject({
      department: { code: 'law', name: '法学部' }, staff: [{ name: '窓口 太郎', role: '学務係' }], language: 'en',
      endpointUrl: 'https://desk.example.ac.jp/v1/requests', retentionDays: 365,
    });
  });

  it('accepts http only on loopback', async () => {
    for (const url of ['http://127.0.0.1:8080/r', 'http://localhost:3000/', 'http://[::1]:9/x', 'http://127.1.2.3/']) {
      await expect(t.core.settings.update({ endpointUrl: url }, confirming(url))).resolves.toMatchObject({ endpointUrl: url });
    }
    for (const url of ['http://desk.example.ac.jp/r', 'ftp://127.0.0.1/', 'not a url', 'https://user:pw@desk.example/']) {
      const err = await rejection(t.core.settings.update({ endpointUrl: url }, confirming(url)));
      expect(err.code).toBe('endpoint-invalid');
      expect(err.issues[0]).toMatchObject({ path: 'endpointUrl', code: 'endpoint.invalid' });
    }
    expect((await t.core.settings.get()).endpointUrl).toBe('http://127.1.2.3/');
  });

  it('accepts exactly the endpoints the outbox will send to (no URL saved that then never delivers)', async () => {
    const urls = [
      'https://desk.example.ac.jp/v1/requests', 'HTTP://LOCALHOST:8787/', 'http://0x7f000001/', 'http://[::1]/',
      'http://desk.localhost:8787/', 'https://desk.example.ac.jp/v1#frag', 'http://127.0.0.1.nip.io/', 'http://[::ffff:127.0.0.1]/',
    ];
    for (const url of urls) {
      const saved = await t.core.settings.update({ endpointUrl: url }, confirming(url)).then(() => true, () => false);
      expect({ url, saved }).toEqual({ url, saved: checkEndpoint(url).ok });
    }
    expect(checkEndpoint('http://desk.localhost:8787/').ok).toBe(false); // plain http must not leave this PC
  });

  it('reports every invalid setting at once and changes nothing', async () => {
    const err = await rejection(t.core.settings.update({
      department: { code: 'atlantis', name: 'x' }, retentionDays: 5, studentNumberPattern: '([', endpointUrl: 'http://example.com',
    } as never));
    expect(err.code).toBe('validation');
    expect(err.issues.map((i) => i.path).sort()).toEqual(['retentionDays']);
    const err2 = await rejection(t.core.settings.update({ department: { code: 'atlantis', name: 'x' }, studentNumberPattern: '([', endpointUrl: 'http://example.com' }));
    expect(err2.issues.map((i) => i.code).sort()).toEqual(['endpoint.invalid', 'settings.department-unknown', 'settings.pattern-invalid']);
    expect((await t.core.settings.get()).department.code).toBe('');
  });
});

describe('delivery settings', () => {
  it('keeps the mail-form channel by default and refuses a bad form link or template with field-level ja/en messages, changing nothing', async () => {
    const err = await rejection(t.core.settings.update({
      mailFormUrl: 'http://forms.gle/x',
      mailFormPrefillTemplate: 'https://docs.google.com/forms/d/e/x/viewform?entry.1=%7B%7BmyNumber%7D%7D',
    }));
    expect(err.code).toBe('validation');
    expect(err.issues.map((i) => [i.path, i.code])).toEqual([
      ['mailFormUrl', 'mail-form.url-invalid'],
      ['mailFormPrefillTemplate', 'prefill.unknown-placeholder'],
    ]);
    expect(err.issues[1]).toMatchObject({ message: { ja: expect.stringContaining('{{myNumber}}'), en: expect.stringContaining('{{myNumber}}') } });
    expect(await t.core.settings.get()).toMatchObject({ deliveryChannel: 'mail-form', mailFormUrl: 'https://forms.gle/ASFmXTbgNwncrWL28', mailFormPrefillTemplate: null });
  });

  it('saves a valid template and the endpoint channel', async () => {
    const template = 'https://docs.google.com/forms/d/e/x/viewform?usp=pp_url&entry.1=%7B%7BrequestText%7D%7D';
    await t.core.settings.update({ deliveryChannel: 'endpoint', mailFormPrefillTemplate: template });
    await t.reopen();
    expect(await t.core.settings.get()).toMatchObject({ deliveryChannel: 'endpoint', mailFormPrefillTemplate: template });
  });
});
