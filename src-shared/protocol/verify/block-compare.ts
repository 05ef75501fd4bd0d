// The readable part of a mail-form block travels unsigned through the form: the desk reads it, so an
// edit there must not pass. Every labelled line of the paste is compared with the
// same line written from the signed payload. The labels are not a second table: they are read off
// the lines the app's own writer (payloadLines / amendmentLines) produces, plus every label the
// writers know, so a line another helper adds to the block is compared without change here.
import { amendmentLabels } from '../amendment-lines';
import { VERIFICATION_CODE_LABEL, mailFormLabels } from '../mail-form';

const knownLabels: ReadonlySet<string> = new Set([...Object.values(mailFormLabels), ...Object.values(amendmentLabels)]);

/** The label of a line that starts a labelled entry (`label: value` or `label:`), else null. */
function labelOf(line: string, labels: ReadonlySet<string>): string | null {
  const colon = line.indexOf(':');
  if (colon <= 0) return null;
  const label = line.slice(0, colon);
  return labels.has(label) ? label : null;
}

/** Lines grouped per labelled entry; lines after a label line (continuations) belong to it. */
function group(lines: readonly string[], labels: ReadonlySet<string>): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  let current: string[] | null = null;
  for (const line of lines) {
    const label = labelOf(line, labels);
    if (label !== null) {
      current = [line];
      // A repeated label is kept apart under a key no writer produces, so it always differs.
      groups.set(groups.has(label) ? `${label}\u0000${groups.size}` : label, current);
    } else if (current !== null) {
      current.push(line);
    }
  }
  for (const g of groups.values()) while (g.length > 1 && g.at(-1) === '') g.pop();
  return groups;
}

const toLines = (text: string): string[] => text.split('\n').map((l) => l.replace(/^(?:> ?)+/, '').trimEnd());

/**
 * The readable part of a pasted block, quoting undone: from the first title (or the start) to the
 * last 検証コード:, and separately whatever follows that label (the code itself, a mail signature —
 * and any labelled line someone appended below the code, which must not pass either).
 */
function readableParts(text: string, title: string): { block: string[]; below: string[] } | null {
  const end = text.lastIndexOf(VERIFICATION_CODE_LABEL);
  if (end < 0) return null;
  const first = text.indexOf(title);
  const start = first >= 0 && first < end ? first : 0;
  return { block: toLines(text.slice(start, end)), below: toLines(text.slice(end + VERIFICATION_CODE_LABEL.length)) };
}

/**
 * An entry's text as compared: spaces and tabs at the ends of a line and runs of them inside do not
 * count (a form or mail client may re-indent the continuation lines); every other character does.
 */
const comparable = (lines: readonly string[] | undefined): string | null =>
  lines === undefined ? null : lines.map((l) => l.trim().replace(/[ \t]+/g, ' ')).join('\n');

export type BlockComparison =
  | { readonly compared: false }
  | { readonly compared: true; readonly lines: number; readonly differing: readonly string[] };

/**
 * Compares the labelled lines of a pasted text with the lines written from the signed payload.
 * `compared: false` when the paste has no labelled line (a bare JWS); `differing` lists the labels
 * whose lines were changed, added (also below the code), repeated or removed, in the writer's order.
 */
export function compareBlock(pasted: string, signedLines: readonly string[], title: string): BlockComparison {
  const readable = readableParts(pasted, title);
  if (readable === null) return { compared: false };
  const expected = signedLines.join('\n').split('\n').map((l) => l.trimEnd());
  const labels = new Set(knownLabels);
  for (const line of expected) if (!line.startsWith(' ') && line.indexOf(':') > 0) labels.add(line.slice(0, line.indexOf(':')));
  const want = group(expected, labels);
  const got = group(readable.block, labels);
  const below = group(readable.below, labels);
  if (got.size === 0 && below.size === 0) return { compared: false };
  const differing: string[] = [];
  for (const [label, lines] of want) if (comparable(got.get(label)) !== comparable(lines)) differing.push(label);
  for (const label of got.keys()) if (!want.has(label)) differing.push(label.split('\u0000')[0]!);
  for (const label of below.keys()) differing.push(label.split('\u0000')[0]!);
  return { compared: true, lines: got.size, differing: [...new Set(differing)] };
}
