// A full check that stops before the end vouches for nothing: it is a recorded break shown on the
// banner, Settings shows that it stopped (never the last check that passed), and a check that keeps
// failing is one break until staff have seen it. A cancelled check (close) records nothing.
import { describe, expect, it } from 'vitest';
import { openCore, type Core, type SecretStore } from '../../../../src-main/core';
import { AUDIT_ANCHOR_SECRET } from '../../../../src-main/core/audit/audit-secrets';
import { useProbeCore } from './probe-access';

const probe = useProbeCore();

/** The test keychain, refusing to read the anchor while `refuse.on` is true. */
function lockable(inner: SecretStore) {
  const refuse = { on: false };
  const s: SecretStore = {
    get: (n) => (refuse.on && n === AUDIT_ANCHOR_SECRET ? Promise.reject(new Error('keychain locked')) : inner.get(n)),
    set: (n, v) => inner.set(n, v),
    delete: (n) => inner.delete(n),
  };
  return { s, refuse };
}

const breaksOn = (dataDir: string) => probe.withRaw(dataDir, (db) => (db.prepare(`SELECT details FROM audit WHERE action = 'audit-break' ORDER BY seq`).pluck().all() as string[])
  .map((d) => (JSON.parse(d) as { problem: string }).problem));

async function settled(core: Core): Promise<void> {
  for (let i = 0; i < 300 && ['waiting', 'running'].includes((await core.getAuditStatus()).fullCheck.state); i += 1) {
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('a full check that cannot finish', () => {
  it('is a recorded break on the banner, and Settings no longer shows the earlier pass', async () => {
    const t = probe.current();
    await t.core.close();
    const { s, refuse } = lockable(t.secrets);
    t.core = await openCore({ dataDir: t.dataDir, secrets: s, now: () => t.clock.now, profilePath: null, afterOpenDelayMs: 10 });
    await settled(t.core);
    expect((await t.core.getAuditStatus()).fullCheck).toMatchObject({ state: 'done', last: { ok: true } });
    refuse.on = true;
    const v = await t.core.verifyAudit();
    expect(v).toMatchObject({ ok: false, problem: 'check-failed' });
    const status = await t.core.getAuditStatus();
    expect(status).toMatchObject({ unacknowledged: 1, lastProblem: 'check-failed' });
    expect(status.fullCheck).toMatchObject({ state: 'failed', last: { ok: false, failed: true } });
    // Failing again before anyone has seen it: still one break.
    await t.core.verifyAudit();
    expect((await t.core.getAuditStatus()).unacknowledged).toBe(1);
    refuse.on = false;
    await t.core.acknowledgeAuditBreaks({ operator: '窓口 太郎', through: (await t.core.getAuditStatus()).lastBreak });
    refuse.on = true;
    await t.core.verifyAudit(); // seen, and failing again: a new break
    expect((await t.core.getAuditStatus()).unacknowledged).toBe(1);
    refuse.on = false;
    await t.core.close();
    expect(await breaksOn(t.dataDir)).toEqual(['check-failed', 'check-failed']);
    t.core = await probe.openAt(t.dataDir);
  });

  it('cancelled at close: nothing recorded', async () => {
    const t = probe.current();
    for (let i = 0; i < 3; i += 1) await t.core.cases.createDraft({ applicant: { name: `n${i}` } });
    await t.core.close();
    t.core = await openCore({ dataDir: t.dataDir, secrets: t.secrets, now: () => t.clock.now, profilePath: null });
    const running = t.core.verifyAudit().then(() => 'done', () => 'cancelled');
    await t.core.close();
    await running;
    expect(await breaksOn(t.dataDir)).toEqual([]);
    t.core = await probe.openAt(t.dataDir);
  });
});
