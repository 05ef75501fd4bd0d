// Where personal data may go: the desk's published form, templates for the form it leads to, and
// other destinations only once confirmed by name.
import { describe, expect, it } from 'vitest';
import { destinationLabel, destinationsToConfirm, otherDestinations, resolveMailFormDestination, unconfirmedDestinations, usableEndpoint, type DestinationSettings } from '../../../src-shared/protocol/mail-form-destination';
import { DEFAULT_MAIL_FORM_URL, googleFormId } from '../../../src-shared/protocol';

const ID = '1FAIpQLSdeskform';
const TEMPLATE = `https://docs.google.com/forms/d/e/${ID}/viewform?usp=pp_url&entry.1=%7B%7BapplicantName%7D%7D`;
const base: DestinationSettings = { mailFormUrl: DEFAULT_MAIL_FORM_URL, mailFormPrefillTemplate: TEMPLATE, endpointUrl: null, confirmedDestinations: [] };

describe('resolveMailFormDestination', () => {
  it('prefills only with a template for the form the published link leads to', () => {
    expect(resolveMailFormDestination(base, ID)).toEqual({ formUrl: DEFAULT_MAIL_FORM_URL, template: TEMPLATE, reason: null, otherThanDefault: null });
  });

  it('another form id: the plain published link, and why', () => {
    const other = { ...base, mailFormPrefillTemplate: TEMPLATE.replace(ID, '1FAIpQLSphishing') };
    expect(resolveMailFormDestination(other, ID)).toEqual({ formUrl: DEFAULT_MAIL_FORM_URL, template: null, reason: 'form-id-mismatch', otherThanDefault: null });
  });

  it('while the form id cannot be learned: the plain published link, and why', () => {
    expect(resolveMailFormDestination(base, null)).toMatchObject({ formUrl: DEFAULT_MAIL_FORM_URL, template: null, reason: 'form-id-unknown' });
  });

  it('an unconfirmed form link is never opened: the published one instead, without the template', () => {
    const phish = { ...base, mailFormUrl: 'https://phish.example/desk-form' };
    expect(resolveMailFormDestination(phish, ID)).toEqual({ formUrl: DEFAULT_MAIL_FORM_URL, template: null, reason: 'mail-form-unconfirmed', otherThanDefault: null });
    expect(resolveMailFormDestination({ ...phish, confirmedDestinations: ['phish.example'] }, ID)).toMatchObject({ formUrl: DEFAULT_MAIL_FORM_URL, reason: 'mail-form-unconfirmed' });
    const confirmed = { ...phish, confirmedDestinations: ['phish.example/desk-form'] };
    expect(resolveMailFormDestination(confirmed, null)).toMatchObject({ formUrl: 'https://phish.example/desk-form', otherThanDefault: 'phish.example/desk-form' });
  });

  it('no template: the plain link', () => {
    expect(resolveMailFormDestination({ ...base, mailFormPrefillTemplate: null }, ID)).toMatchObject({ template: null, reason: 'no-template' });
  });
});

describe('other destinations', () => {
  it('names each by its host and path, without the query', () => {
    expect(destinationLabel('https://desk.example.ac.jp/v1/requests')).toBe('desk.example.ac.jp/v1/requests');
    expect(destinationLabel('https://desk.example.ac.jp/v1/requests/?token=secret#top')).toBe('desk.example.ac.jp/v1/requests');
    expect(destinationLabel('https://desk.example.ac.jp/')).toBe('desk.example.ac.jp');
    expect(destinationLabel('http://127.0.0.1:8787/submissions')).toBe('http://127.0.0.1:8787/submissions');
    expect(destinationLabel('https://forms.gle/PhishForm')).toBe('forms.gle/PhishForm');
    expect(otherDestinations(base)).toEqual([]);
    expect(otherDestinations({ ...base, mailFormUrl: 'https://forms.gle/PhishForm', endpointUrl: 'https://x.example/r' }))
      .toEqual([{ field: 'mailFormUrl', label: 'forms.gle/PhishForm' }, { field: 'endpointUrl', label: 'x.example/r' }]);
  });

  it('a plain-http twin of a confirmed https endpoint has a name of its own, so it needs its own confirmation', () => {
    expect(destinationLabel('http://localhost/intake')).toBe('http://localhost/intake');
    expect(destinationLabel('https://localhost/intake')).toBe('localhost/intake');
    const confirmedHttps = { ...base, endpointUrl: 'http://localhost/intake', confirmedDestinations: [destinationLabel('https://localhost/intake')] };
    expect(usableEndpoint(confirmedHttps)).toBeNull();
    expect(unconfirmedDestinations(confirmedHttps)).toEqual([{ field: 'endpointUrl', label: 'http://localhost/intake' }]);
  });

  it('a form named in the query is named by its id in any case of the parameter, and every id when repeated', () => {
    expect(destinationLabel('https://forms.office.com/Pages/ResponsePage.aspx?ID=DeskForm')).toBe('forms.office.com/Pages/ResponsePage.aspx?id=DeskForm');
    expect(destinationLabel('https://forms.office.com/Pages/ResponsePage.aspx?lang=ja&Id=DeskForm')).toBe('forms.office.com/Pages/ResponsePage.aspx?id=DeskForm');
    expect(destinationLabel('https://forms.office.com/Pages/ResponsePage.aspx?id=DeskForm&ID=Attacker')).toBe('forms.office.com/Pages/ResponsePage.aspx?id=DeskForm&id=Attacker');
  });

  it('an endpoint is used only once confirmed', () => {
    expect(usableEndpoint({ ...base, endpointUrl: 'https://x.example/r' })).toBeNull();
    expect(usableEndpoint({ ...base, endpointUrl: 'https://x.example/r', confirmedDestinations: ['x.example'] })).toBeNull();
    expect(usableEndpoint({ ...base, endpointUrl: 'https://x.example/r', confirmedDestinations: ['x.example/r'] })).toBe('https://x.example/r');
  });

  it('reads a form id only from a docs.google.com/forms/d/e/… link', () => {
    expect(googleFormId(TEMPLATE)).toBe(ID);
    expect(googleFormId(`https://docs.google.com.evil.example/forms/d/e/${ID}/viewform`)).toBeNull();
    expect(googleFormId(`https://docs.google.com/forms/d/${ID}/edit`)).toBeNull();
  });
});

