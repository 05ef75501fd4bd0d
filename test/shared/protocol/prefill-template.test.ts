import { describe, expect, it } from 'vitest';
import { checkMailFormUrl, checkPrefillTemplate } from '../../../src-shared/protocol';

const base = 'https://docs.google.com/forms/d/e/1FAIpQLSexample/viewform?usp=pp_url';

describe('the prefilled-link template rule', () => {
  it('accepts the link as Google hands it back (percent-encoded braces) and with raw braces', () => {
    expect(checkPrefillTemplate(`${base}&entry.123=%7B%7BapplicantName%7D%7D&entry.456=%7B%7BrequestText%7D%7D`))
      .toEqual({ ok: true, placeholders: ['applicantName', 'requestText'] });
    expect(checkPrefillTemplate(`${base}&entry.1={{caseNumber}}&entry.2={{caseNumber}}`)).toEqual({ ok: true, placeholders: ['caseNumber'] });
  });

  it('refuses other hosts, paths and schemes', () => {
    for (const t of [
      'http://docs.google.com/forms/d/x/viewform?entry.1={{caseNumber}}',
      'https://docs.google.com.evil.example/forms/d/x?entry.1={{caseNumber}}',
      'https://evil.example/forms/d/x?entry.1={{caseNumber}}',
      'https://docs.google.com/document/d/x?entry.1={{caseNumber}}',
      'https://user@docs.google.com/forms/d/x?entry.1={{caseNumber}}',
      'not a url {{caseNumber}}',
    ]) expect(checkPrefillTemplate(t)).toEqual({ ok: false, problem: 'url' });
  });

  it('names an unknown placeholder and requires at least one', () => {
    expect(checkPrefillTemplate(`${base}&entry.1=%7B%7BmyNumber%7D%7D`)).toEqual({ ok: false, problem: 'unknown-placeholder', unknown: 'myNumber' });
    expect(checkPrefillTemplate(`${base}&entry.1=hello`)).toEqual({ ok: false, problem: 'no-placeholder' });
  });

  it('the mail-form URL rule takes only https links without credentials', () => {
    expect(checkMailFormUrl('https://forms.gle/ASFmXTbgNwncrWL28').ok).toBe(true);
    expect(checkMailFormUrl('http://forms.gle/x')).toEqual({ ok: false, problem: 'not-https' });
    expect(checkMailFormUrl('javascript:alert(1)')).toEqual({ ok: false, problem: 'not-https' });
    expect(checkMailFormUrl('https://a:b@forms.gle/x')).toEqual({ ok: false, problem: 'credentials' });
  });
});
