// `npm run bench -- all` (or `-- record store`, names by prefix): runs the benchmark modules in
// tools/bench/ in turn, each printing its details, then one table of every figure beside its goal.
// `--quick` runs each on a small workload (what `npm test` does): the exit code is non-zero when
// a bench crashes, times out or reports no figure. A missed goal never fails the exit code: the
// figures depend on the machine and its load.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { runBenches } from '../bench/support/run-benches';
import { summaryTable } from '../bench/support/summary-table';

const dir = path.join(import.meta.dirname, '..', 'bench');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const names = args.filter((a) => !a.startsWith('--') && a !== 'all');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => ({ name: f.replace(/\.ts$/, ''), file: path.join(dir, f) }))
  .filter((f) => names.length === 0 || names.some((n) => f.name.startsWith(n)))
  .sort((a, b) => a.name.localeCompare(b.name));

// A full run may take minutes per bench; a quick one must not hang the test run.
const TIMEOUT_MS = quick ? 90_000 : 20 * 60_000;

async function main(): Promise<number> {
  if (files.length === 0) {
    console.error(`bench: nothing matches ${names.join(', ')}`);
    return 2;
  }
  const t0 = performance.now();
  const outcomes = await runBenches(files, { quick }, TIMEOUT_MS);
  console.log(`\n${summaryTable(outcomes, quick)}`);
  console.log(`total ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return outcomes.some((o) => o.failure !== null) ? 1 : 0;
}

// No top-level await: tsx compiles scripts as CommonJS here (package.json has no "type": "module").
// process.exit: a crashed bench may leave a server or browser handle open; the run must still end.
void main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