describe('a destination is confirmed with what names it, on any host', () => {
  it('names webhook and workflow hosts with their path, Microsoft Forms with its form id, and a trailing dot changes nothing', () => {
    const legit = 'https://prod-27.japaneast.logic.azure.com/workflows/LEGIT/triggers/manual/paths/invoke';
    const other = 'https://prod-27.japaneast.logic.azure.com/workflows/ATTACKER/triggers/manual/paths/invoke';
    expect(destinationLabel(legit)).not.toBe(destinationLabel(other));
    expect(destinationLabel('https://hooks.zapier.com/hooks/catch/1/abc')).toBe('hooks.zapier.com/hooks/catch/1/abc');
    expect(destinationLabel('https://forms.office.com/Pages/ResponsePage.aspx?id=DESK')).toBe('forms.office.com/Pages/ResponsePage.aspx?id=DESK');
    expect(destinationLabel('https://forms.office.com/Pages/ResponsePage.aspx?id=DESK')).not.toBe(destinationLabel('https://forms.office.com/Pages/ResponsePage.aspx?id=OTHER'));
    expect(destinationLabel('https://script.google.com./macros/s/X/exec')).toBe('script.google.com./macros/s/X/exec');
    expect(destinationLabel('https://forms.gle./Other')).toBe('forms.gle./Other');
  });

  it('keeps a confirmed workflow endpoint from confirming another tenant’s on the same host', () => {
    const legit = 'https://prod-27.japaneast.logic.azure.com/workflows/LEGIT/triggers/manual/paths/invoke';
    const settings: DestinationSettings = {
      mailFormUrl: 'https://forms.gle/ASFmXTbgNwncrWL28', mailFormPrefillTemplate: null,
      endpointUrl: legit.replace('LEGIT', 'ATTACKER'), confirmedDestinations: [destinationLabel(legit)],
    };
    expect(usableEndpoint(settings)).toBeNull();
    expect(usableEndpoint({ ...settings, endpointUrl: legit })).toBe(legit);
  });

  // Multi-tenant services no list could keep up with: each tenant's path is its own destination.
  for (const [mine, theirs] of [
    ['https://formspree.io/f/deskOwn1', 'https://formspree.io/f/attacker2'],
    ['https://outlook.office.com/webhook/desk-own/IncomingWebhook/a/b', 'https://outlook.office.com/webhook/attacker/IncomingWebhook/c/d'],
    ['https://discord.com/api/webhooks/1/own', 'https://discord.com/api/webhooks/2/attacker'],
  ] as const) {
    it(`${new URL(mine).host}: confirming one tenant does not confirm another's path`, () => {
      const confirmed: DestinationSettings = { ...base, endpointUrl: mine, confirmedDestinations: [destinationLabel(mine)] };
      expect(usableEndpoint(confirmed)).toBe(mine);
      expect(usableEndpoint({ ...confirmed, endpointUrl: theirs })).toBeNull();
      expect(destinationsToConfirm(confirmed, { endpointUrl: theirs })).toEqual([{ field: 'endpointUrl', label: destinationLabel(theirs) }]);
      expect(destinationsToConfirm(confirmed, { endpointUrl: mine })).toEqual([]);
    });
  }
});
