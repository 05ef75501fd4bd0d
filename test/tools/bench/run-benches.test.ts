// The bench runner: a bench that crashes, hangs or measures nothing is a failure the exit code
// shows (so `npm test` catches a bench that rotted), and the closing table puts every figure
// beside its goal with met / NOT met.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { figure } from '../../../tools/bench/support/figure';
import { runBench } from '../../../tools/bench/support/run-benches';
import { summaryTable } from '../../../tools/bench/support/summary-table';

const dir = mkdtempSync(path.join(tmpdir(), 'bench-runner-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function benchFile(name: string, body: string): { name: string; file: string } {
  const file = path.join(dir, `${name}.mjs`);
  writeFileSync(file, body);
  return { name, file };
}

const quiet = () => vi.spyOn(console, 'error').mockImplementation(() => undefined);

describe('the bench runner', () => {
  it('records the figures of a bench that runs, and whether each goal is met', async () => {
    const ok = benchFile('ok', `export default async ({ quick }) => [
      { name: 'time', value: quick ? 12 : 30, unit: 'ms', goal: { atMost: 20 }, met: null },
      { name: 'rate', value: 5, unit: '/s', goal: null, met: null }];`);
    const outcome = await runBench(ok, { quick: true }, 5_000);
    expect(outcome.failure).toBeNull();
    expect(outcome.figures.map((f) => [f.value, f.met])).toEqual([[12, true], [5, null]]);
    const table = summaryTable([{ ...outcome, figures: [figure('time', 12, 'ms', { atMost: 20 }), figure('slow', 30, 'ms', { atMost: 20 }), figure('rate', 5, '/s', { atLeast: 10 })] }], true);
    expect(table).toMatch(/time\s+12 ms\s+≤ 20 ms\s+met/);
    expect(table).toMatch(/slow\s+30 ms\s+≤ 20 ms\s+NOT met/);
    expect(table).toMatch(/rate\s+5 \/s\s+≥ 10 \/s\s+NOT met/);
    expect(table).toMatch(/goals met 1 of 3/);
  });

  it('fails a bench that throws, one that returns no figure, one that returns a non-number and one that hangs', async () => {
    const spy = quiet();
    const cases = [
      [benchFile('throws', `export default async () => { throw new Error('operator.not-staff'); };`), /operator\.not-staff/],
      [benchFile('silent', `export default async () => { console.log('prints, returns nothing'); };`), /no figure/],
      [benchFile('nan', `export default async () => [{ name: 'x', value: NaN, unit: 'ms', goal: null, met: null }];`), /not a number/],
      [benchFile('hangs', `export default () => new Promise(() => {});`), /did not finish within/],
    ] as const;
    for (const [file, why] of cases) {
      const outcome = await runBench(file, { quick: true }, 300);
      expect(outcome.failure, file.name).toMatch(why);
    }
    const table = summaryTable([{ bench: 'throws', figures: [], failure: 'operator.not-staff', ms: 1 }], true);
    expect(table).toMatch(/throws\s+FAILED: operator\.not-staff/);
    expect(table).toMatch(/1 failed/);
    spy.mockRestore();
  });
});
