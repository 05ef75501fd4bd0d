// The audit trail fails closed. The attacker holds the data folder, the database key and the
// keychain: they delete, garble or put back the keychain anchor, delete the checkpoint, and cut the
// newest rows. Every such edit must end in a recorded break (never `ok: true`), shown until staff
// acknowledge it. A consistent forgery of every store at once is out of reach of any local check
// (checkpoint.ts says why); these are the edits that leave the stores disagreeing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../src-main/core';
import { AUDIT_ANCHOR_SECRET } from '../../../src-main/core/audit/audit-secrets';
import { openTestCore, rejection, type TestCore } from './open-test-core';
import { editAuditRows, rawDb } from './raw-db';

let t: TestCore;
beforeEach(async () => {
  t = await openTestCore();
});
afterEach(async () => {
  await t.cleanup();
});

type Raw = Awaited<ReturnType<typeof rawDb>>;

async function drafts(n: number): Promise<void> {
  for (let i = 0; i < n; i += 1) await t.core.cases.createDraft({ applicant: { name: `n${i}` } });
}

/** With the core closed: lift the append-only triggers, edit the file, put them back. */
async function tamperDb(edit: (db: Raw) => void): Promise<void> {
  const db = await rawDb(t.dataDir, t.secrets);
  editAuditRows(db, () => edit(db));
  db.close();
}

const cutAfter = (seq: number) => (db: Raw) => db.prepare('DELETE FROM audit WHERE seq > ?').run(seq);
const headOf = async (): Promise<number> => {
  const db = await rawDb(t.dataDir, t.secrets);
  try {
    return Number(db.prepare('SELECT max(seq) FROM audit').pluck().get());
  } finally {
    db.close();
  }
};

async function open(opts: { afterOpenDelayMs?: number } = {}): Promise<Core> {
  t.core = await openCore({ dataDir: t.dataDir, secrets: t.secrets, now: () => t.clock.now, profilePath: null, ...opts });
  return t.core;
}

async function breaks(): Promise<string[]> {
  await t.core.close();
  const db = await rawDb(t.dataDir, t.secrets);
  try {
    return (db.prepare(`SELECT details FROM audit WHERE action = 'audit-break' ORDER BY seq`).pluck().all() as string[])
      .map((d) => (JSON.parse(d) as { problem: string }).problem);
  } finally {
    db.close();
    await open();
  }
}

describe('a cut trail is noticed whatever happened to the anchor', () => {
  it('anchor deleted, newest rows cut: a recorded break', async () => {
    await drafts(4);
    await t.core.close();
    const head = await headOf();
    await t.secrets.delete(AUDIT_ANCHOR_SECRET);
    await tamperDb(cutAfter(head - 2));
    await open();
    expect(await t.core.verifyAudit()).toMatchObject({ ok: false });
    // Each kind of break on its own: the rows the checkpoint vouched for are gone, and so is the anchor.
    expect(await breaks()).toEqual(['truncated', 'anchor-missing']);
  });

  it('anchor deleted, checkpoint deleted, newest rows cut: still a break (keyed rows need an anchor)', async () => {
    await drafts(4);
    await t.core.close();
    const head = await headOf();
    await t.secrets.delete(AUDIT_ANCHOR_SECRET);
    await tamperDb((db) => {
      cutAfter(head - 2)(db);
      db.prepare(`DELETE FROM meta WHERE key = 'audit-checkpoint'`).run();
    });
    await open();
    expect(await t.core.verifyAudit()).toMatchObject({ ok: false });
    expect(await breaks()).toEqual(['anchor-missing', 'checkpoint-damaged']);
  });

  it('anchor deleted alone: a break of its own', async () => {
    await drafts(2);
    await t.core.close();
    await t.secrets.delete(AUDIT_ANCHOR_SECRET);
    await open();
    expect(await breaks()).toEqual(['anchor-missing']);
    expect(await t.core.verifyAudit()).toMatchObject({ ok: false, recordedBreaks: 1 });
  });

  it('anchor garbled, newest rows cut: a recorded break', async () => {
    await drafts(4);
    await t.core.close();
    const head = await headOf();
    await t.secrets.set(AUDIT_ANCHOR_SECRET, '{"store": garbage');
    await tamperDb((db) => {
      cutAfter(head - 2)(db);
      db.prepare(`DELETE FROM meta WHERE key = 'audit-checkpoint'`).run();
    });
    await open();
    expect(await breaks()).toEqual(['anchor-garbled', 'checkpoint-damaged']);
    expect((await t.core.verifyAudit()).ok).toBe(false);
  });

  it('an older anchor put back, newest rows cut (but not below it): a recorded break', async () => {
    await drafts(3);
    await t.core.close();
    const older = (await t.secrets.get(AUDIT_ANCHOR_SECRET))!;
    const olderSeq = (JSON.parse(older) as { seq: number }).seq;
    await open();
    await drafts(4);
    await t.core.close();
    await t.secrets.set(AUDIT_ANCHOR_SECRET, older);
    await tamperDb(cutAfter(olderSeq + 1));
    await open();
    expect((await t.core.verifyAudit()).ok).toBe(false);
    expect(await breaks()).toEqual(['truncated', 'anchor-older']);
  });

  it('an older anchor put back and the checkpoint deleted: the anchor said there was one', async () => {
    await drafts(3);
    await t.core.close();
    await open(); // anchors again, now with a checkpoint on disk
    await t.core.close();
    const older = (await t.secrets.get(AUDIT_ANCHOR_SECRET))!;
    const olderSeq = (JSON.parse(older) as { seq: number }).seq;
    await open();
    await drafts(4);
    await t.core.close();
    await t.secrets.set(AUDIT_ANCHOR_SECRET, older);
    await tamperDb((db) => {
      cutAfter(olderSeq + 1)(db);
      db.prepare(`DELETE FROM meta WHERE key = 'audit-checkpoint'`).run();
    });
    await open();
    expect(await breaks()).toEqual(['checkpoint-damaged']);
  });

  it('an older anchor put back while the checkpoint is newer: the anchor was rolled back', async () => {
    await drafts(2);
    await t.core.close();
    const older = (await t.secrets.get(AUDIT_ANCHOR_SECRET))!;
    await open();
    await drafts(3);
    await t.core.close();
    await t.secrets.set(AUDIT_ANCHOR_SECRET, older);
    await open();
    expect(await breaks()).toEqual(['anchor-older']);
  });

  it('a checkpoint edited without the chain key is a break, and the open walks the whole chain instead', async () => {
    await drafts(3);
    await t.core.close();
    await tamperDb((db) => {
      const raw = db.prepare(`SELECT value FROM meta WHERE key = 'audit-checkpoint'`).pluck().get() as string;
      const cp = JSON.parse(raw) as { tally: { breaks: number } };
      cp.tally.breaks = 0;
      db.prepare(`UPDATE meta SET value = ? WHERE key = 'audit-checkpoint'`).run(JSON.stringify({ ...cp, seq: 1 }));
    });
    await open();
    expect(await breaks()).toEqual(['checkpoint-damaged']);
  });
});

