// The readable part of a mail-form block travels unsigned through the form, and the desk reads it:
// an edit there must never pass. So the block is rendered again from the signed payload (by the
// app's own writers, in every block version) and the pasted block is compared with it AS A WHOLE.
// Only what mail and forms really change is undone first (paste-lines.ts): CRLF, spaces and tabs at
// line ends, '> ' quoting, the code wrapped over lines. Between the title and 検証コード every
// line must then be exactly an expected line; anything else is a difference, named by field with
// the pasted line beside the signed one. Text outside the block never counts; a labelled line of
// the block found outside it (also a look-alike: full-width colon, invisible characters) fails.
import { amendmentLabels } from '../amendment-lines';
import { CASE_NUMBER_LABEL_V1, VERIFICATION_CODE_LABEL, mailFormLabels } from '../mail-form';
import { escapeControl } from './escape-control';
import { isCodeChunk, looseLabel, pasteLines, type PasteLine } from './paste-lines';

/** One rendering of the block the signed payload allows (one per block version). */
export interface ExpectedBlock {
  readonly version: number;
  readonly title: string;
  readonly lines: readonly string[];
}

export interface Difference {
  /** The field's label as the block writes it (e.g. 氏名), or a description of the stray line. */
  readonly label: string;
  /** The pasted line(s), escaped; null when the field is missing from the paste. */
  readonly pasted: string | null;
  /** The line(s) written from the signed payload, escaped; null when nothing was signed there. */
  readonly signed: string | null;
  /** True when the line was found outside the block (above the title or below the code). */
  readonly outside: boolean;
}

export type BlockComparison =
  | { readonly compared: false; readonly outside: readonly string[] }
  | { readonly compared: true; readonly matches: true; readonly version: number; readonly lines: number; readonly outside: readonly string[] }
  | { readonly compared: true; readonly matches: false; readonly differences: readonly Difference[]; readonly outside: readonly string[] };

export const STRAY_LINE = '(項目名のない行)';
export const LINE_ORDER = '(行の並び)';

const withoutTrailingBlank = (lines: readonly string[]): string[] => {
  const out = [...lines];
  while (out.length > 0 && out.at(-1) === '') out.pop();
  return out;
};

const expectedLines = (b: ExpectedBlock): string[] => withoutTrailingBlank(b.lines.join('\n').split('\n').map((l) => l.replace(/[ \t]+$/, '')));

/** Every label any block version writes (also those this payload has no line for), the titles included. */
function labelsOf(expected: readonly ExpectedBlock[]): string[] {
  const labels = new Set<string>([...Object.values(mailFormLabels).filter((l) => l !== mailFormLabels.title), CASE_NUMBER_LABEL_V1,
    ...Object.values(amendmentLabels).filter((l) => l !== amendmentLabels.title)]);
  for (const b of expected) {
    labels.add(`【${b.title}】`);
    for (const line of b.lines) if (!line.startsWith(' ') && line.indexOf(':') > 0) labels.add(line.slice(0, line.indexOf(':')));
  }
  return [...labels];
}

/** Where the block is: its title line and its 検証コード line (the last pair, title first), or null. */
function locate(lines: readonly PasteLine[], titles: ReadonlySet<string>): { title: number; code: number } | null {
  let code = -1;
  for (let i = lines.length - 1; i >= 0 && code < 0; i--) if (lines[i]!.content === VERIFICATION_CODE_LABEL) code = i;
  if (code < 0) return null;
  for (let i = code - 1; i >= 0; i--) if (titles.has(lines[i]!.content)) return { title: i, code };
  return null;
}

/** The index after the code lines that follow 検証コード: (leading blank lines allowed). */
function codeEnd(lines: readonly PasteLine[], from: number): { end: number; code: string } {
  let i = from;
  while (i < lines.length && lines[i]!.content.trim() === '') i++;
  const chunks: string[] = [];
  while (i < lines.length && isCodeChunk(lines[i]!.content.trim())) chunks.push(lines[i++]!.content.trim());
  return { end: i, code: chunks.join('') };
}

/** Groups of lines per labelled entry, in order; lines before the first label form a stray group. */
function entries(lines: readonly string[], labels: readonly string[]): { label: string; lines: string[] }[] {
  const out: { label: string; lines: string[] }[] = [];
  for (const line of lines) {
    const label = looseLabel(line, labels);
    if (label !== null) out.push({ label, lines: [line] });
    else if (out.length > 0) out.at(-1)!.lines.push(line);
    else out.push({ label: STRAY_LINE, lines: [line] });
  }
  return out.map((e) => ({ label: e.label, lines: withoutTrailingBlank(e.lines) }));
}

