// A case closed as not verified, erased by retention: someone holding the data folder, the database
// key and every other secret in the keychain finds neither the closure reason nor the visitor's
// details, raw or as a digest under any key the app holds; the audit trail still verifies.
import fs from 'node:fs';
import type Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listingSecretStore } from '../../../support/listing-secret-store';
import { openTestCore, type TestCore } from '../open-test-core';
import { rawDb } from '../raw-db';
import { filesUnder, keyCandidates, searchAll } from './erasure-search';

const secrets = listingSecretStore();
let t: TestCore;
beforeEach(async () => { t = await openTestCore({ secrets }); });
afterEach(async () => { await t.cleanup(); });

const NAME = '閉鎖 確認子';
const ACCOUNT = '8765432109';
const CONTROL = '対照のため残る理由: 写真の人物と来訪者が別人であった。';
const REASON = '提示された在留カードの写真と来訪者の顔が一致せず、生年月日の回答も学籍記録と異なったため。';

function dump(db: Database.Database): Buffer {
  const tables = db.prepare<[], string>(`SELECT name FROM sqlite_master WHERE type = 'table'`).pluck().all();
  return Buffer.from(JSON.stringify(tables.map((n) => [n, db.prepare(`SELECT * FROM "${n}"`).all()])), 'utf8');
}

describe('closure erasure', () => {
  it('leaves no trace of the reason or the visitor after the purge', async () => {
    const d = await t.core.cases.createDraft({ applicant: { name: NAME, utokyoAccount: ACCOUNT, facultyCode: 'engineering' } }, { operator: '窓口' });
    await t.core.cases.closeNotVerified(d.id, { operator: '係長', reason: REASON });
    await t.core.records.logOutput(d.id, 'print', { operator: '係長' });
    t.clock.now = new Date(t.clock.now.getTime() + 366 * 86_400_000);
    // A control closed today stays: the same search must find it, or the search proves nothing.
    const control = await t.core.cases.createDraft({ applicant: { name: '対照 残存子' } }, { operator: '窓口' });
    await t.core.cases.closeNotVerified(control.id, { operator: '係長', reason: CONTROL });
    expect(await t.core.purgeNow({ operator: '係長' })).toMatchObject({ purged: 1 });
    expect(await t.core.verifyAudit()).toMatchObject({ ok: true, problem: null });
    await t.core.close();
    const files = filesUnder(t.dataDir).map((f) => fs.readFileSync(f));
    const db = await rawDb(t.dataDir, secrets);
    const haystacks = [...files, db.serialize(), dump(db)];
    const keys = [
      ...secrets.entries().map(([, v]) => v),
      ...db.prepare<[], string>('SELECT value FROM meta').pluck().all(),
      ...db.prepare<[], string>('SELECT key FROM case_keys').pluck().all(),
    ].flatMap(keyCandidates);
    db.close();
    const { hits } = searchAll(haystacks, [REASON, REASON.slice(0, 12), NAME, ACCOUNT, JSON.stringify(REASON)], keys);
    expect(hits).toEqual([]);
    expect(searchAll(haystacks, [CONTROL], keys).hits.some((h) => h.startsWith('raw'))).toBe(true);
    await t.reopen();
    const after = await t.core.cases.get(d.id);
    expect(after).toMatchObject({ status: 'closed-not-verified', closure: { reason: '', by: '係長' } });
  });
});
