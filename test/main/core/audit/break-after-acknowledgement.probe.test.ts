// A break is recorded again after staff acknowledged one like it: an acknowledgement never hides a
// later break of the same kind, and a rewritten row on record never hides a later cut.
import { describe, expect, it } from 'vitest';
import { AUDIT_ANCHOR_SECRET } from '../../../../src-main/core/audit/audit-secrets';
import type { Core } from '../../../../src-main/core';
import { useProbeCore } from './probe-access';

const probe = useProbeCore();
const { openAt, editRaw, withRaw } = probe;

async function drafts(core: Core, n: number, prefix: string): Promise<void> {
  for (let i = 0; i < n; i += 1) await core.cases.createDraft({ applicant: { name: `${prefix}${i}` } });
}

const headOf = (dataDir: string) => withRaw(dataDir, (db) => Number(db.prepare('SELECT max(seq) FROM audit').pluck().get()));

/** Rows after `keep` cut and the checkpoint deleted, behind the app's back. */
const cutAfter = (dataDir: string, keep: number) => editRaw(dataDir, (db) => {
  db.prepare(`DELETE FROM meta WHERE key = 'audit-checkpoint'`).run();
  db.prepare('DELETE FROM audit WHERE seq > ?').run(keep);
});

async function bannerAt(dataDir: string) {
  const core = await openAt(dataDir);
  try {
    await core.verifyAudit();
    return await core.getAuditStatus();
  } finally {
    await core.close();
  }
}

describe('the same kind of anchor break after an acknowledged one', () => {
  for (const how of ['deleted', 'garbled'] as const) {
    it(`anchor ${how}, acknowledged; later rows cut with the anchor ${how} again and the checkpoint deleted: shown again`, async () => {
      const t = probe.current();
      await drafts(t.core, 3, 'n');
      await t.core.close();
      const spoil = async () => (how === 'deleted' ? t.secrets.delete(AUDIT_ANCHOR_SECRET) : t.secrets.set(AUDIT_ANCHOR_SECRET, 'x'));
      await spoil(); // a "keychain hiccup"
      let core = await openAt(t.dataDir);
      expect((await core.getAuditStatus()).unacknowledged).toBe(1);
      await core.acknowledgeAuditBreaks({ operator: '係長', through: (await core.getAuditStatus()).lastBreak });
      await core.close();
      const keep = await headOf(t.dataDir);
      core = await openAt(t.dataDir);
      await drafts(core, 5, 'hidden'); // the rows the attacker wants gone
      await core.close();
      await cutAfter(t.dataDir, keep);
      await spoil();
      expect((await bannerAt(t.dataDir)).unacknowledged).toBeGreaterThan(0);
      t.core = await openAt(t.dataDir);
    });
  }

  it('the anchor lost again after the app wrote it, not yet acknowledged: a new entry', async () => {
    const t = probe.current();
    await drafts(t.core, 2, 'n');
    await t.core.close();
    await t.secrets.delete(AUDIT_ANCHOR_SECRET);
    await (await openAt(t.dataDir)).close(); // recorded, then anchored again at close
    await t.secrets.delete(AUDIT_ANCHOR_SECRET);
    await (await openAt(t.dataDir)).close();
    const problems = await withRaw(t.dataDir, (db) => db.prepare(`SELECT json_extract(details, '$.problem') FROM audit WHERE action = 'audit-break'`).pluck().all());
    expect(problems).toEqual(['anchor-missing', 'anchor-missing']);
    t.core = await openAt(t.dataDir);
  });
});

/** Row 2 edited behind the app's back, the break recorded (full check) and acknowledged; the core closed. */
async function rewrittenAndAcknowledged(): Promise<string> {
  const t = probe.current();
  await drafts(t.core, 3, 'n');
  await t.core.close();
  await editRaw(t.dataDir, (db) => db.prepare(`UPDATE audit SET operator = 'typo fixed' WHERE seq = 2`).run());
  const core = await openAt(t.dataDir);
  expect((await core.verifyAudit()).problem).toBe('rewritten');
  await core.acknowledgeAuditBreaks({ operator: '係長', through: (await core.getAuditStatus()).lastBreak });
  await core.close();
  return t.dataDir;
}

describe('after a rewritten row is on record and acknowledged, a later cut', () => {
  for (const anchor of ['kept', 'deleted'] as const) {
    it(`newest rows cut, checkpoint deleted, anchor ${anchor}: shown again`, async () => {
      const t = probe.current();
      await rewrittenAndAcknowledged();
      const keep = await headOf(t.dataDir);
      const core = await openAt(t.dataDir);
      await drafts(core, 5, 'hidden');
      await core.close();
      await cutAfter(t.dataDir, keep);
      if (anchor === 'deleted') await t.secrets.delete(AUDIT_ANCHOR_SECRET);
      const s = await bannerAt(t.dataDir);
      expect(s.unacknowledged).toBeGreaterThan(0);
      expect(s.lastProblem).not.toBe('rewritten');
      t.core = await openAt(t.dataDir);
    });
  }

  it('the same rewritten row alone is not reported again', async () => {
    const dataDir = await rewrittenAndAcknowledged();
    expect(await bannerAt(dataDir)).toMatchObject({ recordedBreaks: 1, unacknowledged: 0 });
    probe.current().core = await openAt(dataDir);
  });

  it('the rewritten row edited once more after the acknowledgement: shown again', async () => {
    const dataDir = await rewrittenAndAcknowledged();
    await editRaw(dataDir, (db) => db.prepare(`UPDATE audit SET operator = 'typo fixed again' WHERE seq = 2`).run());
    expect(await bannerAt(dataDir)).toMatchObject({ recordedBreaks: 2, unacknowledged: 1, lastProblem: 'rewritten' });
    probe.current().core = await openAt(dataDir);
  });
});
