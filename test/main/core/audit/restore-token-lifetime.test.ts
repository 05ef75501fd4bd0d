// The restore's one-time token lives only until the first open of the restored data has anchored
// it. When that open cannot delete it (the keychain refuses for a moment), the next open does, and
// a token whose restore was abandoned goes at the next open of any data.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore, restoreBackup, type SecretStore } from '../../../../src-main/core';
import { RESTORE_TOKEN_SECRET } from '../../../../src-main/core/audit/restore-token';
import { tempDir } from '../open-test-core';
import { useProbeCore } from './probe-access';

const probe = useProbeCore();
const PASS = 'correct horse battery staple';

/** The test keychain, refusing to delete the restore token while `refuse.on` is true. */
function refusingDelete(inner: SecretStore) {
  const refuse = { on: true };
  const s: SecretStore = {
    get: (n) => inner.get(n),
    set: (n, v) => inner.set(n, v),
    delete: (n) => (refuse.on && n === RESTORE_TOKEN_SECRET ? Promise.reject(new Error('keychain locked')) : inner.delete(n)),
  };
  return { s, refuse };
}

async function restoredCopy(): Promise<string> {
  const t = probe.current();
  const file = path.join(tempDir('salvage-token-bk-'), 'b.sdbackup');
  await t.core.exportBackup(file, PASS);
  await t.core.close();
  const target = path.join(tempDir('salvage-token-restored-'), 'data');
  await restoreBackup({ dataDir: target, secrets: t.secrets, path: file, passphrase: PASS });
  return target;
}

describe('the restore token', () => {
  it('is deleted by the next open when the first open could not delete it, without a break', async () => {
    const t = probe.current();
    const target = await restoredCopy();
    const { s, refuse } = refusingDelete(t.secrets);
    await (await openCore({ dataDir: target, secrets: s, now: () => t.clock.now, profilePath: null })).close();
    expect(await t.secrets.get(RESTORE_TOKEN_SECRET)).not.toBeNull();
    refuse.on = false;
    const core = await probe.openAt(target);
    await core.close();
    expect(await t.secrets.get(RESTORE_TOKEN_SECRET)).toBeNull();
    const again = await probe.openAt(target);
    expect(await again.getAuditStatus()).toMatchObject({ unacknowledged: 0 });
    await again.close();
    t.core = await probe.openAt(t.dataDir);
  });

  it('of a restore abandoned before its data was opened goes at the next open of the data in use', async () => {
    const t = probe.current();
    await restoredCopy(); // staged, never swapped in
    expect(await t.secrets.get(RESTORE_TOKEN_SECRET)).not.toBeNull();
    t.core = await probe.openAt(t.dataDir);
    await t.core.close();
    expect(await t.secrets.get(RESTORE_TOKEN_SECRET)).toBeNull();
    t.core = await probe.openAt(t.dataDir);
  });
});
