// Staff text that the earlier version wrote in clear into the append-only audit trail: the
// hand-off reference of 'hand-over' entries (details.reference, which accepted names and phone
// numbers) and free-text 'key-rotate' reasons. An installation that upgrades keeps those entries;
// the first open that finds the trail verified to its head redacts them (audited, relinked,
// re-anchored), so a purged case's reference is found nowhere. A trail edited behind the app's back
// is never re-signed: it keeps its recorded break.
import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { completeCase } from '../../../tools/fixtures/case-fixtures';
import { createAuditLog, entryBody, GENESIS } from '../../../src-main/core/audit/audit-log';
import { AUDIT_ANCHOR_SECRET, AUDIT_KEY_SECRET, writeAnchor } from '../../../src-main/core/audit/audit-secrets';
import { canonicalJson, hmacHex, sha256Hex } from '../../../src-main/core/audit/hash';
import type { SecretStore } from '../../../src-main/core';
import type { AuditEvent } from '../../../src-main/core/context';
import { listingSecretStore } from '../../support/listing-secret-store';
import { openTestCore, type TestCore } from './open-test-core';
import { editAuditRows, rawDb } from './raw-db';
import { asEarlierSchema } from './audit/earlier-schema';
import { appKeys, dumpTables, filesUnder, searchAll } from './retention/erasure-search';

let listing = listingSecretStore();
/** The keychain, able to refuse anchor writes (the process stopping right after the database commit). */
const keychain = { refuseAnchor: false };
const secrets: SecretStore = {
  get: (n) => listing.get(n),
  delete: (n) => listing.delete(n),
  async set(n, v) {
    if (keychain.refuseAnchor && n === AUDIT_ANCHOR_SECRET) throw new Error('keychain gone');
    await listing.set(n, v);
  },
};
let t: TestCore;
beforeEach(async () => {
  keychain.refuseAnchor = false;
  listing = listingSecretStore();
  t = await openTestCore({ secrets });
});
afterEach(async () => {
  keychain.refuseAnchor = false;
  await t.cleanup();
});

// What the earlier version accepted as a reference (no '@', fewer than 10 digits in a row).
const OLD_REFERENCE = '東大花子 03-123456';
const OLD_REASON = '山田係員の退職(電話 03-5841-0000)';

type Raw = Awaited<ReturnType<typeof rawDb>>;

/** A mail-form case handed over without a reference; returns its id. */
async function handedOverCase(): Promise<{ caseId: string; itemId: string; caseNumber: string }> {
  await t.core.settings.update({ deliveryChannel: 'mail-form' }, { operator: '係長' });
  const d = await t.core.cases.createDraft(completeCase(), { operator: '窓口' });
  await t.core.cases.finalize(d.id, { operator: '係長' });
  const item = await t.core.outbox.enqueue(d.id);
  await t.core.outbox.markHandedOver(item.id, { operator: '窓口' });
  return { caseId: d.id, itemId: item.id, caseNumber: item.caseNumber };
}

/**
 * With the core closed: entries as the earlier version wrote them, chained as it did, then
 * anchored (signed, as this version anchors: the store was opened by it first, its trail says so).
 */
async function writeLegacy(c: { caseId: string; itemId: string; caseNumber: string }, extra: AuditEvent[] = []): Promise<void> {
  await t.core.close();
  const db = await rawDb(t.dataDir, secrets);
  const chainKey = (await secrets.get(AUDIT_KEY_SECRET))!;
  const log = createAuditLog(db, chainKey, () => new Date('2026-05-01T03:10:00Z'));
  log.append({ action: 'hand-over', operator: '窓口', caseId: c.caseId, details: { caseNumber: c.caseNumber, submissionId: c.itemId, kind: 'request', handedOverAt: '2026-05-01T03:10:00.000Z', reference: OLD_REFERENCE } });
  log.append({ action: 'key-rotate', operator: '係長', details: { kid: 'legacy-kid', reason: OLD_REASON, retired: 1 } });
  log.append({ action: 'key-rotate', operator: '係長', details: { kid: 'listed-kid', reason: 'staff-change', retired: 1 } });
  for (const e of extra) log.append(e);
  const anchor = JSON.parse((await secrets.get(AUDIT_ANCHOR_SECRET))!) as { store: string };
  await writeAnchor(secrets, chainKey, { store: anchor.store, ...log.head() });
  db.close();
}

async function withRaw<T>(read: (db: Raw) => T): Promise<T> {
  const db = await rawDb(t.dataDir, secrets);
  try {
    return read(db);
  } finally {
    db.close();
  }
}

