// The pending-rotation marker's other two outcomes: the keychain refuses the new key (nothing
// rotated, audited as not applied), and a marker whose key never reached the keychain.
import { describe, expect, it } from 'vitest';
import { createKeys, SIGNING_KEY_SECRET } from '../../../../src-main/core/keys';
import { readPendingRotation, writePendingRotation } from '../../../../src-main/core/keys/pending-rotation';
import { memorySecretStore } from '../../../../src-main/core/secrets';
import { fakeCoreContext } from '../../../support/fake-core-context';

describe('pending key rotation', () => {
  it('a keychain error while storing the new key: the call fails, the old key stays, the attempt is audited as not applied', async () => {
    const inner = memorySecretStore();
    let refuse = false;
    const secrets = { ...inner, async set(name: string, value: string) {
      if (refuse && name === SIGNING_KEY_SECRET) throw new Error('keychain locked');
      return inner.set(name, value);
    } };
    const ctx = fakeCoreContext({ secrets });
    const keys = await createKeys(ctx);
    const old = await keys.thumbprint();
    refuse = true;
    await expect(keys.rotate({ operator: '係長', reason: 'scheduled' })).rejects.toThrow('keychain locked');
    expect(await keys.thumbprint()).toBe(old);
    expect(readPendingRotation(ctx.db)).toBeNull();
    expect(ctx.auditLog).toEqual([expect.objectContaining({ action: 'key-rotate', operator: '係長', details: expect.objectContaining({ kid: old, applied: false, reason: 'scheduled' }) })]);
    expect(ctx.db.prepare('SELECT kid FROM department_keys WHERE retired_at IS NULL').pluck().all()).toEqual([old]);
  });

  it('a marker naming a key the keychain never got: audited at open as not applied, the current key unchanged', async () => {
    const ctx = fakeCoreContext();
    const old = await (await createKeys(ctx)).thumbprint();
    writePendingRotation(ctx.db, { kid: 'never-stored', operator: '係長', reason: 'scheduled', at: '2026-05-11T01:00:00.000Z' });
    const again = await createKeys(ctx);
    expect(await again.thumbprint()).toBe(old);
    expect(readPendingRotation(ctx.db)).toBeNull();
    expect(ctx.auditLog).toEqual([expect.objectContaining({ action: 'key-rotate', details: expect.objectContaining({ kid: old, requestedKid: 'never-stored', applied: false }) })]);
  });

  it('an ordinary rotation leaves no marker behind', async () => {
    const ctx = fakeCoreContext();
    const keys = await createKeys(ctx);
    await keys.rotate({ operator: '係長', reason: 'scheduled' });
    expect(readPendingRotation(ctx.db)).toBeNull();
  });
});
