// The wrapper `npm test` starts with, run for real: the command's exit code comes back, a signal to
// the wrapper reaches the command, and the private session's temporary folders are gone afterwards.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../../..');
const tsx = path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const wrapper = path.join(root, 'tools', 'scripts', 'with-keyring.ts');
const canStartSession = process.platform === 'linux' && spawnSync('dbus-run-session', ['--version']).status === 0;

// Prints what the keychain environment looks like from inside, then exits with code 3.
const REPORT = 'console.log(JSON.stringify({ data: process.env.XDG_DATA_HOME ?? null, bus: !!process.env.DBUS_SESSION_BUS_ADDRESS, flag: process.env.SALVAGE_TEST_KEYRING ?? null })); process.exit(3)';

function envWithout(name: string): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env[name];
  return env;
}

function runWrapper(env: NodeJS.ProcessEnv) {
  const result = spawnSync(process.execPath, [tsx, wrapper, process.execPath, '-e', REPORT], { env, encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, seen: JSON.parse(result.stdout.trim().split('\n').pop()!) as { data: string | null; bus: boolean; flag: string | null } };
}

describe('tools/scripts/with-keyring.ts', () => {
  it('inside a desktop session runs the command as it is and returns its exit code', () => {
    const { status, seen } = runWrapper({ ...envWithout('SALVAGE_TEST_KEYRING'), DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent', XDG_DATA_HOME: '/home/x/.local/share' });
    expect(status).toBe(3);
    expect(seen).toEqual({ data: '/home/x/.local/share', bus: true, flag: null });
  });

  it.skipIf(!canStartSession)('on headless Linux runs the command in a private session and removes its folders', () => {
    const { status, seen } = runWrapper(envWithout('DBUS_SESSION_BUS_ADDRESS'));
    expect(status).toBe(3);
    expect(seen.bus).toBe(true);
    expect(seen.flag).toBe('1');
    expect(seen.data).toMatch(/salvage-keyring-/);
    expect(existsSync(path.dirname(seen.data!))).toBe(false);
  });

  it('forwards SIGTERM to the command and reports how it ended', async () => {
    const child = spawn(process.execPath, [tsx, wrapper, process.execPath, '-e',
      "process.on('SIGTERM', () => { console.log('command got SIGTERM'); process.exit(7); }); console.log('ready'); setInterval(() => {}, 1000);"], {
      env: { ...process.env, DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent' },
    });
    let out = '';
    const ready = new Promise<void>((resolve) => child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('ready')) resolve();
    }));
    await ready;
    child.kill('SIGTERM');
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    expect(out).toContain('command got SIGTERM');
    expect(code).toBe(7);
  }, 60_000);

  it('says how to use it when no command is given', () => {
    const result = spawnSync(process.execPath, [tsx, wrapper], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('usage: tsx tools/scripts/with-keyring.ts');
  });
});