const holdsClear = (db: Raw): boolean => dumpTables(db).includes(Buffer.from(OLD_REFERENCE)) || dumpTables(db).includes(Buffer.from(OLD_REASON));
const redactions = (db: Raw) => db.prepare(`SELECT details FROM audit WHERE action = 'audit-redact'`).pluck().all() as string[];

describe('staff text the earlier version left in the audit trail', () => {
  it('is gone from everywhere once its case is purged, and the trail still verifies', async () => {
    const c = await handedOverCase();
    await writeLegacy(c);
    await t.reopen();
    expect(await t.core.verifyAudit()).toMatchObject({ ok: true, problem: null, recordedBreaks: 0 });
    expect(await t.core.getAuditStatus()).toMatchObject({ unredacted: 0 });

    t.clock.now = new Date(Date.parse('2026-05-01T03:00:00Z') + 400 * 86_400_000);
    expect(await t.core.purgeNow({ operator: '係長' })).toMatchObject({ purged: 1 });
    expect(await t.core.verifyAudit()).toMatchObject({ ok: true, problem: null });
    await t.core.close();
    const files = filesUnder(t.dataDir).map((f) => fs.readFileSync(f));
    const db = await rawDb(t.dataDir, secrets);
    const haystacks = [...files, db.serialize(), dumpTables(db)];
    const keys = appKeys(db, listing.entries().map(([, v]) => v));
    const [record] = redactions(db);
    db.close();
    const { hits, figures } = searchAll(haystacks, [OLD_REFERENCE, OLD_REASON], keys);
    expect(hits).toEqual([]);
    expect(figures.bytes).toBeGreaterThan(10_000);
    // The redaction is on record: how many entries, from which head; no value.
    expect(JSON.parse(record!)).toMatchObject({ handOverReferences: 1, rotationReasons: 1 });
    expect(record).toMatch(/"previousHead":"[0-9a-f]{64}"/);
    await t.reopen();
    expect(await t.core.verifyAudit()).toMatchObject({ ok: true });
  });

  it('holds what a new entry holds: withReference and the digest under the live case key; a listed reason stays', async () => {
    const c = await handedOverCase();
    await writeLegacy(c);
    await t.reopen();
    await t.reopen(); // the second open finds nothing left to redact
    const seen = await withRaw((db) => ({
      handOver: db.prepare(`SELECT details, personal FROM audit WHERE action = 'hand-over' AND details LIKE '%"withReference":true%'`).all() as { details: string; personal: string }[],
      reasons: db.prepare(`SELECT json_extract(details, '$.reason') FROM audit WHERE action = 'key-rotate' AND json_extract(details, '$.kid') IN ('legacy-kid', 'listed-kid') ORDER BY seq`).pluck().all(),
      key: db.prepare('SELECT key FROM case_keys WHERE case_id = ?').pluck().get(c.caseId) as string,
      clear: holdsClear(db),
      records: redactions(db).length,
    }));
    expect(seen.handOver).toHaveLength(1);
    expect(JSON.parse(seen.handOver[0]!.details)).not.toHaveProperty('reference');
    expect(JSON.parse(seen.handOver[0]!.personal)).toEqual({ reference: hmacHex(seen.key, OLD_REFERENCE) });
    expect(seen.reasons).toEqual(['other', 'staff-change']);
    expect(seen.clear).toBe(false);
    expect(seen.records).toBe(1);
    expect(await t.core.verifyAudit()).toMatchObject({ ok: true, problem: null, recordedBreaks: 0 });
  });

  it('an entry the earlier version wrote without a reference says so: withReference false, no digest', async () => {
    const c = await handedOverCase();
    await writeLegacy(c, [{ action: 'hand-over', operator: '窓口', caseId: c.caseId, details: { caseNumber: c.caseNumber, submissionId: c.itemId, kind: 'request', handedOverAt: '2026-05-01T03:11:00.000Z', reference: null } }]);
    await t.reopen();
    const last = await withRaw((db) => db.prepare(`SELECT details, personal FROM audit WHERE action = 'hand-over' AND details LIKE '%03:11:00%'`).get() as { details: string; personal: string });
    expect(JSON.parse(last.details)).toEqual({ caseNumber: c.caseNumber, submissionId: c.itemId, kind: 'request', handedOverAt: '2026-05-01T03:11:00.000Z', withReference: false });
    expect(last.personal).toBe('{}');
    expect(await withRaw((db) => JSON.parse(redactions(db)[0]!))).toMatchObject({ handOverReferences: 2, rotationReasons: 1 });
    expect(await t.core.verifyAudit()).toMatchObject({ ok: true, problem: null, recordedBreaks: 0 });
  });

  it('a purged case gets no digest: withReference only', async () => {
    const c = await handedOverCase();
    await writeLegacy(c);
    const db = await rawDb(t.dataDir, secrets);
    db.prepare(`UPDATE cases SET purged_at = ? WHERE id = ?`).run('2027-06-01T00:00:00.000Z', c.caseId);
    db.prepare('DELETE FROM case_keys WHERE case_id = ?').run(c.caseId);
    db.close();
    await t.reopen();
    const personal = await withRaw((db) => db.prepare(`SELECT personal FROM audit WHERE action = 'hand-over' AND details LIKE '%"withReference":true%'`).pluck().get());
    expect(personal).toBe('{}');
    expect(await withRaw((db) => db.prepare('SELECT 1 FROM case_keys WHERE case_id = ?').get(c.caseId))).toBeUndefined();
    expect(await t.core.verifyAudit()).toMatchObject({ ok: true });
  });
});

