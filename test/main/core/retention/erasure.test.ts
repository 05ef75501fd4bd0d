// THE erasure test: after a purge, someone holding the data folder, the
// database key and every other secret in the keychain finds no trace of a purged value.
import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { completeCase } from '../../../../tools/fixtures/case-fixtures';
import { listingSecretStore } from '../../../support/listing-secret-store';
import { deliver, startDesk } from '../deliver-through-desk';
import { openTestCore, type TestCore } from '../open-test-core';
import { rawDb } from '../raw-db';
import { appKeys, dumpTables, filesUnder, searchAll, snapshotsHeld } from './erasure-search';

const secrets = listingSecretStore();
let t: TestCore;
let desk: Awaited<ReturnType<typeof startDesk>>;
beforeEach(async () => {
  t = await openTestCore({ secrets });
  desk = await startDesk(t.core);
});
afterEach(async () => {
  await desk.stop();
  await t.cleanup();
});

const VALUES = {
  name: '消去 確認子',
  nameKana: 'しょうきょ かくにんこ',
  utokyoAccount: '9876543210',
  studentNumber: '05-987654',
  contactEmail: 'erase.check@example.org',
};
const REASON = '消去試験のため、在学時に受け取った研究室の連絡メールと共有データの記録を確認する必要があるため';
const AMENDED_KANA = 'しょうきょ かくにんし';
const AMENDED_NAME = '消去 確認美';
const AMEND_REASON = '読み仮名の訂正(消去試験)';
// What staff type at the hand-off of a second case (mail form): a reference made to look like a
// name and student number (refused), one in the desk's alphabet that still names someone, and an
// undo reason full of personal data.
const REFUSED_REFERENCE = '東大花子 03-123456';
const REFERENCE = 'HANAKO-03-123456';
const FINAL_REFERENCE = 'TODAI-HANAKO-2026#77';
const UNDO_REASON = '申請者 東大 花子 hanako@example.com から電話';

/** A second case handed over through the mail form, undone, and handed over again. */
async function handOffTwice(core: TestCore['core']): Promise<string> {
  await core.settings.update({ deliveryChannel: 'mail-form' }, { operator: '係長' });
  const d = await core.cases.createDraft(completeCase(), { operator: '窓口' });
  await core.cases.finalize(d.id, { operator: '係長' });
  const item = await core.outbox.enqueue(d.id);
  await expect(core.outbox.markHandedOver(item.id, { operator: '窓口', reference: REFUSED_REFERENCE })).rejects.toMatchObject({ code: 'validation' });
  await core.outbox.markHandedOver(item.id, { operator: '窓口', reference: REFERENCE });
  await core.outbox.undoHandOver(item.id, { operator: '係長', reason: UNDO_REASON });
  await core.outbox.markHandedOver(item.id, { operator: '窓口', reference: FINAL_REFERENCE });
  return d.id;
}

const prefixes = (v: string): string[] => [...v].map((_, i) => [...v].slice(0, i + 1).join(''));

