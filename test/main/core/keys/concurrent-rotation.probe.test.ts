// Review probe: two key rotations asked for at once (a double click, two windows' worth of IPC)
// share one pending-rotation marker. The first to finish clears the other's marker, so a crash
// between the second's keychain write and its database write leaves that rotation unaudited.
import { afterEach, describe, expect, it } from 'vitest';
import { SIGNING_KEY_SECRET } from '../../../../src-main/core/keys/key-material';
import type { SecretStore } from '../../../../src-main/core';
import { listingSecretStore } from '../../../support/listing-secret-store';
import { openTestCore, type TestCore } from '../open-test-core';
import { rawDb } from '../raw-db';

let t: TestCore | undefined;
afterEach(async () => {
  await t?.cleanup();
});

describe('two rotations at once, then a crash', () => {
  it('every key that reached the keychain is audited as a rotation', async () => {
    const inner = listingSecretStore();
    let gate = false;
    let releaseFirst: () => void = () => undefined;
    const signingSets: string[] = [];
    let recorded: () => void = () => undefined;
    const firstRecorded = new Promise<void>((r) => { recorded = r; });
    const secrets: SecretStore = {
      get: (n) => inner.get(n),
      delete: (n) => inner.delete(n),
      set: async (n, v) => {
        if (!gate || n !== SIGNING_KEY_SECRET) return inner.set(n, v);
        signingSets.push(v);
        if (signingSets.length === 1) {
          await inner.set(n, v);
          return new Promise<void>((r) => { releaseFirst = r; });
        }
        await firstRecorded; // the second write lands after the first rotation was recorded:
        await inner.set(n, v); // the second key is in the keychain ...
        return new Promise<void>(() => undefined); // ... and the process dies before the database
      },
    };
    t = await openTestCore({ secrets });
    gate = true;
    void t.core.keys.rotate({ operator: '係長', reason: 'scheduled' }).then(() => recorded());
    void t.core.keys.rotate({ operator: '係長', reason: 'staff-change' }).catch(() => undefined);
    await expect.poll(() => signingSets.length).toBeGreaterThan(0);
    releaseFirst();
    await firstRecorded;
    await expect.poll(async () => signingSets.length === 2 && (await inner.get(SIGNING_KEY_SECRET)) === signingSets[1]).toBe(true);
    gate = false;
    await t.reopen(); // the next start after the crash
    const inKeychain = JSON.parse((await inner.get(SIGNING_KEY_SECRET))!) as { kid: string };
    const db = await rawDb(t.dataDir, inner);
    const audited = db.prepare<[], string>(`SELECT json_extract(details, '$.kid') FROM audit WHERE action = 'key-rotate'`).pluck().all();
    db.close();
    expect(audited).toContain(inKeychain.kid);
  });
});
