// Can the real-Electron smoke test run here? It needs the Electron binary (npm downloads it on
// first `npm start`; this is found the way electron's own index.js finds it, without loading that
// file, which would start a download) and, on Linux, a display. When not, it says why in one line.
import path from 'node:path';

export type SmokePlan = { readonly run: true; readonly binary: string } | { readonly run: false; readonly reason: string };

export interface SmokeSituation {
  readonly platform: NodeJS.Platform;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** node_modules/electron */
  readonly electronDir: string;
  readonly exists: (file: string) => boolean;
  readonly readText: (file: string) => string | null;
}

/** The executable inside Electron's dist folder, as electron/install.js names it. */
function platformPath(platform: NodeJS.Platform): string {
  if (platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  return platform === 'win32' ? 'electron.exe' : 'electron';
}

export function smokePlan({ platform, env, electronDir, exists, readText }: SmokeSituation): SmokePlan {
  const relative = readText(path.join(electronDir, 'path.txt'))?.trim() || platformPath(platform);
  const binary = env.ELECTRON_OVERRIDE_DIST_PATH ? path.join(env.ELECTRON_OVERRIDE_DIST_PATH, relative) : path.join(electronDir, 'dist', relative);
  if (!exists(binary)) {
    return { run: false, reason: `the Electron binary is not installed (${binary} is missing; \`npm start\` once on a PC with internet downloads it)` };
  }
  if (platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY) {
    return { run: false, reason: 'no display (DISPLAY / WAYLAND_DISPLAY unset): run it on a PC with a desktop session, or under xvfb-run' };
  }
  return { run: true, binary };
}

export const SKIP_BANNER = '!!!!! test:electron SKIPPED';
