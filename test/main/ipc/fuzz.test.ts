// IPC fuzzing through the front door (tools/fuzz/ipc-fuzz.ts): generated calls across every channel
// answered by the shell's own IPC function (sender check, then dispatch) over a real core, with
// forged senders, real restores and profile imports, and injected I/O faults. Never a throw,
// never 'internal'; forged senders reach no handler; the store and the audit stay whole.
import { describe, expect, it } from 'vitest';
import { channels } from '../../../src-shared/ipc-contract';
import { runIpcFuzz } from '../../../tools/fuzz/ipc-fuzz';

describe('IPC fuzzing through the front door', () => {
  it('answers 3,000 generated calls with Results only, refuses forged senders, survives I/O faults, and leaves the store whole', async () => {
    const r = await runIpcFuzz({ calls: 3_000 });
    console.log(
      `ipc fuzz: ${r.calls} calls over ${r.channels} channels in ${(r.ms / 1000).toFixed(1)} s; ok ${r.ok}; errors ${JSON.stringify(r.errors)}; ` +
        `forged ${r.forged.calls} (reached ${r.forged.reached}); restores ${r.restores.restored} (restarts ${r.restores.restarts}); ` +
        `profile imports ${r.profileImports}; faults ${JSON.stringify(r.faults)}; bad ${r.bad.length}`,
    );
    expect(r.channels).toBe(channels.length);
    expect(r.bad).toEqual([]);
    expect(r.ok).toBeGreaterThan(150); // the calls reach the core, not only the schema
    expect(r.forged).toMatchObject({ reached: 0 });
    expect(r.forged.calls).toBeGreaterThan(100);
    expect(r.errors.forbidden ?? 0).toBe(0); // trusted calls are never refused as forged
    expect(r.restores.restored).toBeGreaterThan(0); // a real restore, its swap and restart ran
    expect(r.profileImports).toBeGreaterThan(10);
    for (const hits of Object.values(r.faults)) expect(hits).toBeGreaterThan(0); // every fault really broke something
    expect(r.integrity).toBe('ok');
    expect(r.audit).toMatchObject({ ok: true, problem: null });
  }, 600_000);
});