describe('a trail from before keyed links (plain SHA-256 rows, no anchor, no checkpoint), upgraded', () => {
  it('is adopted with one legacy break, redacted and relinked under the chain key from the first legacy entry on, and verifies', async () => {
    const c = await handedOverCase();
    await t.core.close();
    const db = await rawDb(t.dataDir, secrets);
    const rows = db.prepare('SELECT * FROM audit ORDER BY seq').all() as (Parameters<typeof entryBody>[0] & { seq: number })[];
    const relink = db.prepare('UPDATE audit SET prev_hash = ?, hash = ?, keyed = 0 WHERE seq = ?');
    let prev = GENESIS;
    editAuditRows(db, () => {
      for (const r of rows) {
        const hash = sha256Hex(`${prev}\n${entryBody(r)}`);
        relink.run(prev, hash, r.seq);
        prev = hash;
      }
    });
    const legacy = { seq: rows.length + 1, at: '2026-05-01T03:10:00.000Z', action: 'hand-over', operator: '窓口', case_id: c.caseId, details: canonicalJson({ caseNumber: c.caseNumber, submissionId: c.itemId, kind: 'request', handedOverAt: '2026-05-01T03:10:00.000Z', reference: OLD_REFERENCE }), personal: '{}' };
    db.prepare(`INSERT INTO audit (seq, at, action, operator, case_id, details, personal, prev_hash, hash, keyed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)`)
      .run(legacy.seq, legacy.at, legacy.action, legacy.operator, legacy.case_id, legacy.details, legacy.personal, prev, sha256Hex(`${prev}\n${entryBody(legacy)}`));
    db.prepare(`DELETE FROM meta WHERE key IN ('audit-checkpoint', 'audit-legacy-checked', 'audit-format-seq')`).run();
    asEarlierSchema(db);
    db.close();
    await secrets.delete(AUDIT_ANCHOR_SECRET);
    await t.reopen();
    const after = await withRaw((raw) => ({
      clear: holdsClear(raw),
      keyedFrom: raw.prepare('SELECT MIN(seq) FROM audit WHERE keyed = 1').pluck().get(),
      plainAfter: raw.prepare('SELECT COUNT(*) FROM audit WHERE keyed = 0 AND seq >= ?').pluck().get(legacy.seq),
    }));
    expect(after).toEqual({ clear: false, keyedFrom: legacy.seq, plainAfter: 0 });
    // The upgrade says once that the earlier version's trail could not be verified (which rows).
    const recorded = await withRaw((raw) => raw.prepare(`SELECT details FROM audit WHERE action = 'audit-break'`).pluck().all() as string[]);
    expect(recorded.map((d) => JSON.parse(d) as unknown)).toMatchObject([{ problem: 'legacy-unverified', unverifiedFrom: 1, unverifiedTo: legacy.seq }]);
    expect(await t.core.getAuditStatus()).toMatchObject({ unacknowledged: 1, lastProblem: 'legacy-unverified' });
    expect(await t.core.verifyAudit()).toMatchObject({ ok: false, problem: null, recordedBreaks: 1 });
    await t.reopen();
    expect(await t.core.verifyAudit()).toMatchObject({ ok: false, problem: null, recordedBreaks: 1 });
  });
});

