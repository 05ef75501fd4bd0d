// What the applicant's notice prints so the former student can reach the counter and read the
// desk's pages (SPEC §5, "whom to ask"). Both are part of the department profile, so every PC of a
// department prints the same. The desk's pages default to the utelecon pages the seed page names:
// the cloud data salvage page itself, 「離籍時のデータのバックアップについて」 (what to do within the
// week of access) and the desk's mail-form page (all later contact goes through it). They are the
// desk's own pages, so they stay on the desk's own site: a department may follow a page that moved
// there, but no setting or profile can send the applicant anywhere else.
import { z } from 'zod';
import { HELP_URL } from './help-url';

export interface CounterContact {
  /** The counter's name as the applicant should ask for it (default: the department's 学務・教務担当窓口). */
  readonly name: string;
  readonly phone: string;
  readonly email: string;
  /** Opening hours in words (e.g. 平日 9:00–17:00(12:00–13:00 を除く)). */
  readonly hours: string;
}

export interface DeskLinks {
  /** The desk's cloud data salvage page. */
  readonly salvage: string;
  /** 「離籍時のデータのバックアップについて」. */
  readonly backup: string;
  /** The desk's mail-form page (its notes on the mail form, and its contact route). */
  readonly mailForm: string;
}

export const EMPTY_COUNTER_CONTACT: CounterContact = { name: '', phone: '', email: '', hours: '' };

export const DEFAULT_DESK_LINKS: DeskLinks = {
  salvage: 'https://utelecon.adm.u-tokyo.ac.jp/systems/leave/salvage',
  backup: 'https://utelecon.adm.u-tokyo.ac.jp/systems/leave/backup',
  mailForm: 'https://utelecon.adm.u-tokyo.ac.jp/support/email-form/',
};

/** The desk's own site: the only host the notice's desk pages may be on. */
export const DESK_SITE_HOST = new URL(HELP_URL).hostname;

/** Why a desk page cannot be printed: not on the desk's site, or more than a page (query, fragment, '//' path). */
export type DeskPageProblem = 'off-site' | 'not-a-page';

/**
 * The page as the notice prints it (URL-normalized, so nothing invisible or look-alike reaches the
 * paper) when it is an https page on the desk's own site (no other port, no user info), and only a
 * page: no query or fragment (text after '#' or '?' could carry another address onto the paper),
 * and no path starting with '//' (read as another host by anything that resolves it).
 */
export function checkDeskPage(raw: string): { readonly ok: true; readonly href: string } | { readonly ok: false; readonly problem: DeskPageProblem } {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, problem: 'off-site' };
  }
  const onDeskSite = url.protocol === 'https:' && url.hostname === DESK_SITE_HOST && url.port === '' && url.username === '' && url.password === '';
  if (!onDeskSite) return { ok: false, problem: 'off-site' };
  if (/[?#]/.test(url.href) || url.pathname.startsWith('//')) return { ok: false, problem: 'not-a-page' };
  return { ok: true, href: url.href };
}

/** The page as the notice prints it, or null when checkDeskPage refuses it. */
export function deskPage(raw: string): string | null {
  const check = checkDeskPage(raw);
  return check.ok ? check.href : null;
}

/** Each page as `deskPage` prints it; one that is not on the desk's site prints as the built-in page. */
export function printableDeskLinks(links: DeskLinks | undefined): DeskLinks {
  const pick = (key: keyof DeskLinks): string => (links && deskPage(links[key])) ?? DEFAULT_DESK_LINKS[key];
  return { salvage: pick('salvage'), backup: pick('backup'), mailForm: pick('mailForm') };
}

/** Digits with the usual separators, an optional leading +, and an extension in words (内線 123). */
export const PHONE = /^[+＋]?[0-9０-９][0-9０-９ \-‐－()（）]*(?:[(（]?\s*(?:内線|ext\.?|x)\s*[0-9０-９]+[)）]?)?$/i;

// Bounded so that the notice stays one page with every field at its longest.
export const counterContactSchema = z.object({
  name: z.string().max(40),
  phone: z.string().max(40),
  email: z.string().max(48),
  hours: z.string().max(40),
});

export const deskLinksSchema = z.object({
  salvage: z.string().min(1).max(500),
  backup: z.string().min(1).max(500),
  mailForm: z.string().min(1).max(500),
});
