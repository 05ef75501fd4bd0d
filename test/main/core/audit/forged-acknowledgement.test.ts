// A trigger on another table (meta, written right after breaks are recorded: the checkpoint, the
// full check's outcome) that appends a forged 'audit-ack' whenever the newest audit row is a break.
// Every trigger the migrations do not build is found and taken out as a break of its own, and an
// acknowledgement whose link does not verify acknowledges nothing: the banner shows the cut
// throughout, as the app runs it (background full check after open) and across opens.
import type Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { useProbeCore } from './probe-access';
import { openCore } from '../../../../src-main/core';
import { editAuditRows } from '../raw-db';

const probe = useProbeCore();
const COLS = 'seq, at, action, operator, case_id, details, personal, prev_hash, hash, keyed';
const FORGE = (ev: string) => `CREATE TRIGGER meta_forge_${ev.toLowerCase()} AFTER ${ev} ON meta
  WHEN (SELECT action FROM audit ORDER BY seq DESC LIMIT 1) = 'audit-break' BEGIN
  INSERT INTO audit (${COLS}) SELECT max(seq) + 1, '2026-05-01T03:00:00.000Z', 'audit-ack', '係長', NULL,
    json_object('breaks', (SELECT count(*) FROM audit WHERE action = 'audit-break'), 'through', max(seq)), '{}',
    (SELECT hash FROM audit ORDER BY seq DESC LIMIT 1), 'forged', 1 FROM audit; END`;

function cutNewest(db: Database.Database) {
  editAuditRows(db, () => {
    const head = db.prepare('SELECT max(seq) FROM audit').pluck().get() as number;
    db.prepare('DELETE FROM audit WHERE seq > ?').run(head - 2);
  });
}

async function settled(t: ReturnType<typeof probe.current>) {
  for (let i = 0; i < 200; i++) {
    const s = await t.core.getAuditStatus();
    if (s.integrity !== 'waiting' && s.integrity !== 'checking') return s;
    await new Promise((r) => setTimeout(r, 50));
  }
  return t.core.getAuditStatus();
}

describe('a forged acknowledgement from a trigger on meta', () => {
  it('newest rows cut: the cut is still on the banner', async () => {
    const t = probe.current();
    for (let i = 0; i < 3; i++) await t.core.cases.createDraft({ applicant: { name: `n${i}` } });
    await t.core.close();
    await probe.withRaw(t.dataDir, (db) => { cutNewest(db); db.exec(FORGE('INSERT')); db.exec(FORGE('UPDATE')); });
    t.core = await probe.openAt(t.dataDir);
    const first = await t.core.getAuditStatus();
    expect(await t.core.verifyAudit()).toMatchObject({ ok: false });
    const status = await settled(t);
    await t.core.close();
    t.core = await probe.openAt(t.dataDir);
    const again = await settled(t);
    expect(first.unacknowledged).toBeGreaterThan(0);
    expect(status.unacknowledged).toBeGreaterThan(0);
    expect(again.unacknowledged).toBeGreaterThan(0);
  });

  it('as the app runs it (background full check after open): the banner shows the cut every time it is asked', async () => {
    const t = probe.current();
    for (let i = 0; i < 3; i++) await t.core.cases.createDraft({ applicant: { name: `n${i}` } });
    await t.core.close();
    await probe.withRaw(t.dataDir, (db) => { cutNewest(db); db.exec(FORGE('INSERT')); db.exec(FORGE('UPDATE')); });
    const seen: number[] = [];
    for (let round = 0; round < 2; round++) {
      t.core = await openCore({ dataDir: t.dataDir, secrets: t.secrets, now: () => t.clock.now, profilePath: null, afterOpenDelayMs: 10 });
      seen.push((await t.core.getAuditStatus()).unacknowledged);
      for (let i = 0; i < 200; i++) {
        const s = await t.core.getAuditStatus();
        seen.push(s.unacknowledged);
        if (s.fullCheck.state === 'done' && s.integrity !== 'waiting' && s.integrity !== 'checking') break;
        await new Promise((r) => setTimeout(r, 20));
      }
      await t.core.close();
    }
    t.core = await probe.openAt(t.dataDir);
    expect(Math.min(...seen)).toBeGreaterThan(0);
  });
});
