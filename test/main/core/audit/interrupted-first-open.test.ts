// The open that creates or upgrades a store, stopped before the keychain holds its first anchor (a
// keychain that refuses once, a crash): the next start judges the trail as that open would have,
// never as a cut trail of this version. And the record that makes this so is no tool for someone
// holding the data folder, the database key and write access to the keychain.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore, type SecretStore } from '../../../../src-main/core';
import { AUDIT_ANCHOR_SECRET, AUDIT_KEY_SECRET } from '../../../../src-main/core/audit/audit-secrets';
import { databasePath } from '../../../../src-main/core/store/open-database';
import { tempDir } from '../open-test-core';
import { asEarlierSchema, plainRelink } from './earlier-schema';
import { useProbeCore } from './probe-access';

const probe = useProbeCore();
const { openAt, withRaw, editRaw } = probe;

const breaksOn = (dataDir: string) => withRaw(dataDir, (db) => (db.prepare(`SELECT details FROM audit WHERE action = 'audit-break' ORDER BY seq`).pluck().all() as string[])
  .map((d) => (JSON.parse(d) as { problem: string }).problem));

/** A keychain that refuses one operation on one entry while `refuse.on`. */
function refusing(inner: SecretStore, name: string, op: 'get' | 'set') {
  const refuse = { on: true };
  const no = () => Promise.reject(new Error('keychain locked'));
  const s: SecretStore = {
    get: (n) => (refuse.on && n === name && op === 'get' ? no() : inner.get(n)),
    set: (n, v) => (refuse.on && n === name && op === 'set' ? no() : inner.set(n, v)),
    delete: (n) => inner.delete(n),
  };
  return { s, refuse };
}

/** Opens, runs the full check, and reads the banner; closes again. */
async function checked(dataDir: string) {
  const core = await openAt(dataDir);
  try {
    const v = await core.verifyAudit();
    const s = await core.getAuditStatus();
    return { ok: v.ok, unacknowledged: s.unacknowledged };
  } finally {
    await core.close();
  }
}

describe('the first start on a PC, when the keychain refuses once', () => {
  it('to store the chain key: nothing is written, and the next start is a clean new store', async () => {
    const t = probe.current();
    const dataDir = path.join(tempDir('salvage-first-key-'), 'data');
    await t.secrets.delete(AUDIT_ANCHOR_SECRET);
    await t.secrets.delete(AUDIT_KEY_SECRET); // a PC on which the app never ran
    const { s } = refusing(t.secrets, AUDIT_KEY_SECRET, 'set');
    await expect(openCore({ dataDir, secrets: s, now: () => t.clock.now, profilePath: null })).rejects.toMatchObject({ code: 'keychain-unavailable' });
    expect(fs.existsSync(databasePath(dataDir))).toBe(false);
    expect(await checked(dataDir)).toEqual({ ok: true, unacknowledged: 0 });
    expect(await breaksOn(dataDir)).toEqual([]);
  });

  it('to store the first anchor: the start stops after its first entry, and the next start is clean', async () => {
    const t = probe.current();
    const dataDir = path.join(tempDir('salvage-first-anchor-'), 'data');
    await t.secrets.delete(AUDIT_ANCHOR_SECRET);
    const { s } = refusing(t.secrets, AUDIT_ANCHOR_SECRET, 'set');
    await expect(openCore({ dataDir, secrets: s, now: () => t.clock.now, profilePath: null })).rejects.toMatchObject({ code: 'keychain-unavailable' });
    expect(await withRaw(dataDir, (db) => db.prepare('SELECT action FROM audit').pluck().all())).toEqual(['audit-format']);
    expect(await checked(dataDir)).toEqual({ ok: true, unacknowledged: 0 });
    expect(await checked(dataDir)).toEqual({ ok: true, unacknowledged: 0 }); // and held to this version's rules since
    expect(await breaksOn(dataDir)).toEqual([]);
  });
});

