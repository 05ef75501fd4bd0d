// The desk's pages printed on the applicant's notice: only pages on the desk's own site, printed
// in their normalized form so nothing invisible or look-alike reaches the paper.
import { describe, expect, it } from 'vitest';
import { checkDeskPage, DEFAULT_DESK_LINKS, deskPage, printableDeskLinks } from '../../src-shared/counter-contact';
import { validateSettingsPatch } from '../../src-main/core/settings/validate-settings';

describe('deskPage', () => {
  it('accepts a page anywhere on the desk\'s site, and prints it normalized', () => {
    expect(deskPage('https://utelecon.adm.u-tokyo.ac.jp/support/email-form/')).toBe('https://utelecon.adm.u-tokyo.ac.jp/support/email-form/');
    expect(deskPage('https://UTELECON.adm.u-tokyo.ac.jp')).toBe('https://utelecon.adm.u-tokyo.ac.jp/');
    // A right-to-left override or a space in the path is printed percent-encoded, never as itself.
    expect(deskPage('https://utelecon.adm.u-tokyo.ac.jp/form\u202Emoc.hsihp')).toBe('https://utelecon.adm.u-tokyo.ac.jp/form%E2%80%AEmoc.hsihp');
  });

  it('refuses every other site, look-alikes included', () => {
    for (const raw of [
      'https://phish.example/utelecon.adm.u-tokyo.ac.jp/', 'https://utelecon.adm.u-tokyo.ac.jp.phish.example/', 'https://utelecon.adm.u-tokyo.ac.jp@phish.example/',
      'https://a:b@utelecon.adm.u-tokyo.ac.jp/', 'https://utelecon.adm.u-tokyo.ac.jp:8443/', 'https://utelecon.adm.u-tokyo.ac.jp./', 'http://utelecon.adm.u-tokyo.ac.jp/',
      'https://www.u-tokyo.ac.jp/', 'javascript:alert(1)', 'not a url',
    ]) expect(deskPage(raw), raw).toBeNull();
  });
});

describe('a desk page is a page and nothing more', () => {
  const carriers = [
    'https://utelecon.adm.u-tokyo.ac.jp/#https://phish.example/form',
    'https://utelecon.adm.u-tokyo.ac.jp/support/email-form/?next=https://phish.example/form',
    'https://utelecon.adm.u-tokyo.ac.jp//phish.example/',
    'https://utelecon.adm.u-tokyo.ac.jp/a/../..//phish.example/',
    'https://utelecon.adm.u-tokyo.ac.jp\\\\phish.example/form',
    'https://utelecon.adm.u-tokyo.ac.jp/support/email-form/#',
    'https://utelecon.adm.u-tokyo.ac.jp/support/email-form/?',
  ];

  it('a query, a fragment or a path starting with "//" is refused, and never printed', () => {
    for (const raw of carriers) {
      expect(checkDeskPage(raw), raw).toEqual({ ok: false, problem: 'not-a-page' });
      expect(deskPage(raw), raw).toBeNull();
      expect(printableDeskLinks({ ...DEFAULT_DESK_LINKS, mailForm: raw }).mailForm, raw).toBe(DEFAULT_DESK_LINKS.mailForm);
    }
  });

  it('Settings refuses it naming the field, what is wrong and how to write it', () => {
    for (const raw of carriers) {
      let issues: { path: string; code: string; message: { ja: string; en: string } }[] = [];
      try {
        validateSettingsPatch({ deskLinks: { ...DEFAULT_DESK_LINKS, mailForm: raw } });
      } catch (e) {
        issues = (e as { issues: typeof issues }).issues;
      }
      expect(issues.map((i) => [i.path, i.code]), raw).toEqual([['deskLinks.mailForm', 'settings.desk-link-not-a-page']]);
      expect(issues[0]!.message.ja).toContain('「?」や「#」から後ろの部分は付けられず');
      expect(issues[0]!.message.en).toContain('no path starting with "//"');
    }
  });
});

describe('printableDeskLinks', () => {
  it('prints a stored page from another site as the built-in page, and keeps the others', () => {
    const moved = 'https://utelecon.adm.u-tokyo.ac.jp/leave/backup';
    expect(printableDeskLinks({ ...DEFAULT_DESK_LINKS, backup: moved, mailForm: 'https://phish.example/form' })).toEqual({ ...DEFAULT_DESK_LINKS, backup: moved });
    expect(printableDeskLinks(undefined)).toEqual(DEFAULT_DESK_LINKS);
  });
});
