// The closing table of `npm run bench`: one row per figure, its goal and whether it is met, and a
// row for every bench that crashed or measured nothing.
import { goalText, type Figure } from './figure';

export interface BenchOutcome {
  readonly bench: string;
  readonly figures: readonly Figure[];
  /** Why the bench failed (it threw, timed out, or returned no figure); null when it ran. */
  readonly failure: string | null;
  readonly ms: number;
}

function formatValue(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  if (Number.isInteger(v)) return String(v);
  const abs = Math.abs(v);
  return abs >= 100 ? v.toFixed(0) : abs >= 10 ? v.toFixed(1) : abs >= 1 ? v.toFixed(2) : v.toFixed(3);
}

function verdict(f: Figure): string {
  if (f.met === null) return '';
  return f.met ? 'met' : 'NOT met';
}

/** Column widths by code point count (the figure names are mostly ASCII; CJK would be wider). */
const pad = (s: string, n: number): string => s + ' '.repeat(Math.max(0, n - [...s].length));
const padStart = (s: string, n: number): string => ' '.repeat(Math.max(0, n - [...s].length)) + s;

export function summaryTable(outcomes: readonly BenchOutcome[], quick: boolean): string {
  const rows: string[][] = [['bench', 'figure', 'value', 'goal', '']];
  for (const o of outcomes) {
    for (const f of o.figures) rows.push([o.bench, f.name, `${formatValue(f.value)} ${f.unit}`, goalText(f.goal, f.unit), verdict(f)]);
    if (o.failure !== null) rows.push([o.bench, `FAILED: ${o.failure}`, '', '', 'FAILED']);
  }
  const widths = [0, 1, 2, 3].map((c) => Math.max(...rows.map((r) => [...(r[c] ?? '')].length)));
  const line = (r: string[]): string =>
    [pad(r[0] ?? '', widths[0]!), pad(r[1] ?? '', widths[1]!), padStart(r[2] ?? '', widths[2]!), pad(r[3] ?? '', widths[3]!), r[4] ?? ''].join('  ').trimEnd();
  const goals = outcomes.flatMap((o) => o.figures).filter((f) => f.met !== null);
  const met = goals.filter((f) => f.met).length;
  const failed = outcomes.filter((o) => o.failure !== null).length;
  const head = quick ? 'Quick mode: small workloads, figures only indicative; goals apply to the full run.' : '';
  return [
    ...(head ? [head] : []),
    line(rows[0]!),
    ...rows.slice(1).map(line),
    `${outcomes.length} bench(es), ${failed} failed; goals met ${met} of ${goals.length}.`,
  ].join('\n');
}