describe('erasure', () => {
  it('leaves no purged value, nor any digest of one under any key the app holds, anywhere in the data folder', async () => {
    // Staff type the case key by key: every prefix is autosaved (and was digested in the trail).
    const d = await t.core.cases.createDraft({}, { operator: '窓口' });
    for (const [field, value] of Object.entries(VALUES)) {
      for (const p of prefixes(value)) await t.core.cases.update(d.id, { applicant: { [field]: p } }, { operator: '窓口' });
    }
    for (const p of prefixes(REASON).filter((_, i) => i % 7 === 6 || i === [...REASON].length - 1)) {
      await t.core.cases.update(d.id, { request: { reason: p } }, { operator: '窓口' });
    }
    const c = completeCase();
    await t.core.cases.update(d.id, { ...c, applicant: { ...c.applicant, ...VALUES, contactEmailConfirm: VALUES.contactEmail }, request: { ...c.request, reason: REASON } });
    await t.core.cases.finalize(d.id, { operator: '係長' });
    await t.core.cases.amend(d.id, { field: 'applicant.nameKana', value: AMENDED_KANA, reason: AMEND_REASON, by: '係長' });
    await t.core.cases.amend(d.id, { field: 'applicant.name', value: AMENDED_NAME, reason: AMEND_REASON, by: '係長' });
    await deliver(t.core, d.id);
    const live = await rawDb(t.dataDir, secrets);
    const jws = live.prepare<[string], string>('SELECT jws FROM outbox WHERE case_id = ?').pluck().get(d.id)!;
    const payloadHash = live.prepare<[string], string>('SELECT payload_sha256 FROM outbox WHERE case_id = ?').pluck().get(d.id)!;
    live.close();
    expect(jws.length).toBeGreaterThan(100);
    const handedOff = await handOffTwice(t.core);
    const before = await rawDb(t.dataDir, secrets);
    // The search below must have something to miss: the staff text was really stored.
    expect(before.prepare('SELECT hand_off_reference, undo_reason FROM outbox WHERE case_id = ?').get(handedOff)).toEqual({ hand_off_reference: FINAL_REFERENCE, undo_reason: UNDO_REASON });
    // …and the case list's summary (and its index) held the amended name.
    expect(before.prepare<[string], string>('SELECT summary FROM cases INDEXED BY cases_list WHERE id = ?').pluck().get(d.id)).toContain(AMENDED_NAME);
    before.close();

    t.clock.now = new Date(Date.parse('2026-05-01T03:00:00Z') + 366 * 86_400_000);
    // A control case that stays: the same search must find it, or the search proves nothing.
    const control = await t.core.cases.createDraft({ applicant: { name: '対照 残存子' } }, { operator: '窓口' });
    expect(await t.core.purgeNow({ operator: '係長' })).toMatchObject({ purged: 2 });
    expect(await t.core.verifyAudit()).toMatchObject({ ok: true, problem: null });

    // What an attacker copies while the app runs: every file, raw.
    const walAfterPurge = filesUnder(t.dataDir).filter((f) => f.endsWith('-wal')).map((f) => fs.statSync(f).size);
    await t.core.close();
    const files = filesUnder(t.dataDir).map((f) => fs.readFileSync(f));
    const db = await rawDb(t.dataDir, secrets);
    const haystacks = [...files, db.serialize(), dumpTables(db), ...snapshotsHeld(t.dataDir, secrets.entries().map(([, v]) => v))];
    const keys = appKeys(db, secrets.entries().map(([, v]) => v));
    db.close();

    const typed = Object.values(VALUES).flatMap(prefixes);
    const staffText = [REFUSED_REFERENCE, REFERENCE, FINAL_REFERENCE, UNDO_REASON, ...UNDO_REASON.split(' ')];
    const values = [...new Set([...typed, ...prefixes(REASON), REASON, AMENDED_KANA, AMENDED_NAME, AMEND_REASON, ...staffText])];
    const { hits, figures } = searchAll(haystacks, values, keys);
    const signed = haystacks.filter((h) => h.includes(Buffer.from(jws.split('.')[1]!)) || h.includes(Buffer.from(payloadHash))).length;
    console.log(
      `erasure search: ${figures.values} values × ${figures.keys} keys (incl. plain SHA-256) × ${figures.encodings} encodings ` +
        `= ${figures.patterns} patterns over ${files.length} files + decrypted image + table dump (${figures.bytes} bytes): ${hits.length} hits`,
    );
    expect(walAfterPurge.every((n) => n === 0)).toBe(true);
    expect(hits).toEqual([]);
    expect(signed).toBe(0);
    expect(figures.values * figures.keys).toBeGreaterThan(1000);

    // The control: found raw and as a digest under its case's key — the search does work.
    const control2 = searchAll(haystacks, ['対照 残存子'], keys);
    expect(control2.hits.some((h) => h.startsWith('raw'))).toBe(true);
    expect(control2.hits.some((h) => h.includes('hmac'))).toBe(true);
    await t.reopen();
    expect((await t.core.cases.get(control.id)).input.applicant?.name).toBe('対照 残存子');
  });
});

describe('erasure of staff text left by an earlier version', () => {
  it('clears the hand-off reference and undo reason of a case purged before they were erased with it, at the next retention run', async () => {
    const id = await handOffTwice(t.core);
    t.clock.now = new Date(Date.parse('2026-05-01T03:00:00Z') + 366 * 86_400_000);
    await t.core.close();
    // What an older version left behind: the case purged, its outbox row still holding staff text.
    const old = await rawDb(t.dataDir, secrets);
    old.prepare(`UPDATE cases SET purged_at = ?, input = '{}' WHERE id = ?`).run(t.clock.now.toISOString(), id);
    old.prepare('UPDATE outbox SET undo_reason = ? WHERE case_id = ?').run(UNDO_REASON, id);
    old.close();
    await t.reopen(); // retention runs at open
    await t.core.purgeNow({ operator: '係長' });
    await t.core.close();
    const db = await rawDb(t.dataDir, secrets);
    expect(db.prepare('SELECT hand_off_reference, undo_reason FROM outbox WHERE case_id = ?').get(id)).toEqual({ hand_off_reference: null, undo_reason: null });
    // The whole case is erased again (its account index and case key went with the rest), audited once.
    expect(db.prepare(`SELECT details FROM audit WHERE action = 'purge' AND case_id IS NULL`).pluck().all().map((d) => JSON.parse(d as string))).toEqual([{ casesErasedAgain: 1 }]);
    expect(db.prepare('SELECT count(*) FROM case_keys WHERE case_id = ?').pluck().get(id)).toBe(0);
    db.close();
    await t.reopen();
  });
});