describe('a trail edited before the redaction', () => {
  it.each([
    ['an old entry before them', 'seq = 2'],
    ['the legacy entry itself', `action = 'hand-over' AND details LIKE '%"reference"%'`],
  ])('is not re-signed (%s edited): the edit stays a recorded break and the entries stay as they were', async (_, where) => {
    const c = await handedOverCase();
    await writeLegacy(c);
    // Someone with the data folder (not the chain key) edits an entry.
    const db = await rawDb(t.dataDir, secrets);
    const edited = db.prepare(`SELECT seq FROM audit WHERE ${where}`).pluck().get() as number;
    editAuditRows(db, () => db.prepare(`UPDATE audit SET operator = '誰か' WHERE seq = ?`).run(edited));
    db.close();
    await t.reopen();
    expect(await t.core.verifyAudit()).toMatchObject({ ok: false, problem: 'rewritten', firstBroken: edited });
    await t.reopen(); // the next open does not re-sign it either; the break is on record
    expect(await t.core.verifyAudit()).toMatchObject({ ok: false, problem: 'rewritten', firstBroken: edited, recordedBreaks: 1 });
    // ...and says that the reference and the free-text reason are still there in clear.
    expect(await t.core.getAuditStatus()).toMatchObject({ unacknowledged: 1, unredacted: 2 });
    await t.core.close();
    expect(await withRaw((raw) => ({ clear: holdsClear(raw), records: redactions(raw).length }))).toEqual({ clear: true, records: 0 });
    await t.reopen();
  });

  it('an anchor that disagrees (rows cut after it) is a break, and nothing is redacted', async () => {
    const c = await handedOverCase();
    await writeLegacy(c);
    const db = await rawDb(t.dataDir, secrets);
    const head = db.prepare('SELECT MAX(seq) FROM audit').pluck().get() as number;
    editAuditRows(db, () => db.prepare('DELETE FROM audit WHERE seq = ?').run(head));
    db.close();
    await t.reopen();
    const v = await t.core.verifyAudit();
    expect(v.ok).toBe(false);
    expect(v.recordedBreaks).toBeGreaterThan(0);
    expect(await withRaw((raw) => redactions(raw).length)).toBe(0);
  });
});

/** meta declared again with the same rows, with `extra` as a table constraint (or none, as shipped). */
function redeclareMeta(db: Awaited<ReturnType<typeof rawDb>>, extra: string): void {
  db.exec(`CREATE TABLE meta_new (key TEXT PRIMARY KEY, value TEXT NOT NULL${extra === '' ? '' : `, ${extra}`}) STRICT;
    INSERT INTO meta_new SELECT key, value FROM meta; DROP TABLE meta; ALTER TABLE meta_new RENAME TO meta;`);
}

describe('a crash during the redaction', () => {
  it('after the database commit, before the anchor: a recorded break at the next open, never a silent pass', async () => {
    const c = await handedOverCase();
    await writeLegacy(c);
    keychain.refuseAnchor = true; // from here on the process writes nothing more to the keychain
    await t.reopen();
    await t.core.close();
    expect(await withRaw((raw) => ({ clear: holdsClear(raw), records: redactions(raw).length }))).toEqual({ clear: false, records: 1 });
    keychain.refuseAnchor = false;
    await t.reopen();
    expect(await t.core.verifyAudit()).toMatchObject({ ok: false, problem: null, recordedBreaks: 1 });
    const problems = await withRaw((raw) => raw.prepare(`SELECT json_extract(details, '$.problem') FROM audit WHERE action = 'audit-break'`).pluck().all());
    expect(problems).toEqual(['anchor-older']);
  });

  it('before the commit: nothing changed, the trail verifies, and the next open redacts', async () => {
    const c = await handedOverCase();
    await writeLegacy(c);
    const db = await rawDb(t.dataDir, secrets);
    // The redaction's last write fails (a trigger would be a schema change, put back as a break of
    // its own before the redaction runs): meta declared with a CHECK that keeps that one key as it is.
    const checked = db.prepare(`SELECT value FROM meta WHERE key = 'audit-legacy-checked'`).pluck().get() as string | undefined;
    redeclareMeta(db, `CHECK (key != 'audit-legacy-checked'${checked === undefined ? '' : ` OR value = '${checked}'`})`);
    db.close();
    await t.reopen();
    expect(await t.core.verifyAudit()).toMatchObject({ ok: true, problem: null, recordedBreaks: 0 });
    await t.core.close();
    const after = await rawDb(t.dataDir, secrets);
    expect(holdsClear(after)).toBe(true);
    expect(() => after.prepare(`UPDATE audit SET operator = 'x' WHERE seq = 1`).run()).toThrow(/append-only/);
    redeclareMeta(after, '');
    after.close();
    await t.reopen();
    expect(await withRaw((raw) => holdsClear(raw))).toBe(false);
    expect(await t.core.verifyAudit()).toMatchObject({ ok: true, problem: null, recordedBreaks: 0 });
  });
});
