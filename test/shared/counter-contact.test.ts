// The desk's pages printed on the applicant's notice: only pages on the desk's own site, printed
// in their normalized form so nothing invisible or look-alike reaches the paper.
import { describe, expect, it } from 'vitest';
import { DEFAULT_DESK_LINKS, deskPage, printableDeskLinks } from '../../src-shared/counter-contact';

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

describe('printableDeskLinks', () => {
  it('prints a stored page from another site as the built-in page, and keeps the others', () => {
    const moved = 'https://utelecon.adm.u-tokyo.ac.jp/leave/backup';
    expect(printableDeskLinks({ ...DEFAULT_DESK_LINKS, backup: moved, mailForm: 'https://phish.example/form' })).toEqual({ ...DEFAULT_DESK_LINKS, backup: moved });
    expect(printableDeskLinks(undefined)).toEqual(DEFAULT_DESK_LINKS);
  });
});
