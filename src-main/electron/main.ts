// Electron main entry (built by Vite to .vite/build/main.cjs). Kept tiny: Squirrel shortcuts,
// the app:// scheme (must be registered before ready), sandbox for every renderer, single instance.
import started from 'electron-squirrel-startup';
import { app } from 'electron';
import { registerAppScheme } from './app-protocol';
import { startApp } from './start-app';
import { showStartupError } from './startup-error';

if (started) {
  app.quit(); // the Windows installer started us only to create or remove shortcuts
} else {
  registerAppScheme();
  app.enableSandbox();
  if (!app.requestSingleInstanceLock()) {
    app.quit(); // the first instance focuses its window (second-instance event)
  } else {
    startApp({ buildDir: __dirname }).catch((error: unknown) => {
      // Anything after the core opened that still fails at start: say so and quit, never half-run.
      showStartupError(error);
      app.exit(1);
    });
  }
}
