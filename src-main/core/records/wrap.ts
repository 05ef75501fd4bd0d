// Line breaking for mixed Japanese and English text. We break lines ourselves (rather than let
// pdfkit flow text) so that a cell can be split across pages line by line and nothing is ever
// drawn outside its box. Rules: break between any two Japanese characters, between English
// words, and inside a word only if it alone is wider than the line (long e-mail addresses);
// basic kinsoku — closing punctuation and small kana never start a line, opening brackets never
// end one.

/** Width of one character (a code point) at size 1: a line's width is the sum over its characters × size. */
export type CharWidth = (ch: string) => number;

const NO_START = new Set([...'、。，．,.・:;:;?!?!ー)]}）］｝」』】〕〉》ゝゞ々ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ…'.split(''), '\u2019', '\u201d']);
const NO_END = new Set([...'([{（［｛「『【〔〈《'.split(''), '\u2018', '\u201c']);
const SPACE = /^[ \t\u3000]$/;

/** Wide (East Asian) characters may break on either side. */
function isWide(ch: string): boolean {
  const cp = ch.codePointAt(0) ?? 0;
  return (cp >= 0x2e80 && cp <= 0x9fff) || (cp >= 0xac00 && cp <= 0xd7af) || (cp >= 0xf900 && cp <= 0xfaff)
    || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xffef) || (cp >= 0x20000 && cp <= 0x3ffff);
}

/** Unbreakable units: an English word, one wide character, or one space; kinsoku glued on. */
export function units(paragraph: string): string[] {
  const out: string[] = [];
  let word = '';
  const flush = (): void => { if (word) { out.push(word); word = ''; } };
  for (const ch of paragraph) {
    if (SPACE.test(ch)) { flush(); out.push(ch); continue; }
    if (isWide(ch) || NO_START.has(ch) || NO_END.has(ch)) {
      if (!isWide(ch) && word && !NO_END.has(ch)) { word += ch; continue; }
      flush();
      out.push(ch);
      continue;
    }
    word += ch;
  }
  flush();
  // Glue: a no-start unit joins the one before it, a no-end unit joins the one after it.
  const glued: string[] = [];
  for (const u of out) {
    const prev = glued[glued.length - 1];
    const first = [...u][0] ?? '';
    if (prev !== undefined && !SPACE.test(prev) && NO_START.has(first)) glued[glued.length - 1] = prev + u;
    else if (prev !== undefined && NO_END.has([...prev].at(-1) ?? '') && !SPACE.test(u)) glued[glued.length - 1] = prev + u;
    else glued.push(u);
  }
  return glued;
}

/**
 * Break text (with \n paragraph breaks) into lines no wider than `width` at font size `size`.
 * Always ≥ 1 line. A line's width is kept as a running sum, added up character by character in
 * the same order as measuring the whole line would, so the breaks are exactly those of measuring
 * every candidate line from its start (without re-measuring the line for each unit).
 */
export function wrapText(text: string, width: number, charWidth: CharWidth, size = 1): string[] {
  const lines: string[] = [];
  const sumOf = (from: number, s: string): number => {
    let w = from;
    for (const ch of s) w += charWidth(ch);
    return w;
  };
  for (const paragraph of text.replace(/\r\n?/g, '\n').split('\n')) {
    let line = '';
    let sum = 0; // the widths of line's characters at size 1, added left to right
    const push = (): void => { lines.push(line.replace(/[ \t\u3000]+$/, '')); line = ''; sum = 0; };
    for (const unit of units(paragraph)) {
      if (line === '' && SPACE.test(unit)) continue;
      const withUnit = sumOf(sum, unit);
      if (withUnit * size <= width) { line += unit; sum = withUnit; continue; }
      if (SPACE.test(unit)) { push(); continue; }
      if (line !== '') push();
      const alone = sumOf(0, unit);
      if (alone * size <= width) { line = unit; sum = alone; continue; }
      for (const ch of unit) { // a unit wider than the line: break it between characters
        if (line !== '' && (sum + charWidth(ch)) * size > width) push();
        line += ch;
        sum += charWidth(ch);
      }
    }
    push();
  }
  return lines;
}
