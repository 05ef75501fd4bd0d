// Key rotation (app side): a request queued before the rotation keeps its exact
// signed bytes and is still accepted by the desk with the re-exported key set (old key retired).
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
  desk = await startDesk(t.core);
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
    await t.core.keys.exportPublicJwks(desk.keys, { operator: '係長' });
    await registerExportedFile(desk.keys, desk.keys, 'engineering'); // the desk registers the new key set
    expect(await storedJws(d.id)).toBe(before);
    const [item] = (await t.core.outbox.flush()).filter((i) => i.caseId === d.id);
    expect(item).toMatchObject({ state: 'delivered' });

    const db = await rawDb(t.dataDir, t.secrets);
    const details = db.prepare<[], string>(`SELECT details FROM audit WHERE action = 'key-rotate'`).pluck().all();
    db.close();
    expect(details.map((s) => JSON.parse(s) as { reason: string }).map((r) => r.reason)).toEqual(['staff-change']);
  });
});
