// Staff type on Japanese IMEs: full-width digits, letters, spaces and several hyphen look-alikes
// arrive as often as ASCII. Everything is folded to ASCII before it is checked or stored.

const HYPHENS = /[\u2010-\u2015\u2212\u30FC\uFF0D\uFF70\u2043\uFE63]/g;

/** Full-width ASCII variants (U+FF01–U+FF5E) and the ideographic space to ASCII. */
export function toHalfWidth(value: string): string {
  return value
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ');
}

/** UTokyo Account: digits only, spaces of any width removed. */
export function normalizeAccount(value: string): string {
  return toHalfWidth(value).replace(/\s+/g, '');
}

/** Student number: ASCII, upper case, hyphen look-alikes to '-', whitespace removed. */
export function normalizeStudentNumber(value: string): string {
  return toHalfWidth(value).replace(HYPHENS, '-').replace(/\s+/g, '').toUpperCase();
}

/**
 * An e-mail as it is typed: full-width letters, digits, ＠ and ． to ASCII, the IME's 。 and ＠-like
 * marks too. Applied on every keystroke, so what staff see is what is stored. A space inside is
 * kept (the rule then says the address is wrong): it may mark a typo, not just a stray key.
 */
export function foldEmail(value: string): string {
  return toHalfWidth(value).replace(/[。｡]/g, '.').replace(/\uFE6B/g, '@');
}

/** E-mail: ASCII, trimmed, domain in lower case (the local part is left as typed). */
export function normalizeEmail(value: string): string {
  const v = foldEmail(value).trim();
  const at = v.lastIndexOf('@');
  return at < 0 ? v : `${v.slice(0, at)}@${v.slice(at + 1).toLowerCase()}`;
}

/** Free text: trimmed, internal line breaks kept. */
export function normalizeText(value: string): string {
  return value.replace(/\r\n?/g, '\n').trim();
}

export { HYPHENS as HYPHEN_LOOKALIKES };
