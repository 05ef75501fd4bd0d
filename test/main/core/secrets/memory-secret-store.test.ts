import { describe, expect, it } from 'vitest';
import { memorySecretStore } from '../../../../src-main/core';

describe('memorySecretStore', () => {
  it('behaves like a keychain: get, set, delete, separate instances', async () => {
    const a = memorySecretStore({ seeded: 'v' });
    const b = memorySecretStore();
    expect(await a.get('seeded')).toBe('v');
    await a.set('k', '1');
    expect(await a.get('k')).toBe('1');
    expect(await b.get('k')).toBeNull();
    expect(await a.delete('k')).toBe(true);
    expect(await a.delete('k')).toBe(false);
  });
});