describe('the open that upgrades from the schema before the format entry, stopped once', () => {
  /** A store of the earlier version: three drafts, a trail of plain links, no checkpoint, no anchor. */
  async function earlierStore(): Promise<string> {
    const t = probe.current();
    for (let i = 0; i < 3; i += 1) await t.core.cases.createDraft({ applicant: { name: `n${i}` } });
    await t.core.close();
    await editRaw(t.dataDir, (db) => {
      db.prepare(`DELETE FROM meta WHERE key IN ('audit-checkpoint', 'audit-format-seq')`).run();
      plainRelink(db, (r) => r.action === 'audit-format');
      asEarlierSchema(db);
    });
    await t.secrets.delete(AUDIT_ANCHOR_SECRET);
    return t.dataDir;
  }

  async function nextStart(dataDir: string) {
    const t = probe.current();
    t.core = await openAt(dataDir);
    const s = await t.core.getAuditStatus();
    await t.core.close();
    const breaks = await breaksOn(dataDir);
    t.core = await openAt(dataDir);
    return { unacknowledged: s.unacknowledged, lastProblem: s.lastProblem, breaks };
  }

  it.each([
    { when: 'by a keychain that cannot read the anchor: the schema stays', op: 'get' as const, schema: 10 },
    { when: 'after the schema changed (the first anchor refused)', op: 'set' as const, schema: 11 },
  ])('$when, and the next start records the one legacy break, not a cut trail', async ({ op, schema }) => {
    const t = probe.current();
    const dataDir = await earlierStore();
    const { s } = refusing(t.secrets, AUDIT_ANCHOR_SECRET, op);
    await expect(openCore({ dataDir, secrets: s, now: () => t.clock.now, profilePath: null })).rejects.toMatchObject({ code: 'keychain-unavailable' });
    expect(await withRaw(dataDir, (db) => Number(db.pragma('user_version', { simple: true })))).toBe(schema);
    expect(await nextStart(dataDir)).toEqual({ unacknowledged: 1, lastProblem: 'legacy-unverified', breaks: ['legacy-unverified'] });
  });
});

describe('the record of an unfinished first open, planted on a used store', () => {
  /** A used store cut back to its first entry, checkpoint and anchor gone, and `marker` as its origin record. */
  async function cutWith(marker: string): Promise<{ unacknowledged: number; breaks: string[] }> {
    const t = probe.current();
    for (let i = 0; i < 3; i += 1) await t.core.cases.createDraft({ applicant: { name: `n${i}` } });
    await t.core.close();
    await editRaw(t.dataDir, (db) => {
      db.prepare('DELETE FROM audit WHERE seq > 1').run();
      db.prepare(`DELETE FROM meta WHERE key IN ('audit-checkpoint', 'audit-format-seq')`).run();
      db.prepare(`INSERT INTO meta (key, value) VALUES ('trail-origin', ?)`).run(marker);
    });
    await t.secrets.delete(AUDIT_ANCHOR_SECRET);
    t.core = await openAt(t.dataDir);
    const s = await t.core.getAuditStatus();
    return { unacknowledged: s.unacknowledged, breaks: await breaksOn(t.dataDir) };
  }

  it('hand-written: the cut trail is a recorded break', async () => {
    const found = await cutWith(JSON.stringify({ origin: 'created', mac: '0'.repeat(64) }));
    expect(found.breaks).toEqual(['anchor-missing', 'checkpoint-damaged']);
  });

  it('copied from a store whose first start really stopped: the cut trail is a recorded break', async () => {
    const t = probe.current();
    const other = path.join(tempDir('salvage-other-'), 'data');
    const { s } = refusing(t.secrets, AUDIT_ANCHOR_SECRET, 'set');
    const saved = await t.secrets.get(AUDIT_ANCHOR_SECRET);
    await expect(openCore({ dataDir: other, secrets: s, now: () => t.clock.now, profilePath: null })).rejects.toBeTruthy();
    const marker = await withRaw(other, (db) => db.prepare(`SELECT value FROM meta WHERE key = 'trail-origin'`).pluck().get() as string);
    expect(JSON.parse(marker)).toMatchObject({ origin: 'created' });
    await t.secrets.set(AUDIT_ANCHOR_SECRET, saved!);
    const found = await cutWith(marker);
    expect(found.breaks).toEqual(['anchor-missing', 'checkpoint-damaged']);
  });

  it('its own, kept from its first start that stopped, put back after the store was used and cut: a recorded break', async () => {
    const t = probe.current();
    const dataDir = path.join(tempDir('salvage-own-'), 'data');
    const { s } = refusing(t.secrets, AUDIT_ANCHOR_SECRET, 'set');
    await expect(openCore({ dataDir, secrets: s, now: () => t.clock.now, profilePath: null })).rejects.toBeTruthy();
    const marker = await withRaw(dataDir, (db) => db.prepare(`SELECT value FROM meta WHERE key = 'trail-origin'`).pluck().get() as string);
    const core = await openAt(dataDir); // the keychain answers again: the store is used
    await core.cases.createDraft({ applicant: { name: 'n0' } });
    await core.close();
    await editRaw(dataDir, (db) => {
      db.prepare('DELETE FROM audit WHERE seq > 1').run();
      db.prepare(`DELETE FROM meta WHERE key IN ('audit-checkpoint', 'audit-format-seq')`).run();
      db.prepare(`INSERT INTO meta (key, value) VALUES ('trail-origin', ?)`).run(marker);
    });
    await t.secrets.delete(AUDIT_ANCHOR_SECRET);
    await (await openAt(dataDir)).close();
    expect(await breaksOn(dataDir)).toEqual(['anchor-missing', 'checkpoint-damaged']);
  });
});
