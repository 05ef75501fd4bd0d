// A pasted text as lines, with only what mail clients and forms really change undone: CRLF line
// ends, spaces and tabs at the end of a line, and a '> ' quoting prefix (nested or not). Nothing
// else is touched: a full-width colon, an ideographic space, a zero-width or bidi character or a
// Cyrillic letter stays what it is and makes the line differ.
//
// looseLabel is the opposite, deliberately forgiving reading, used only to NAME which field a
// line claims to be (and to catch a labelled line outside the block): it ignores invisible
// characters, width (NFKC), spaces and Latin look-alikes, so 「氏名：偽 名前」 is recognised as a
// 氏名 line, and therefore as a difference.
export interface PasteLine {
  /** The line with its quoting prefix and trailing spaces removed. */
  readonly content: string;
}

const QUOTE = /^(?:> ?)+/;

export function pasteLines(text: string): PasteLine[] {
  return text.replace(/\r\n/g, '\n').split('\n').map((raw) => {
    const end = raw.replace(/[ \t]+$/, '');
    return { content: end.replace(QUOTE, '') };
  });
}

const CODE_CHUNK = /^[A-Za-z0-9_.-]+$/;
/** A line that can be (a wrapped piece of) a compact JWS. */
export const isCodeChunk = (text: string): boolean => CODE_CHUNK.test(text);

// Cyrillic and Greek letters that look like Latin ones, and colons NFKC leaves alone (ratio,
// modifier letter, Armenian, Hebrew, Ethiopic, two-dot punctuation) — for naming a field only.
const LOOK_ALIKES: Readonly<Record<string, string>> = Object.fromEntries([
  ...[...'АВЕКМНОРСТХаеорсухΑΒΕΖΗΙΚΜΝΟΡΤΥΧοι'].map((c, i) => [c, 'ABEKMHOPCTXaeopcyxABEZHIKMNOPTYXoi'[i]!]),
  ...[...'\u2236\uA789\u02D0\u0589\u05C3\u1361\u205A'].map((c) => [c, ':']),
]);
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\u115F\u3164\uFFA0]|\p{Variation_Selector}|\u034F|\u1160/gu;

const folded = (s: string): string =>
  [...s.replace(INVISIBLE, '').normalize('NFKC')].map((c) => LOOK_ALIKES[c] ?? c).join('').replace(/\s+/g, '');

const foldedLabels = new Map<string, { label: string; folded: string }[]>();

// A line claims a label only if it holds a colon (ASCII, full-width, small or vertical form: all
// fold to ':') or a title bracket; checked first, so a megabyte of mail around a block stays fast.
const MAY_CLAIM = /[:\uFF1A\uFE55\uFE13\u2236\uA789\u02D0\u0589\u05C3\u1361\u205A\u3010]/;

/** The label (as written in `labels`) a line claims, read forgivingly; null when it claims none. */
export function looseLabel(line: string, labels: readonly string[]): string | null {
  if (!MAY_CLAIM.test(line)) return null;
  const key = labels.join('\u0000');
  let table = foldedLabels.get(key);
  if (!table) {
    table = labels.map((label) => ({ label, folded: folded(label) })).sort((a, b) => b.folded.length - a.folded.length);
    foldedLabels.set(key, table);
  }
  const text = folded(line.replace(QUOTE, ''));
  for (const { label, folded: f } of table) {
    if (f.startsWith('【') ? text.startsWith(f) : text.startsWith(`${f}:`)) return label;
  }
  return null;
}
