// Electron main entry (built by Vite to .vite/build/main.cjs). Kept tiny: Squirrel shortcuts,
// the app:// scheme (must be registered before ready), sandbox for every renderer, single instance.
import started from 'electron-squirrel-startup';
import { app } from 'electron';
import { registerAppScheme } from './app-protocol';
import { startApp } from './start-app';
import { showStartupError } from './startup-error';
import { shellTestOverrides } from './test-build';

if (started) {
  app.quit(); // the Windows installer started us only to create or remove shortcuts
} else {
  // A smoke-test build's own user-data folder, set before the single-instance lock, which is per folder.
  const testing = shellTestOverrides(app.isPackaged, process.env);
  if (testing.userData) app.setPath('userData', testing.userData);
  registerAppScheme();
  app.enableSandbox();
  if (!app.requestSingleInstanceLock()) {
    app.quit(); // the first instance focuses its window (second-instance event)
  } else {
    startApp({ buildDir: __dirname, memoryKeychain: testing.memoryKeychain }).catch((error: unknown) => {
      // Anything after the core opened that still fails at start: say so and quit, never half-run.
      showStartupError(error);
      app.exit(1);
    });
  }
}
