// `npm run preview` as a developer (and the Playwright setup) runs it: a child process whose
// stdout is exactly one line, the URL; warnings go to stderr; SIGTERM stops it and removes the
// temporary data.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../../..');
const tsx = path.join(root, 'node_modules/tsx/dist/cli.mjs');
const env: NodeJS.ProcessEnv = { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' };

describe('npm run preview', () => {
  it('prints only the URL on stdout, serves the app, and cleans up on SIGTERM', async () => {
    const child = spawn(process.execPath, [tsx, 'tools/scripts/preview.ts', '--memory-keychain', '--seed-demo-settings'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    await expect.poll(() => out, { timeout: 60_000 }).toMatch(/\n$/);
    await expect.poll(() => err, { timeout: 10_000 }).toMatch(/data in /);
    expect(out).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=[A-Za-z0-9_-]{43}\n$/);
    expect(err).toContain('WARNING: --memory-keychain');
    const url = new URL(out.trim());
    const page = await fetch(`${url.origin}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('preview-bridge.js');
    const dataDir = /data in (\S+);/.exec(err)?.[1] ?? '';
    expect(existsSync(dataDir)).toBe(true);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(existsSync(dataDir)).toBe(false);
    expect(out.split('\n')).toHaveLength(2); // one line and its newline, nothing after
  }, 90_000);

  it('without a Secret Service (and without --memory-keychain) refuses to start and says what to do', () => {
    const runtime = mkdtempSync(path.join(tmpdir(), 'sd-no-keyring-'));
    const { DBUS_SESSION_BUS_ADDRESS: _bus, DISPLAY: _display, WAYLAND_DISPLAY: _wayland, ...rest } = env;
    try {
      const result = spawnSync(process.execPath, [tsx, 'tools/scripts/preview.ts'], { cwd: root, env: { ...rest, XDG_RUNTIME_DIR: runtime }, encoding: 'utf8', timeout: 60_000 });
      expect(result.status).toBe(1);
      expect(result.stdout).toBe(''); // no URL
      expect(result.stderr).toContain('The OS keychain is unavailable');
      expect(result.stderr).toContain('--memory-keychain');
    } finally {
      rmSync(runtime, { recursive: true, force: true });
    }
  });

  it.each([['--port', 'abc'], ['--bogus'], ['--data', '']])('refuses %s with the usage and exit code 2', (...args) => {
    const result = spawnSync(process.execPath, [tsx, 'tools/scripts/preview.ts', ...args], { cwd: root, env, encoding: 'utf8', timeout: 30_000 });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('Usage: npm run preview');
  });
});
