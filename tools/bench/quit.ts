// Quit with a black-holed endpoint: a request is in flight to a desk that accepts the
// connection and never answers; core.close() must abort it rather than wait for the 30 s request
// timeout. Goal: close() under 2 s. Prints the median of a few runs (one in quick mode). The
// operator is a configured staff member, as every operator must be.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { memorySecretStore, openCore } from '../../src-main/core';
import { startBlackHole } from '../fixtures/black-hole';
import { completeCase } from '../fixtures/case-fixtures';
import { figure, median, type BenchOptions, type Figure } from './support/figure';
import { destinationLabel } from '../../src-shared/protocol/mail-form-destination';

async function once(dir: string): Promise<number> {
  const hole = await startBlackHole();
  const core = await openCore({ dataDir: dir, secrets: memorySecretStore(), now: () => new Date('2026-05-01T03:00:00Z') });
  try {
    await core.settings.update({ department: { code: 'engineering', name: '工学部' }, endpointUrl: hole.url, deliveryChannel: 'endpoint', staff: [{ name: 'bench', role: '学務係' }] }, { operator: 'bench', confirmDestinations: [destinationLabel(hole.url)] });
    const draft = await core.cases.createDraft(completeCase(), { operator: 'bench' });
    await core.cases.finalize(draft.id, { operator: 'bench' });
    await core.outbox.enqueue(draft.id);
    const flushing = core.outbox.flush().catch(() => undefined);
    while (hole.requests() === 0) await new Promise((r) => setTimeout(r, 5));
    const t0 = performance.now();
    await core.close();
    const ms = performance.now() - t0;
    await flushing;
    return ms;
  } finally {
    await core.close();
    await hole.close();
  }
}

export default async function run({ quick }: BenchOptions): Promise<Figure[]> {
  const RUNS = quick ? 1 : 5;
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const dir = mkdtempSync(path.join(tmpdir(), 'salvage-bench-quit-'));
    try {
      times.push(await once(dir));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const mid = median(times);
  console.log(`core.close() with a request in flight to a black hole: median ${mid.toFixed(0)} ms, max ${Math.max(...times).toFixed(0)} ms over ${RUNS} runs (goal < 2000 ms; request timeout 30 s)`);
  return [figure('core.close() with a request in flight to a black hole, median', mid, 'ms', { atMost: 2000 })];
}
