// When the real-Electron smoke test can run, and the reason it gives when it cannot.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { smokePlan } from '../../../tools/electron-smoke/smoke-plan';

const electronDir = path.join('/repo', 'node_modules', 'electron');
const files = (...present: string[]) => (file: string) => present.includes(file);

describe('smokePlan', () => {
  it('skips where the Electron binary was never downloaded (no path.txt, no dist)', () => {
    const plan = smokePlan({ platform: 'linux', env: { DISPLAY: ':0' }, electronDir, exists: files(), readText: () => null });
    expect(plan).toEqual({ run: false, reason: expect.stringContaining('the Electron binary is not installed') });
    expect(plan.run ? '' : plan.reason).toContain(path.join(electronDir, 'dist', 'electron'));
  });

  it('runs the binary path.txt names, on Windows and macOS without a DISPLAY variable', () => {
    const win = path.join(electronDir, 'dist', 'electron.exe');
    expect(smokePlan({ platform: 'win32', env: {}, electronDir, exists: files(win), readText: () => 'electron.exe' })).toEqual({ run: true, binary: win });
    const mac = path.join(electronDir, 'dist', 'Electron.app/Contents/MacOS/Electron');
    expect(smokePlan({ platform: 'darwin', env: {}, electronDir, exists: files(mac), readText: () => null })).toEqual({ run: true, binary: mac });
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH like electron itself', () => {
    const binary = path.join('/opt/electron-45', 'electron');
    expect(smokePlan({ platform: 'linux', env: { ELECTRON_OVERRIDE_DIST_PATH: '/opt/electron-45', DISPLAY: ':1' }, electronDir, exists: files(binary), readText: () => 'electron' }))
      .toEqual({ run: true, binary });
  });

  it('skips on a Linux machine without a display, and says how to run it', () => {
    const binary = path.join(electronDir, 'dist', 'electron');
    const plan = smokePlan({ platform: 'linux', env: {}, electronDir, exists: files(binary), readText: () => 'electron' });
    expect(plan).toEqual({ run: false, reason: expect.stringMatching(/no display .*xvfb-run/) });
    expect(smokePlan({ platform: 'linux', env: { WAYLAND_DISPLAY: 'wayland-0' }, electronDir, exists: files(binary), readText: () => 'electron' }).run).toBe(true);
  });
});