describe('the check at open starts at the checkpoint; the background check covers the rest', () => {
  it('an old row edited behind the checkpoint is found by the full check that runs after open', async () => {
    await drafts(5);
    await t.core.close();
    await tamperDb((db) => db.prepare(`UPDATE audit SET operator = 'someone else' WHERE seq = 2`).run());
    await open({ afterOpenDelayMs: 50 });
    // The open itself walked only the rows after its checkpoint: nothing found yet.
    expect(await t.core.getAuditStatus()).toMatchObject({ recordedBreaks: 0, unacknowledged: 0 });
    for (let i = 0; i < 200 && (await t.core.getAuditStatus()).fullCheck.state !== 'done'; i += 1) await new Promise((r) => setTimeout(r, 10));
    const status = await t.core.getAuditStatus();
    expect(status).toMatchObject({ recordedBreaks: 1, unacknowledged: 1, lastProblem: 'rewritten' });
    expect(status.fullCheck.last).toMatchObject({ ok: false });
    expect(await t.core.verifyAudit()).toMatchObject({ ok: false, firstBroken: 2, problem: 'rewritten', recordedBreaks: 1 });
    expect(await breaks()).toEqual(['rewritten']); // the same break is recorded once
  });
});

describe('acknowledging a break', () => {
  it('shows until a staff member acknowledges it, audited; a new break shows again', async () => {
    await drafts(2);
    expect(await t.core.getAuditStatus()).toMatchObject({ recordedBreaks: 0, unacknowledged: 0, lastProblem: null });
    await t.core.close();
    await t.secrets.delete(AUDIT_ANCHOR_SECRET);
    await open();
    expect(await t.core.getAuditStatus()).toMatchObject({ recordedBreaks: 1, unacknowledged: 1, lastProblem: 'anchor-missing' });
    expect((await rejection(t.core.acknowledgeAuditBreaks({ operator: 'system', through: (await t.core.getAuditStatus()).lastBreak }))).code).toBe('validation');
    expect((await rejection(t.core.acknowledgeAuditBreaks({ operator: '通りすがり', through: (await t.core.getAuditStatus()).lastBreak }))).issues[0]?.code).toBe('operator.not-staff');
    expect(await t.core.acknowledgeAuditBreaks({ operator: '係長', through: (await t.core.getAuditStatus()).lastBreak })).toMatchObject({ recordedBreaks: 1, unacknowledged: 0 });
    await t.core.close();
    await open();
    expect(await t.core.getAuditStatus()).toMatchObject({ recordedBreaks: 1, unacknowledged: 0 });
    const db = await rawDb(t.dataDir, t.secrets);
    const ack = db.prepare(`SELECT operator, details FROM audit WHERE action = 'audit-ack'`).get() as { operator: string; details: string };
    db.close();
    expect(ack.operator).toBe('係長');
    await t.core.close();
    await t.secrets.set(AUDIT_ANCHOR_SECRET, 'not json');
    await open();
    expect(await t.core.getAuditStatus()).toMatchObject({ recordedBreaks: 2, unacknowledged: 1, lastProblem: 'anchor-garbled' });
  });
});
