// Outbox drain benchmark: 1,000 queued submissions flushed by the real core (encrypted SQLite,
// state written before and after every request) to the loopback reference receiver, against a
// bare fetch loop posting the same bytes with the same headers. Each run gets a fresh desk store,
// so both pay for the desk's verify + fsync of every submission. Goal: drain ≥ 0.5 × bare loop.
// Quick mode: 40 submissions. The operator is a configured staff member, as every operator must be.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { memorySecretStore, openCore } from '../../src-main/core';
import { registerExportedFile, startReceiver } from '../desk';
import { findJws } from '../../src-shared/protocol';
import { completeCase } from '../fixtures/case-fixtures';
import { figure, type BenchOptions, type Figure } from './support/figure';
import { destinationLabel } from '../../src-shared/protocol/mail-form-destination';

const CONCURRENCY = 4; // the outbox's default

async function bareLoop(url: string, bodies: { id: string; jws: string }[], width: number): Promise<number> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < bodies.length) {
      const b = bodies[next++]!;
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/jose', 'idempotency-key': b.id, accept: 'application/json' }, body: b.jws });
      await res.text();
      if (res.status !== 201) throw new Error(`bare loop: HTTP ${res.status}`);
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: width }, worker));
  return performance.now() - t0;
}

export default async function run({ quick }: BenchOptions): Promise<Figure[]> {
  const N = quick ? 40 : 1000;
  const dir = mkdtempSync(path.join(tmpdir(), 'salvage-bench-outbox-'));
  const clock = { now: new Date('2026-05-01T03:00:00Z') };
  const core = await openCore({ dataDir: path.join(dir, 'app'), secrets: memorySecretStore(), now: () => clock.now });
  try {
    const keys = path.join(dir, 'departments.jwks.json');
    await core.keys.exportPublicJwks(keys);
    await registerExportedFile(keys, keys, 'engineering');
    const desk = (name: string) => startReceiver({ keys, dataDir: path.join(dir, name), host: '127.0.0.1' });
    await core.settings.update({ department: { code: 'engineering', name: '工学部' }, staff: [{ name: 'bench', role: '学務係' }], deliveryChannel: 'endpoint' }, { operator: 'bench' });
    // The channel is fixed when an item is queued: endpoint items, sent once the desk's URL is set.
    const input = completeCase();
    const t0 = performance.now();
    for (let i = 0; i < N; i++) {
      const d = await core.cases.createDraft({ ...input, applicant: { ...input.applicant, utokyoAccount: String(3_000_000_000 + i) } });
      await core.cases.finalize(d.id, { operator: 'bench' });
      await core.outbox.enqueue(d.id);
    }
    const setupMs = performance.now() - t0;
    const items = await core.outbox.list();
    const bodies = await Promise.all(items.map(async (i) => ({ id: i.id, jws: findJws(await core.outbox.mailFormText(i.id))! })));

    const seqDesk = await desk('desk-seq');
    const seqMs = await bareLoop(seqDesk.url, bodies, 1);
    await seqDesk.close();
    const wideDesk = await desk('desk-wide');
    const wideMs = await bareLoop(wideDesk.url, bodies, CONCURRENCY);
    await wideDesk.close();

    const outDesk = await desk('desk-outbox');
    await core.settings.update({ endpointUrl: outDesk.url }, { operator: 'bench', confirmDestinations: [destinationLabel(outDesk.url)] });
    const d0 = performance.now();
    const drained = await core.outbox.flush();
    const drainMs = performance.now() - d0;
    await outDesk.close();
    const delivered = drained.filter((i) => i.state === 'delivered').length;
    if (delivered !== N || outDesk.store.count() !== N) throw new Error(`drain delivered ${delivered}, desk stored ${outDesk.store.count()}`);

    const rate = (ms: number): number => N / (ms / 1000);
    const fmt = (ms: number): string => `${rate(ms).toFixed(0)} submissions/s (${(ms / 1000).toFixed(2)} s)`;
    console.log(`setup (create + finalize + sign + enqueue ×${N}): ${fmt(setupMs)}`);
    console.log(`bare fetch loop, sequential:        ${fmt(seqMs)}`);
    console.log(`bare fetch loop, ${CONCURRENCY} in flight:       ${fmt(wideMs)}`);
    console.log(`outbox drain (flush, ${CONCURRENCY} in flight): ${fmt(drainMs)}`);
    const ratio = rate(drainMs) / rate(wideMs);
    const ratioSeq = rate(drainMs) / rate(seqMs);
    console.log(`ratio drain / bare loop (same width): ${ratio.toFixed(2)} (goal ≥ 0.5) ${ratio >= 0.5 ? 'OK' : 'BELOW GOAL'}`);
    console.log(`ratio drain / sequential bare loop:   ${ratioSeq.toFixed(2)}`);
    return [
      figure(`outbox drain (${N} submissions, ${CONCURRENCY} in flight)`, rate(drainMs), '/s'),
      figure('outbox drain / bare fetch loop (same width)', ratio, '×', { atLeast: 0.5 }),
    ];
  } finally {
    await core.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
