// Review probe. A desk whose endpoint is a Google Apps Script web app confirms it once. Anyone can
// publish an Apps Script web app on the same host, so a department profile (or a settings patch)
// that names another script there is another destination: it must be confirmed by name, not pass
// as "already confirmed" because the host matches.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { destinationLabel } from '../../../../src-shared/protocol/mail-form-destination';
import { openTestCore, rejection, type TestCore } from '../open-test-core';

const DESK = 'https://script.google.com/macros/s/AKfycbDeskScript/exec';
const OTHER = 'https://script.google.com/macros/s/AKfycbSomeoneElse/exec';

let t: TestCore;
beforeEach(async () => {
  t = await openTestCore();
});
afterEach(async () => {
  await t.cleanup();
});

describe('a destination on a host where anyone can publish', () => {
  it('is confirmed per script, not per host', async () => {
    await t.core.settings.update({ endpointUrl: DESK, deliveryChannel: 'endpoint' }, { operator: '窓口 太郎', confirmDestinations: [destinationLabel(DESK)] });
    const profile = { ...(await t.core.settings.exportProfile()), endpointUrl: OTHER };
    expect((await rejection(t.core.settings.applyProfile(profile, { operator: '窓口 太郎' }))).code).toBe('destination-unconfirmed');
    expect((await rejection(t.core.settings.update({ endpointUrl: OTHER }, { operator: '窓口 太郎' }))).code).toBe('destination-unconfirmed');
    expect((await t.core.settings.get()).endpointUrl).toBe(DESK);
  });

  it('a mail-form link on a link shortener is confirmed per link', async () => {
    await t.core.settings.update({ mailFormUrl: 'https://bit.ly/desk-form' }, { operator: '窓口 太郎', confirmDestinations: [destinationLabel('https://bit.ly/desk-form')] });
    expect((await rejection(t.core.settings.update({ mailFormUrl: 'https://bit.ly/other-form' }, { operator: '窓口 太郎' }))).code).toBe('destination-unconfirmed');
  });
});
