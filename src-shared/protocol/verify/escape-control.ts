// Signed text is shown, never interpreted: a control character in a signed value (a terminal escape
// sequence, a bell, a carriage return that hides what came before, a bidi override that reorders a
// line) and every character that shows as nothing or as a blank (format characters, separators,
// private-use and unassigned code points, variation selectors, tag characters, Hangul fillers, the
// soft hyphen, the combining grapheme joiner, the Mongolian vowel separator) is printed as \uXXXX
// (\u{XXXXX} above the BMP) by the CLI and the desk's page alike. Line feeds are the only layout
// kept, because the labelled lines are split on them first.
//
// Spaces: every space separator but two is escaped (U+00A0, U+2000–200A, U+202F, U+205F, U+1680…):
// each looks like an ordinary space and is not one. Kept are U+0020 and U+3000, the ideographic
// space a Japanese IME types by default ("東大\u3000花子"): the desk reads it as a full-width gap, and
// escaping it would fill genuine blocks with \u3000.
//
// Combining marks are kept only where they attach to a letter or number (or to a mark kept there):
// one at the start of a line, after a space or punctuation, or after a character escaped here
// would attach to our own label, colon or escape text and is escaped instead.
const UNSAFE = new RegExp([
  '[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}\\p{Co}\\p{Cn}\\p{Cs}]', // controls, format (bidi, zero-width, tags, U+00AD, U+180E), separators, private use, unassigned, lone surrogates
  '(?![\\u0020\\u3000])\\p{Zs}', // spaces that look like U+0020 but are not (see above)
  '\\p{Variation_Selector}', // variation selectors (U+FE00–FE0F, U+E0100–E01EF, Mongolian U+180B–180F)
  '[\\u{E0000}-\\u{E007F}]', // tag characters (most are Cf; listed so none slips through)
  // one by one (some combine with the character before): CGJ, Hangul fillers, Khmer inherent vowels,
  // braille blank, object replacement character, musical null notehead (assigned, drawn blank)
  '\\u034F', '\\u115F', '\\u1160', '\\u3164', '\\uFFA0', '\\u17B4', '\\u17B5', '\\u2800', '\\uFFFC', '\\u{1D159}',
].join('|'), 'u');

const MARK = /\p{M}/u;
/** What a combining mark may attach to: a letter, a number, or a mark already attached to one. */
const BASE = /[\p{L}\p{N}\p{M}]/u;

const hex = (c: string): string => {
  const cp = c.codePointAt(0)!;
  return cp > 0xffff ? `\\u{${cp.toString(16)}}` : `\\u${cp.toString(16).padStart(4, '0')}`;
};

export function escapeControl(text: string): string {
  let out = '';
  let attachable = false; // whether the character just shown is one a combining mark may attach to
  for (const c of text) {
    const unsafe: boolean = c !== '\n' && (UNSAFE.test(c) || (MARK.test(c) && !attachable));
    out += unsafe ? hex(c) : c;
    attachable = !unsafe && BASE.test(c);
  }
  return out;
}

/** True when the text holds anything escapeControl would escape (a line feed included). */
export const hasUnsafeCharacter = (text: string): boolean => text.includes('\n') || escapeControl(text) !== text;
