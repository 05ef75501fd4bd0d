// IPC benchmark: what an autosave costs on its way to the real core (encrypted SQLite, in-memory
// keychain). (1) cases:update called directly on the core, (2) through dispatch() (schema parse +
// Result), as the Electron handler runs it, (3) through the preview bridge over loopback HTTP.
// Goals: dispatch adds ≤ 1 ms per call (median); a preview autosave round trip ≤ 15 ms (median).
// The operator is a configured staff member, as every operator must be.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { memorySecretStore, openCore } from '../../src-main/core';
import { dispatch } from '../../src-main/ipc/dispatch';
import { createHandlers, type OutputHost } from '../../src-main/ipc/handlers';
import { DEMO_SETTINGS, startPreview } from '../preview/start-preview';
import { figure, median, type BenchOptions, type Figure } from './support/figure';
import { createPreviewApi } from '../preview-bridge/create-preview-api';

const operator = DEMO_SETTINGS.staff[0]!.name;
const patchFor = (i: number) => ({ request: { reason: `在学時の研究データの一部が投稿論文の根拠資料として必要なため(${i})` } });

async function timeEach(n: number, fn: (i: number) => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn(i);
    times.push(performance.now() - t0);
  }
  return median(times);
}

const noHost: OutputHost = {
  chooseSavePath: async () => null,
  chooseBackupToRestore: async () => null,
  printPdf: async () => false,
  copyText: async () => undefined,
  openMailForm: async () => false,
};

export default async function run({ quick }: BenchOptions): Promise<Figure[]> {
  const N = quick ? 30 : 300;
  const dir = mkdtempSync(path.join(tmpdir(), 'sd-bench-ipc-'));
  try {
    const core = await openCore({ dataDir: path.join(dir, 'direct'), secrets: memorySecretStore() });
    await core.settings.update(DEMO_SETTINGS, { operator });
    const draft = await core.cases.createDraft({}, { operator });
    const handlers = createHandlers(core, noHost);
    const viaCore = (i: number) => core.cases.update(draft.id, patchFor(i), { operator });
    // A different text than viaCore(i): an unchanged patch is a no-op in the core and would flatter dispatch.
    const viaIpc = (i: number) => dispatch(handlers, 'cases:update-case', { id: draft.id, patch: patchFor(-1 - i), operator });
    await timeEach(quick ? 5 : 50, async (i) => Promise.all([await viaCore(i), await viaIpc(i)])); // warm-up
    // Interleaved, so both see the same database size and JIT state.
    const directTimes: number[] = [];
    const dispatchTimes: number[] = [];
    for (let i = 0; i < N; i++) {
      directTimes.push(await timeEach(1, () => viaCore(i)));
      dispatchTimes.push(await timeEach(1, () => viaIpc(i)));
    }
    const direct = median(directTimes);
    const viaDispatch = median(dispatchTimes);
    await core.close();

    mkdirSync(path.join(dir, 'renderer'));
    writeFileSync(path.join(dir, 'renderer', 'index.html'), '<!doctype html>');
    writeFileSync(path.join(dir, 'bridge.js'), '');
    const preview = await startPreview({
      dataDir: path.join(dir, 'preview'),
      memoryKeychain: true,
      seedDemoSettings: true,
      assets: { rendererDir: path.join(dir, 'renderer'), bridgeFile: path.join(dir, 'bridge.js') },
      log: () => undefined,
    });
    const api = createPreviewApi({ baseUrl: `${preview.origin}/`, token: preview.token });
    const created = await api.createCase({ operator });
    if (!created.ok) throw new Error('bench: createCase failed');
    const viaPreview = await timeEach(N, (i) => api.updateCase({ id: created.value.id, patch: patchFor(i), operator }));
    await preview.close();

    const overhead = viaDispatch - direct;
    console.log(`cases:update, median of ${N}:`);
    console.log(`  core directly        ${direct.toFixed(2)} ms`);
    console.log(`  through dispatch()   ${viaDispatch.toFixed(2)} ms  (overhead ${overhead.toFixed(2)} ms; goal ≤ 1 ms) ${overhead <= 1 ? 'OK' : 'MISSED'}`);
    console.log(`  preview HTTP bridge  ${viaPreview.toFixed(2)} ms  (goal ≤ 15 ms) ${viaPreview <= 15 ? 'OK' : 'MISSED'}`);
    return [
      figure('cases:update on the core, median', direct, 'ms'),
      figure('dispatch() overhead per call, median', overhead, 'ms', { atMost: 1 }),
      figure('preview bridge autosave round trip, median', viaPreview, 'ms', { atMost: 15 }),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
