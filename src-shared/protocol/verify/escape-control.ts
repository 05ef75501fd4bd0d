// Signed text is shown, never interpreted: a control character in a signed value (a terminal escape
// sequence, a bell, a carriage return that hides what came before, a bidi override that reorders a
// line) and every character that shows as nothing or as a blank (format characters, separators,
// private-use and unassigned code points, variation selectors, tag characters, Hangul fillers, the
// soft hyphen, the combining grapheme joiner, the Mongolian vowel separator) is printed as \uXXXX
// (\u{XXXXX} above the BMP) by the CLI and the desk's page alike. Line feeds are the only layout
// kept, because the labelled lines are split on them first.
const UNSAFE = new RegExp([
  '[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}\\p{Co}\\p{Cn}\\p{Cs}]', // controls, format (bidi, zero-width, tags, U+00AD, U+180E), separators, private use, unassigned, lone surrogates
  '\\p{Variation_Selector}', // variation selectors (U+FE00–FE0F, U+E0100–E01EF, Mongolian U+180B–180F)
  '[\\u{E0000}-\\u{E007F}]', // tag characters (most are Cf; listed so none slips through)
  // one by one (some combine with the character before): CGJ, Hangul fillers, Khmer inherent vowels, braille blank
  '\\u034F', '\\u115F', '\\u1160', '\\u3164', '\\uFFA0', '\\u17B4', '\\u17B5', '\\u2800',
].join('|'), 'gu');

const hex = (c: string): string => {
  const cp = c.codePointAt(0)!;
  return cp > 0xffff ? `\\u{${cp.toString(16)}}` : `\\u${cp.toString(16).padStart(4, '0')}`;
};

export function escapeControl(text: string): string {
  return text.replace(UNSAFE, (c) => (c === '\n' ? c : hex(c)));
}

/** True when the text holds anything escapeControl would escape (a line feed included). */
export const hasUnsafeCharacter = (text: string): boolean => new RegExp(UNSAFE.source, 'u').test(text) || text.includes('\n');
