// The mail-form link and the prefill template are checked by one rule when saved and when opened,
// and one placeholder grammar decides both what the check reports and what the filler replaces.
// Each case below once saved fine and then never opened, or was checked one way and filled another.
import { describe, expect, it } from 'vitest';
import { checkMailFormUrl, checkPrefillTemplate, fillPrefillTemplate, placeholderNames, PREFILL_PLACEHOLDERS, type PrefillPlaceholder } from '../../../src-shared/protocol';
import { isAllowedExternalUrl, mailFormPrefixes } from '../../../src-main/http/external-urls';
import { validateSettingsPatch } from '../../../src-main/core/settings/validate-settings';

const saves = (mailFormUrl: string): boolean => {
  try {
    validateSettingsPatch({ mailFormUrl });
    return true;
  } catch {
    return false;
  }
};
const opens = (mailFormUrl: string): boolean => isAllowedExternalUrl(mailFormUrl, mailFormPrefixes({ mailFormUrl, mailFormPrefillTemplate: null }));

describe('one mail-form URL rule for saving and opening', () => {
  it.each([
    ['a bare origin', 'https://forms.gle/'],
    ['a bare origin without slash', 'https://forms.gle'],
    ['an explicit port', 'https://forms.example.org:8443/f/abc'],
  ])('%s: refused when saved, so nothing saves that then never opens (%s)', (_what, url) => {
    expect(saves(url)).toBe(false);
    expect(opens(url)).toBe(saves(url));
  });

  it.each([
    'https://forms.gle/ASFmXTbgNwncrWL28',
    'https://forms.gle/x',
    'https://docs.google.com/forms/d/e/1FAIpQLSdesk/viewform',
    'https://forms.example.org/f/abc?lang=ja',
    'https://forms.gle:443/ASFmXTbgNwncrWL28', // the default port, normalised away
  ])('what saves also opens: %s', (url) => {
    expect(saves(url)).toBe(true);
    expect(opens(url)).toBe(true);
  });

  it('a template on an explicit port is refused as a template, as the allowlist would refuse to open it', () => {
    const template = 'https://docs.google.com:8443/forms/d/e/1FAIpQLSdesk/viewform?entry.1={{caseNumber}}';
    expect(checkPrefillTemplate(template)).toEqual({ ok: false, problem: 'url' });
    expect(mailFormPrefixes({ mailFormUrl: 'https://forms.gle/ASFmXTbgNwncrWL28', mailFormPrefillTemplate: template })).toHaveLength(1);
  });

  it('a form named in the query opens only with the confirmed id: another id, the same id given twice, or an id under another name case is refused', () => {
    const confirmed = 'https://forms.office.com/Pages/ResponsePage.aspx?id=DeskForm';
    const prefixes = mailFormPrefixes({ mailFormUrl: confirmed, mailFormPrefillTemplate: null });
    const allowed = (url: string) => isAllowedExternalUrl(url, prefixes);
    expect(allowed(confirmed)).toBe(true);
    expect(allowed('https://forms.office.com/Pages/ResponsePage.aspx?ID=DeskForm&lang=ja')).toBe(true);
    expect(allowed('https://forms.office.com/Pages/ResponsePage.aspx?id=Attacker')).toBe(false);
    expect(allowed('https://forms.office.com/Pages/ResponsePage.aspx?ID=Attacker')).toBe(false);
    expect(allowed('https://forms.office.com/Pages/ResponsePage.aspx?id=DeskForm&ID=Attacker')).toBe(false);
    expect(allowed('https://forms.office.com/Pages/ResponsePage.aspx')).toBe(false);
    // A link without an id allows none to be added.
    const bare = mailFormPrefixes({ mailFormUrl: 'https://forms.office.com/r/DeskShort', mailFormPrefillTemplate: null });
    expect(isAllowedExternalUrl('https://forms.office.com/r/DeskShort', bare)).toBe(true);
    expect(isAllowedExternalUrl('https://forms.office.com/r/DeskShort?id=Attacker', bare)).toBe(false);
  });

  it('a link that names its form id twice is refused when saved, saying so', () => {
    const url = 'https://forms.office.com/Pages/ResponsePage.aspx?id=DeskForm&Id=Attacker';
    expect(checkMailFormUrl(url)).toEqual({ ok: false, problem: 'repeated-id' });
    expect(saves(url)).toBe(false);
    expect(opens(url)).toBe(false);
    try {
      validateSettingsPatch({ mailFormUrl: url });
    } catch (e) {
      const issue = (e as { issues: { path: string; code: string; message: { ja: string; en: string } }[] }).issues[0]!;
      expect(issue).toMatchObject({ path: 'mailFormUrl', code: 'mail-form.url-repeated-id' });
      expect(issue.message.ja).toContain('id が2回以上');
      expect(issue.message.en).toContain('more than once');
    }
  });

  it('names what is wrong', () => {
    expect(checkMailFormUrl('https://forms.example.org:8443/f/abc')).toEqual({ ok: false, problem: 'port' });
    expect(checkMailFormUrl('https://forms.gle/')).toEqual({ ok: false, problem: 'no-path' });
    expect(checkMailFormUrl('forms.gle/x')).toEqual({ ok: false, problem: 'not-url' });
  });
});

const base = 'https://docs.google.com/forms/d/e/1FAIpQLSdesk/viewform?usp=pp_url';
const values = Object.fromEntries(PREFILL_PLACEHOLDERS.map((k) => [k, `<${k}>`])) as Record<PrefillPlaceholder, string>;

describe('one placeholder grammar for checking and filling', () => {
  it('a "+" around the name (how a form encoder writes a space) is a placeholder to the check as to the filler', () => {
    const template = `${base}&entry.1=%7B%7B+applicantName+%7D%7D`;
    expect(checkPrefillTemplate(template)).toEqual({ ok: true, placeholders: ['applicantName'] });
    expect(fillPrefillTemplate(template, values)).toBe(`${base}&entry.1=%3CapplicantName%3E`);
  });

  it('"+" around an unknown name is reported, never left in the link half-filled', () => {
    expect(checkPrefillTemplate(`${base}&entry.1=%7B%7B+myNumber+%7D%7D&entry.2={{caseNumber}}`)).toEqual({ ok: false, problem: 'unknown-placeholder', unknown: 'myNumber' });
  });

  it('an empty name is reported by the check and is what the filler would have replaced', () => {
    const template = `${base}&entry.1={{}}&entry.2={{caseNumber}}`;
    expect(checkPrefillTemplate(template)).toEqual({ ok: false, problem: 'unknown-placeholder', unknown: '' });
    expect(placeholderNames(template)).toEqual(['', 'caseNumber']);
  });

  it('every placeholder the check accepts is replaced: no brace survives filling', () => {
    const template = `${base}&entry.1=%7B%7B%20caseNumber%20%7D%7D&entry.2={{ requestText }}&entry.3=%7b%7bfaculty%7d%7d`;
    expect(checkPrefillTemplate(template).ok).toBe(true);
    const filled = fillPrefillTemplate(template, values);
    expect(filled).not.toMatch(/\{|\}|%7B|%7D/i);
    expect(new URL(filled).searchParams.get('entry.2')).toBe('<requestText>');
  });
});
