// Runs bench modules one after another, each guarded: a bench that throws, outlives its time
// limit or returns no figure is recorded as failed, and the rest still run.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { meets, type Bench, type BenchOptions, type Figure } from './figure';
import type { BenchOutcome } from './summary-table';

export interface BenchFile {
  readonly name: string;
  readonly file: string;
}

function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${Math.round(ms / 1000)} s`)), ms);
  });
  return Promise.race([work, limit]).finally(() => clearTimeout(timer));
}

function isFigure(f: unknown): f is Figure {
  if (!f || typeof f !== 'object') return false;
  const o = f as Record<string, unknown>;
  return typeof o.name === 'string' && typeof o.value === 'number' && typeof o.unit === 'string';
}

export async function runBench(file: BenchFile, options: BenchOptions, timeoutMs: number): Promise<BenchOutcome> {
  const t0 = performance.now();
  const done = (figures: readonly Figure[], failure: string | null): BenchOutcome => ({ bench: file.name, figures, failure, ms: performance.now() - t0 });
  try {
    const mod = (await import(pathToFileURL(path.resolve(file.file)).href)) as { default?: unknown };
    if (typeof mod.default !== 'function') return done([], 'no default export');
    const result: unknown = await withTimeout((mod.default as Bench)(options), timeoutMs, file.name);
    // `met` is worked out here from the goal, whatever the bench said.
    const figures = (Array.isArray(result) ? result.filter(isFigure) : []).map((f) => ({ ...f, goal: f.goal ?? null, met: meets(f.value, f.goal ?? null) }));
    if (figures.length === 0) return done([], 'printed no figure');
    const bad = figures.find((f) => !Number.isFinite(f.value));
    return done(figures, bad ? `figure "${bad.name}" is not a number` : null);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    console.error(e);
    return done([], message.split('\n')[0] ?? 'threw');
  }
}

export async function runBenches(files: readonly BenchFile[], options: BenchOptions, timeoutMs: number): Promise<BenchOutcome[]> {
  const out: BenchOutcome[] = [];
  for (const file of files) {
    console.log(`\n=== ${file.name}${options.quick ? ' (quick)' : ''} ===`);
    const outcome = await runBench(file, options, timeoutMs);
    console.log(`--- ${file.name}: ${outcome.failure ?? `${outcome.figures.length} figure(s)`} in ${(outcome.ms / 1000).toFixed(1)} s`);
    out.push(outcome);
  }
  return out;
}
