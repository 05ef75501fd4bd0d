// Which Chromium the end-to-end tests, screenshots and benches drive: SALVAGE_CHROMIUM when set (any
// PC, any path), else Debian's /usr/bin/chromium when it is there (CI installs it with apt), else
// undefined — Playwright's own Chromium, installed once on a developer PC with
// `npx playwright install chromium`.
import { existsSync } from 'node:fs';

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

export function chooseChromium(env: Readonly<Record<string, string | undefined>>, exists: (file: string) => boolean): string | undefined {
  const chosen = env.SALVAGE_CHROMIUM?.trim();
  if (chosen) return chosen;
  return exists(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined;
}

/** For this process: the environment and the file system as they are. */
export function chromiumExecutable(): string | undefined {
  return chooseChromium(process.env, existsSync);
}
