// What only the real-Electron smoke test (npm run test:electron) may change: a temporary user-data
// folder and the database key in memory instead of the OS keychain. Two locks, because an
// environment variable alone could be set by anyone on a counter PC and would leave the data key
// outside the keychain: (1) the build: __SALVAGE_TEST_BUILD__ is a constant Vite defines, true only
// in `--mode electron-test` builds, so in every other build the branch below is dead code and the
// variable names are not even in main.cjs (test/main/electron/bundle.test.ts checks); (2) the run:
// an installed (packaged) app never honours them.
declare const __SALVAGE_TEST_BUILD__: boolean | undefined;

export interface TestOverrides {
  readonly userData: string | null;
  readonly memoryKeychain: boolean;
}

const NONE: TestOverrides = { userData: null, memoryKeychain: false };

/** `testBuild` is a parameter so unit tests can take both paths; the shell passes TEST_BUILD. */
export function testOverrides(testBuild: boolean, packaged: boolean, env: Readonly<Record<string, string | undefined>>): TestOverrides {
  if (!testBuild || packaged) return NONE;
  return { userData: env.SALVAGE_TEST_USER_DATA || null, memoryKeychain: env.SALVAGE_TEST_MEMORY_KEYCHAIN === '1' };
}

/** For the shell: this build's overrides (always none outside an electron-test build). */
export function shellTestOverrides(packaged: boolean, env: Readonly<Record<string, string | undefined>>): TestOverrides {
  // Written with the constant itself, so a production build folds it to `false` and drops the rest.
  if (typeof __SALVAGE_TEST_BUILD__ !== 'boolean' || !__SALVAGE_TEST_BUILD__) return NONE;
  return testOverrides(true, packaged, env);
}
