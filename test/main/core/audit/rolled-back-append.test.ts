// An audited operation that fails after its audit entry (the disk full at a later write of the
// same transaction) rolls the entry back with it. The keychain anchor, written a moment later,
// names only what was committed: no break is recorded for a row that never existed, and the next
// entries, committed at the same seq, verify.
import { describe, expect, it } from 'vitest';
import { completeCase } from '../../../../tools/fixtures/case-fixtures';
import { memorySecretStore } from '../../../../src-main/core';
import { createAnchoring } from '../../../../src-main/core/audit/anchoring';
import { AUDIT_ANCHOR_SECRET, readAnchor } from '../../../../src-main/core/audit/audit-secrets';
import { useProbeCore } from './probe-access';

const probe = useProbeCore();

describe('an audited operation rolled back after its audit entry', () => {
  it('leaves the anchor at the committed head and no break', async () => {
    const t = probe.current();
    const d = await t.core.cases.createDraft(completeCase());
    t.clock.now = new Date(t.clock.now.getTime() + 61_000); // a minute since the last anchor write: the next append writes one
    // The outbox write of the finalize transaction fails (stands for SQLITE_FULL or an I/O error).
    await probe.withRaw(t.dataDir, (db) => db.exec(`CREATE TRIGGER disk_full BEFORE INSERT ON outbox BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END;`));
    await expect(t.core.cases.finalize(d.id, { operator: '窓口 太郎' })).rejects.toBeTruthy();
    await probe.withRaw(t.dataDir, (db) => db.exec('DROP TRIGGER disk_full'));
    await new Promise((r) => setTimeout(r, 50)); // the anchor write, after the rollback
    const anchor = JSON.parse((await t.secrets.get(AUDIT_ANCHOR_SECRET))!) as { seq: number };
    const head = await probe.withRaw(t.dataDir, (db) => Number(db.prepare('SELECT max(seq) FROM audit').pluck().get()));
    expect(anchor.seq).toBe(head);
    expect(await t.core.verifyAudit()).toMatchObject({ ok: true, problem: null });
    // The same seq, committed this time by the retried finalize: still one trail.
    await t.core.cases.finalize(d.id, { operator: '窓口 太郎' });
    await t.core.close();
    t.core = await probe.openAt(t.dataDir);
    expect(await t.core.verifyAudit()).toMatchObject({ ok: true, problem: null, recordedBreaks: 0 });
    expect((await t.core.getAuditStatus()).unacknowledged).toBe(0);
  });
});

describe('an anchor due while a transaction is still open', () => {
  it('waits until it has ended, then names the head committed', async () => {
    const secrets = memorySecretStore();
    const tx = { open: true, head: { seq: 5, hash: 'a'.repeat(64) } };
    const anchored: number[] = [];
    const anchoring = createAnchoring({
      secrets, store: 's'.repeat(32), chainKey: 'k'.repeat(64), head: () => tx.head, inTransaction: () => tx.open,
      checkpointed: () => true, anchored: (h) => anchored.push(h.seq), now: () => new Date(), intervalMs: 20,
    });
    try {
      await anchoring.flush();
      expect(await readAnchor(secrets)).toBeNull(); // nothing read inside the transaction
      tx.head = { seq: 4, hash: 'b'.repeat(64) }; // ...which rolled back
      tx.open = false;
      for (let i = 0; i < 50 && anchored.length === 0; i += 1) await new Promise((r) => setTimeout(r, 10));
      expect(anchored).toEqual([4]);
      expect(await readAnchor(secrets)).toMatchObject({ seq: 4, hash: 'b'.repeat(64) });
    } finally {
      anchoring.stop();
    }
  });
});
