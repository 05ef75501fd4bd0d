// A row whose stored values the chain never holds (a table re-declared without STRICT lets the
// database holder store a non-finite number, a blob or anything else) is a broken row like any
// other: recorded as a break, whether it lies behind the checkpoint (the full check finds it) or
// after it (the check at open finds it); it never stops a check or the open.
import { describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3-multiple-ciphers';
import { openCore, type Core } from '../../../../src-main/core';
import type { TestCore } from '../open-test-core';
import { redeclareLoosely } from './loose-audit-table';
import { useProbeCore } from './probe-access';

const probe = useProbeCore();
const { editRaw, withRaw } = probe;

const breaksOn = (dataDir: string) => withRaw(dataDir, (db) => (db.prepare(`SELECT details FROM audit WHERE action = 'audit-break' ORDER BY seq`).pluck().all() as string[])
  .map((d) => (JSON.parse(d) as { problem: string }).problem));

async function openWithFullCheck(): Promise<Core> {
  const t = probe.current();
  t.core = await openCore({ dataDir: t.dataDir, secrets: t.secrets, now: () => t.clock.now, profilePath: null, afterOpenDelayMs: 10 });
  return t.core;
}

async function fullCheckSettled(core: Core): Promise<void> {
  for (let i = 0; i < 300 && ['waiting', 'running'].includes((await core.getAuditStatus()).fullCheck.state); i += 1) {
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** `n` drafts, then with the core closed: the table re-declared loosely and `edit` made. */
async function loosenedAfter(n: number, edit: (db: Database.Database) => void): Promise<TestCore> {
  const t = probe.current();
  for (let i = 0; i < n; i += 1) await t.core.cases.createDraft({ applicant: { name: `n${i}` } });
  await t.core.close();
  await editRaw(t.dataDir, (db) => {
    redeclareLoosely(db);
    edit(db);
  });
  return t;
}

describe('a row holding a value the chain never holds', () => {
  it('behind the checkpoint: the background full check records it, and so does "check now"', async () => {
    const t = await loosenedAfter(4, (db) => db.prepare(`UPDATE audit SET operator = 'someone else', at = 9e999 WHERE seq = 3`).run());
    const core = await openWithFullCheck();
    await fullCheckSettled(core);
    const background = await core.getAuditStatus();
    expect(background.fullCheck.state).toBe('done');
    expect(background.fullCheck.last).toMatchObject({ ok: false });
    expect(background.unacknowledged).toBeGreaterThan(0);
    const v = await core.verifyAudit();
    expect(v).toMatchObject({ ok: false, firstBroken: 3 });
    await core.close();
    expect(await breaksOn(t.dataDir)).toEqual(['schema-changed', 'rewritten']);
    t.core = await probe.openAt(t.dataDir);
  });

  it('after the checkpoint: the open goes ahead and records it', async () => {
    const t = await loosenedAfter(2, (db) => {
      const head = Number(db.prepare('SELECT max(seq) FROM audit').pluck().get());
      // Rows added behind the app's back after the checkpoint: a non-finite time and a blob.
      const last = db.prepare('SELECT * FROM audit WHERE seq = ?').get(head) as { hash: string };
      const ins = db.prepare(`INSERT INTO audit (seq, at, action, operator, case_id, details, personal, prev_hash, hash, keyed) VALUES (?, ?, 'draft', 'x', NULL, '{}', '{}', ?, ?, 1)`);
      ins.run(head + 1, Number.POSITIVE_INFINITY, last.hash, 'h1');
      ins.run(head + 2, Buffer.from('not a time'), 'h1', 'h2');
    });
    t.core = await probe.openAt(t.dataDir);
    expect((await t.core.getAuditStatus()).unacknowledged).toBeGreaterThan(0);
    const first = await t.core.verifyAudit();
    expect(first).toMatchObject({ ok: false });
    await t.core.close();
    const breaks = await breaksOn(t.dataDir);
    expect(breaks).toEqual(['schema-changed', 'rewritten']);
    // The same rows, walked again: the same break, not a new one.
    t.core = await probe.openAt(t.dataDir);
    await t.core.verifyAudit();
    await t.core.close();
    expect(await breaksOn(t.dataDir)).toEqual(breaks);
    t.core = await probe.openAt(t.dataDir);
  });
});