const shown = (lines: readonly string[] | undefined): string | null => (lines === undefined ? null : escapeControl(lines.join('\n')));

/** Field by field, what differs between the pasted block and the expected one. */
function differences(got: readonly string[], want: readonly string[], labels: readonly string[]): Difference[] {
  const w = entries(want, labels);
  const g = entries(got, labels);
  const out: Difference[] = [];
  const used = new Set<number>();
  for (const e of w) {
    const at = g.findIndex((x, i) => !used.has(i) && x.label === e.label);
    if (at >= 0) used.add(at);
    const pasted = at >= 0 ? g[at]!.lines : undefined;
    if (pasted === undefined || pasted.join('\n') !== e.lines.join('\n')) out.push({ label: e.label, pasted: shown(pasted), signed: shown(e.lines), outside: false });
  }
  g.forEach((x, i) => { if (!used.has(i)) out.push({ label: x.label, pasted: shown(x.lines), signed: null, outside: false }); });
  if (out.length === 0) out.push({ label: LINE_ORDER, pasted: shown(got), signed: shown(want), outside: false });
  return out;
}

/** Lines outside the block listed at most (a forwarded thread can be a megabyte); the rest are counted. */
export const OUTSIDE_SHOWN = 200;

/** Lines outside the block, shown as not part of the request; labelled ones (all checked) are differences. */
function outsideLines(lines: readonly PasteLine[], jws: string, labels: readonly string[], want: readonly string[]): { outside: string[]; labelled: Difference[] } {
  const outside: string[] = [];
  const labelled: Difference[] = [];
  let more = 0;
  for (const l of lines) {
    const text = l.content.trim();
    if (text === '' || (isCodeChunk(text) && jws.includes(text))) continue;
    if (outside.length < OUTSIDE_SHOWN) outside.push(escapeControl(l.content));
    else more++;
    const label = looseLabel(l.content, labels);
    if (label !== null) {
      const signed = want.filter((x) => looseLabel(x, labels) === label);
      labelled.push({ label, pasted: escapeControl(l.content), signed: signed.length > 0 ? escapeControl(signed.join('\n')) : null, outside: true });
    }
  }
  if (more > 0) outside.push(`…(ほか ${more} 行 / ${more} more lines)`);
  return { outside, labelled };
}

/**
 * Compares a pasted text with the blocks the signed payload allows (`expected`, current version
 * first). `compared: false` for a paste without a block and without any labelled line (a bare code).
 */
export function compareBlock(pasted: string, jws: string, expected: readonly ExpectedBlock[]): BlockComparison {
  const lines = pasteLines(pasted);
  const labels = labelsOf(expected);
  const at = locate(lines, new Set(expected.map((b) => `【${b.title}】`)));
  const before = at === null ? lines : lines.slice(0, at.title);
  const code = at === null ? { end: lines.length, code: '' } : codeEnd(lines, at.code + 1);
  const after = at === null ? [] : lines.slice(code.end);
  const got = at === null ? [] : withoutTrailingBlank(lines.slice(at.title + 1, at.code).map((l) => l.content));
  const match = at === null ? undefined : expected.find((b) => { const w = expectedLines(b); return w.length === got.length && w.every((x, i) => x === got[i]); });
  const best = expected.find((b) => got.some((l) => l.startsWith(`${b.lines[0]!.slice(0, b.lines[0]!.indexOf(':'))}:`))) ?? expected[0]!;
  const want = expectedLines(best);
  const { outside, labelled } = outsideLines([...before, ...after], jws, labels, want);
  if (at === null) {
    return labelled.length === 0 ? { compared: false, outside } : { compared: true, matches: false, differences: labelled, outside };
  }
  const diffs: Difference[] = [];
  if (code.code !== jws) diffs.push({ label: VERIFICATION_CODE_LABEL.slice(0, -1), pasted: escapeControl(code.code.slice(0, 80)), signed: escapeControl(jws.slice(0, 80)), outside: false });
  if (match === undefined) diffs.push(...differences(got, want, labels));
  diffs.push(...labelled);
  if (diffs.length > 0 || match === undefined) return { compared: true, matches: false, differences: diffs, outside };
  return { compared: true, matches: true, version: match.version, lines: entries(got, labels).length, outside };
}
