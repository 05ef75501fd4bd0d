// Review probe: erasure of long staff text that SQLite keeps on overflow pages (a 2,000-character
// reason, 500-character notes, a 1,000-character undo reason), typed over many autosaves, then a
// purge: no 12-character piece of it is left in any file of the data folder or in the decrypted
// database image (free pages and free space inside pages included).
import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { completeCase } from '../../../../tools/fixtures/case-fixtures';
import { listingSecretStore } from '../../../support/listing-secret-store';
import { openTestCore, type TestCore } from '../open-test-core';
import { rawDb } from '../raw-db';
import { filesUnder } from './erasure-search';

const secrets = listingSecretStore();
let t: TestCore;
beforeEach(async () => {
  t = await openTestCore({ secrets });
});
afterEach(async () => {
  await t.cleanup();
});

/** Distinctive Japanese text of `n` characters (a fixed pseudo-random walk over kanji). */
function text(seed: number, n: number): string {
  let x = seed;
  let out = '';
  for (let i = 0; i < n; i += 1) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    out += String.fromCodePoint(0x4e00 + (x % 0x5000));
  }
  return out;
}

const REASON = text(1, 2000);
const NOTE = text(2, 500);
const UNDO = text(3, 1000);
const AMEND = text(4, 300);

const pieces = (v: string): string[] => Array.from({ length: Math.floor(v.length / 12) }, (_, i) => v.slice(i * 12, i * 12 + 12));

describe('erasure of long staff text', () => {
  it('leaves no piece of it in the data folder after a purge', async () => {
    const c = completeCase();
    const d = await t.core.cases.createDraft({}, { operator: '窓口' });
    for (let k = 1; k <= 20; k += 1) {
      await t.core.cases.update(d.id, { request: { reason: REASON.slice(0, k * 100) }, eligibility: { onlineServiceNote: NOTE.slice(0, k * 25) } }, { operator: '窓口' });
    }
    await t.core.cases.update(d.id, { ...c, request: { ...c.request, reason: REASON }, eligibility: { ...c.eligibility, onlineServiceNote: NOTE } }, { operator: '窓口' });
    await t.core.cases.finalize(d.id, { operator: '係長' });
    await t.core.cases.amend(d.id, { field: 'applicant.nameKana', value: 'かくにん', reason: AMEND, by: '係長' });
    await t.core.settings.update({ deliveryChannel: 'mail-form' }, { operator: '係長' });
    const item = await t.core.outbox.enqueue(d.id);
    await t.core.outbox.markHandedOver(item.id, { operator: '窓口', reference: 'R-1' });
    await t.core.outbox.undoHandOver(item.id, { operator: '係長', reason: UNDO });
    await t.core.outbox.markHandedOver(item.id, { operator: '窓口', reference: 'R-2' });
    const live = await rawDb(t.dataDir, secrets);
    expect(live.serialize().includes(Buffer.from(pieces(UNDO)[3]!, 'utf8'))).toBe(true); // the search can hit
    live.close();

    t.clock.now = new Date(Date.parse('2026-05-01T03:00:00Z') + 400 * 86_400_000);
    expect(await t.core.purgeNow({ operator: '係長' })).toMatchObject({ purged: 1 });
    await t.core.close();
    const db = await rawDb(t.dataDir, secrets);
    const haystacks = [...filesUnder(t.dataDir).map((f) => fs.readFileSync(f)), db.serialize()];
    db.close();
    const needles = [REASON, NOTE, UNDO, AMEND].flatMap(pieces).flatMap((p) => [Buffer.from(p, 'utf8'), Buffer.from(p, 'utf16le')]);
    const hits = needles.filter((n) => haystacks.some((h) => h.includes(n))).length;
    expect(hits).toBe(0);
    await t.reopen();
  });
});
