// The smoke test's switches (temporary user data, key in memory) exist only in a test build and
// are ignored by an installed app, whatever the environment says.
import { describe, expect, it } from 'vitest';
import { shellTestOverrides, testOverrides } from '../../../src-main/electron/test-build';

const env = { SALVAGE_TEST_USER_DATA: '/tmp/sd-smoke', SALVAGE_TEST_MEMORY_KEYCHAIN: '1' };
const none = { userData: null, memoryKeychain: false };

describe('test-build overrides', () => {
  it('a test build run unpackaged honours them', () => {
    expect(testOverrides(true, false, env)).toEqual({ userData: '/tmp/sd-smoke', memoryKeychain: true });
    expect(testOverrides(true, false, {})).toEqual(none);
  });

  it('an installed app ignores them, even a test build', () => {
    expect(testOverrides(true, true, env)).toEqual(none);
  });

  it('any other build ignores them (the shell outside an electron-test build)', () => {
    expect(testOverrides(false, false, env)).toEqual(none);
    expect(shellTestOverrides(false, env)).toEqual(none); // __SALVAGE_TEST_BUILD__ is not defined here
  });
});
