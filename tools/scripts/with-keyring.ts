// `tsx tools/scripts/with-keyring.ts <command…>`: runs a command where the OS keychain is reachable,
// on Windows, macOS and Linux alike (npm test starts with it). On a headless Linux machine it starts
// a private D-Bus session with an unlocked gnome-keyring in temporary folders, so the keychain tests
// use a real Secret Service, not a fake; everywhere else the command runs as it is. The exit code is
// the command's; Ctrl+C reaches the command; the temporary folders are removed afterwards.
import { spawn } from 'node:child_process';
import { accessSync, constants, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { isHarmlessDbusNoise, keyringPlan, onPath } from './keyring-plan';
import { runCommand } from './run-command';

const INSIDE = '--inside-session';

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Inside the private bus: unlock a fresh gnome-keyring (its password only guards temp files), then run. */
async function insideSession(command: string[]): Promise<number> {
  const unlocked = await new Promise<boolean>((resolve) => {
    const daemon = spawn('gnome-keyring-daemon', ['--unlock', '--components=secrets'], { stdio: ['pipe', 'ignore', 'inherit'] });
    daemon.on('error', () => resolve(false));
    daemon.on('exit', (code) => resolve(code === 0));
    daemon.stdin.end('test-keyring');
  });
  if (!unlocked) {
    process.stderr.write('with-keyring: gnome-keyring-daemon could not be started (apt-get install gnome-keyring).\n');
    return 1;
  }
  const [cmd, ...args] = command;
  return runCommand(cmd!, args);
}

async function inPrivateSession(command: string[]): Promise<number> {
  const tmp = mkdtempSync(path.join(tmpdir(), 'salvage-keyring-'));
  try {
    mkdirSync(path.join(tmp, 'data'));
    mkdirSync(path.join(tmp, 'runtime'), { mode: 0o700 });
    const env = { ...process.env, XDG_DATA_HOME: path.join(tmp, 'data'), XDG_RUNTIME_DIR: path.join(tmp, 'runtime'), SALVAGE_TEST_KEYRING: '1' };
    // The same script (through the same tsx loader) runs again inside the bus to unlock the keyring.
    const self = __filename;
    const args = ['--', process.execPath, ...process.execArgv, self, INSIDE, ...command];
    return await runCommand('dbus-run-session', args, { env, stdio: ['inherit', 'inherit', 'pipe'] }, (stderr) => {
      createInterface({ input: stderr }).on('line', (line) => {
        if (!isHarmlessDbusNoise(line)) process.stderr.write(`${line}\n`);
      });
    });
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

async function main(argv: string[]): Promise<number> {
  if (argv[0] === INSIDE) return insideSession(argv.slice(1));
  if (argv.length === 0) {
    process.stderr.write('usage: tsx tools/scripts/with-keyring.ts <command> [args…]\n');
    return 2;
  }
  const plan = keyringPlan({
    platform: process.platform,
    env: process.env,
    hasDbusRunSession: process.platform === 'linux' && onPath('dbus-run-session', process.env.PATH, isExecutable),
  });
  if (plan.kind === 'private-session') return inPrivateSession(argv);
  const [cmd, ...args] = argv;
  return runCommand(cmd!, args);
}

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
