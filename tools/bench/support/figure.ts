// The one shape every benchmark reports in, so the runner can print a single table of figures
// beside their goals and notice a bench that measured nothing. A bench module's default export is
// a `Bench`: it may print details as it goes, and returns its figures.

/** A goal is a bound on the figure: at most (times, sizes, ratios of ours to theirs) or at least (rates). */
export type Goal = { readonly atMost: number } | { readonly atLeast: number };

export interface Figure {
  /** What was measured, e.g. "record size (ja, in-person)". */
  readonly name: string;
  readonly value: number;
  /** 'ms', 'KB', '×', '/s', … */
  readonly unit: string;
  /** null: a figure shown for context, with no goal of its own. */
  readonly goal: Goal | null;
  /** Whether the value is within the goal; null when there is no goal (or the value is not a number). */
  readonly met: boolean | null;
}

export interface BenchOptions {
  /**
   * Quick mode: the same code paths on a smaller workload (fewer runs, fewer rows), so every bench
   * runs on every test run and a broken bench fails the build. Its figures are only indicative.
   */
  readonly quick: boolean;
}

export type Bench = (options: BenchOptions) => Promise<readonly Figure[]>;

export function meets(value: number, goal: Goal | null): boolean | null {
  if (goal === null || !Number.isFinite(value)) return null;
  return 'atMost' in goal ? value <= goal.atMost : value >= goal.atLeast;
}

/** A figure, with `met` worked out from the goal. */
export function figure(name: string, value: number, unit: string, goal: Goal | null = null): Figure {
  return { name, value, unit, goal, met: meets(value, goal) };
}

export function goalText(goal: Goal | null, unit: string): string {
  if (goal === null) return '';
  return 'atMost' in goal ? `≤ ${goal.atMost} ${unit}` : `≥ ${goal.atLeast} ${unit}`;
}

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  if (s.length === 0) return NaN;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}
