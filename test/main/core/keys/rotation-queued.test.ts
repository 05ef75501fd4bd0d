// Key rotation (app side): a request queued before the rotation keeps its exact signed bytes and is
// still accepted by the desk (within its grace period) with the re-exported key set (old key
// retired, with status, time and reason signed by the new key); the rotation lists what is waiting.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { registerExportedFile } from '../../../../tools/desk';
import { completeCase } from '../../../../tools/fixtures/case-fixtures';
import { startDesk } from '../deliver-through-desk';
import { openTestCore, rejection, type TestCore } from '../open-test-core';
import { rawDb } from '../raw-db';

let t: TestCore;
let desk: Awaited<ReturnType<typeof startDesk>>;
beforeEach(async () => {
  t = await openTestCore();
  desk = await startDesk(t.core, () => t.clock.now);
});
afterEach(async () => {
  await desk.stop();
  await t.cleanup();
});

async function storedJws(caseId: string): Promise<string> {
  const db = await rawDb(t.dataDir, t.secrets);
  try {
    return db.prepare<[string], string>('SELECT jws FROM outbox WHERE case_id = ?').pluck().get(caseId)!;
  } finally {
    db.close();
  }
}

describe('key rotation with queued requests', () => {
  it('keeps the queued bytes, records the reason, and the desk still accepts them after re-registering the keys', async () => {
    const d = await t.core.cases.createDraft(completeCase());
    await t.core.cases.finalize(d.id, { operator: '窓口' });
    const oldKid = await t.core.keys.thumbprint();
    await t.core.outbox.enqueue(d.id);
    const before = await storedJws(d.id);

    expect((await rejection(t.core.keys.rotate({ operator: '係長', reason: '  ' }))).issues.map((i) => i.path)).toEqual(['reason']);
    // Free text is refused: the trail keeps a reason from the fixed list, never what staff typed.
    expect((await rejection(t.core.keys.rotate({ operator: '係長', reason: '東大 花子さんの退職のため' }))).issues.map((i) => i.path)).toEqual(['reason']);
    const rotated = await t.core.keys.rotate({ operator: '係長', reason: 'staff-change' });
    expect(rotated.kid).not.toBe(oldKid);
    // Staff are told what is still waiting to leave under the old key.
    expect(rotated.stillWaiting).toEqual([{ caseNumber: d.caseNumber ?? expect.any(String), kind: 'request', state: 'queued' }]);
    await t.core.keys.exportPublicJwks(desk.keys, { operator: '係長' });
    // The export carries each key's status, time and reason, and a statement of them signed by the key in use.
    const exported = JSON.parse(readFileSync(desk.keys, 'utf8')) as { keys: Record<string, unknown>[]; statement: string };
    expect(exported.keys).toEqual([
      expect.objectContaining({ kid: rotated.kid, status: 'current', created_at: expect.any(String) }),
      expect.objectContaining({ kid: oldKid, status: 'retired', retired_at: expect.any(String), status_reason: '担当者の異動・退職 / staff change' }),
    ]);
    expect(exported.statement.split('.')).toHaveLength(3);
    await registerExportedFile(desk.keys, desk.keys, 'engineering'); // the desk registers the new key set
    expect(await storedJws(d.id)).toBe(before);
    const [item] = (await t.core.outbox.flush()).filter((i) => i.caseId === d.id);
    expect(item).toMatchObject({ state: 'delivered' });

    const db = await rawDb(t.dataDir, t.secrets);
    const details = db.prepare<[], string>(`SELECT details FROM audit WHERE action = 'key-rotate'`).pluck().all();
    db.close();
    expect(details.map((s) => JSON.parse(s) as { reason: string }).map((r) => r.reason)).toEqual(['staff-change']);
  });

  it('a rotation for a suspected leak exports the old key as revoked at that time: the desk refuses what arrives under it afterwards', async () => {
    const d = await t.core.cases.createDraft(completeCase());
    await t.core.cases.finalize(d.id, { operator: '窓口' });
    const oldKid = await t.core.keys.thumbprint();
    await t.core.outbox.enqueue(d.id);
    const rotated = await t.core.keys.rotate({ operator: '係長', reason: 'suspected-leak' });
    expect(rotated.stillWaiting).toHaveLength(1);
    await t.core.keys.exportPublicJwks(desk.keys, { operator: '係長' });
    const exported = JSON.parse(readFileSync(desk.keys, 'utf8')) as { keys: Record<string, unknown>[] };
    expect(exported.keys.find((k) => k.kid === oldKid)).toMatchObject({ status: 'revoked', revoked_at: expect.any(String), status_reason: '鍵の漏えいの疑い / the key may have leaked' });
    expect(exported.keys.find((k) => k.kid === oldKid)).not.toHaveProperty('retired_at');
    await registerExportedFile(desk.keys, desk.keys, 'engineering');
    t.clock.now = new Date(t.clock.now.getTime() + 60_000); // received a minute after the revocation
    const [item] = (await t.core.outbox.flush()).filter((i) => i.caseId === d.id);
    expect(item).toMatchObject({ state: 'needs-attention' });
    expect(desk.desk.stats().byStatus[401]).toBe(1); // revoked-key
  });
});
