// Erased stays erased: staff try to type into purged cases (refused), and an installation that an
// earlier version let write into purged cases (a new applicant typed into a purged draft, a hand-off
// reference and undo reason recorded on a purged request, a case key made after the purge) is
// clean after its next retention run. Someone holding the data folder and every key then finds no
// trace of what was typed after the purge.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { completeCase } from '../../../../tools/fixtures/case-fixtures';
import { searchText } from '../../../../src-main/core/cases/search-text';
import { listingSecretStore } from '../../../support/listing-secret-store';
import { openTestCore, rejection, type TestCore } from '../open-test-core';
import { rawDb } from '../raw-db';
import { everythingHeld, searchAll } from './erasure-search';

const DAY = 86_400_000;
const secrets = listingSecretStore();
let t: TestCore;
beforeEach(async () => { t = await openTestCore({ secrets }); });
afterEach(async () => { await t.cleanup(); });

const TYPED = { name: '二度目 花子', contactEmail: 'hanako.second@example.org', utokyoAccount: '1234509876' };
const REFERENCE = 'HANAKO-0312';
const UNDO_REASON = '申請者 東大 花子 hanako@example.com から電話';

/** A purged draft and a purged mail-form request that never left. */
async function twoPurgedCases(): Promise<{ draft: string; request: string; item: string }> {
  await t.core.settings.update({ deliveryChannel: 'mail-form' }, { operator: '係長' });
  const draft = await t.core.cases.createDraft({ applicant: { name: '一度目 消去' } }, { operator: '窓口' });
  const request = await t.core.cases.createDraft(completeCase(), { operator: '窓口' });
  await t.core.cases.finalize(request.id, { operator: '係長' });
  const item = await t.core.outbox.enqueue(request.id);
  t.clock.now = new Date(t.clock.now.getTime() + 700 * DAY);
  expect(await t.core.purgeNow({ operator: '係長' })).toMatchObject({ purged: 2 });
  return { draft: draft.id, request: request.id, item: item.id };
}

/** What an earlier version let staff write after the purge, put in place behind the core's back. */
async function plantEarlierVersionWrites(c: { draft: string; request: string }): Promise<void> {
  await t.core.close();
  const db = await rawDb(t.dataDir, secrets);
  const input = { applicant: TYPED };
  const later = new Date(t.clock.now.getTime() + DAY).toISOString();
  db.prepare('UPDATE cases SET input = ?, search = ?, account_hash = ?, updated_at = ? WHERE id = ?')
    .run(JSON.stringify(input), searchText(input, null), 'f'.repeat(64), later, c.draft);
  db.prepare(`UPDATE outbox SET state = 'awaiting-hand-off', hand_off_reference = ?, undo_reason = ?, last_error = NULL WHERE case_id = ?`).run(REFERENCE, UNDO_REASON, c.request);
  for (const id of [c.draft, c.request]) db.prepare('INSERT INTO case_keys (case_id, key) VALUES (?, ?)').run(id, 'ab'.repeat(32));
  db.close();
  await t.reopen(); // retention runs at open
}

describe('erasure after a purge', () => {
  it('nothing typed after the purge is stored, and what an earlier version stored is gone after the next run', async () => {
    const c = await twoPurgedCases();
    // Today's version: every attempt is refused.
    expect((await rejection(t.core.cases.update(c.draft, { applicant: TYPED }, { operator: '窓口' }))).code).toBe('purged');
    expect((await rejection(t.core.outbox.markHandedOver(c.item, { operator: '窓口', reference: REFERENCE }))).code).toBe('purged');
    await plantEarlierVersionWrites(c);
    await t.core.purgeNow({ operator: '係長' });
    const control = await t.core.cases.createDraft({ applicant: { name: '対照 残存子' } }, { operator: '窓口' });
    expect(await t.core.verifyAudit()).toMatchObject({ ok: true, problem: null });

    await t.core.close();
    const db = await rawDb(t.dataDir, secrets);
    const { haystacks, keys } = everythingHeld(t.dataDir, db, secrets.entries().map(([, v]) => v));
    const rows = {
      draft: db.prepare('SELECT input, account_hash FROM cases WHERE id = ?').get(c.draft),
      item: db.prepare('SELECT state, hand_off_reference, undo_reason FROM outbox WHERE case_id = ?').get(c.request),
      keys: db.prepare('SELECT count(*) FROM case_keys WHERE case_id IN (?, ?)').pluck().get(c.draft, c.request),
      leftoverAudit: db.prepare(`SELECT details FROM audit WHERE action = 'purge' AND case_id IS NULL`).pluck().all().map((d) => JSON.parse(d as string)),
    };
    db.close();
    expect(rows).toEqual({
      draft: { input: '{}', account_hash: null },
      item: { state: 'needs-attention', hand_off_reference: null, undo_reason: null },
      keys: 0,
      leftoverAudit: [{ casesErasedAgain: 1, staffTextCleared: 1, caseKeysDestroyed: 1 }],
    });
    const values = [...Object.values(TYPED), REFERENCE, UNDO_REASON, ...UNDO_REASON.split(' ').filter((w) => [...w].length >= 6)];
    expect(searchAll(haystacks, values, keys).hits).toEqual([]);
    // The same search finds a live case raw and as a digest under its key: it does work.
    const found = searchAll(haystacks, ['対照 残存子'], keys).hits;
    expect(found.some((h) => h.startsWith('raw')) && found.some((h) => h.includes('hmac'))).toBe(true);
    await t.reopen();
    expect((await t.core.cases.get(control.id)).purgedAt).toBeNull();
  });
});
