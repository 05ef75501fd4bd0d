// IPC fuzzing (issue 11, item 12): ≥ 10,000 generated calls across every channel through the real
// dispatcher to a real core; never a throw, never 'internal'; the store and the audit stay whole.
import { describe, expect, it } from 'vitest';
import { channels } from '../../../src-shared/ipc-contract';
import { runIpcFuzz } from '../../../tools/fuzz/ipc-fuzz';

describe('IPC fuzzing', () => {
  it('answers 10,000 generated calls with Results only, no internal error, and leaves the store whole', async () => {
    const r = await runIpcFuzz({ calls: 10_000 });
    console.log(`ipc fuzz: ${r.calls} calls over ${r.channels} channels in ${(r.ms / 1000).toFixed(1)} s; ok ${r.ok}; errors ${JSON.stringify(r.errors)}; bad ${r.bad.length}`);
    expect(r.channels).toBe(channels.length);
    expect(r.bad).toEqual([]);
    expect(r.ok).toBeGreaterThan(500); // the calls reach the core, not only the schema
    expect(r.integrity).toBe('ok');
    expect(r.audit).toMatchObject({ ok: true, problem: null });
  }, 600_000);
});
