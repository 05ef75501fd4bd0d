// The keyring wrapper's choice: a private D-Bus session + gnome-keyring only on a headless Linux
// machine that can start one; the command runs as it is everywhere else.
import { describe, expect, it } from 'vitest';
import { isHarmlessDbusNoise, keyringPlan, onPath } from '../../../tools/scripts/keyring-plan';

describe('keyringPlan', () => {
  it('starts a private session on a headless Linux machine with dbus-run-session', () => {
    expect(keyringPlan({ platform: 'linux', env: {}, hasDbusRunSession: true })).toEqual({ kind: 'private-session' });
    expect(keyringPlan({ platform: 'linux', env: { DBUS_SESSION_BUS_ADDRESS: '' }, hasDbusRunSession: true })).toEqual({ kind: 'private-session' });
  });

  it('runs the command directly on Windows and macOS, whatever else is true', () => {
    for (const platform of ['win32', 'darwin'] as const) {
      expect(keyringPlan({ platform, env: {}, hasDbusRunSession: true })).toEqual({ kind: 'direct', reason: 'not-linux' });
    }
  });

  it('runs the command directly inside a Linux desktop session (its keychain is already there)', () => {
    const env = { DBUS_SESSION_BUS_ADDRESS: 'unix:path=/run/user/1000/bus' };
    expect(keyringPlan({ platform: 'linux', env, hasDbusRunSession: true })).toEqual({ kind: 'direct', reason: 'desktop-session' });
  });

  it('runs the command directly when dbus-run-session is not installed', () => {
    expect(keyringPlan({ platform: 'linux', env: {}, hasDbusRunSession: false })).toEqual({ kind: 'direct', reason: 'no-dbus-run-session' });
  });
});

describe('onPath', () => {
  it('finds a program in any PATH folder and nowhere else', () => {
    const present = new Set(['/usr/local/bin/tool']);
    const isExecutable = (file: string) => present.has(file);
    expect(onPath('tool', '/usr/bin:/usr/local/bin', isExecutable)).toBe(true);
    expect(onPath('tool', '/usr/bin', isExecutable)).toBe(false);
    expect(onPath('tool', undefined, isExecutable)).toBe(false);
    expect(onPath('tool', '::', isExecutable)).toBe(false);
  });
});

describe('isHarmlessDbusNoise', () => {
  it('drops only the fd-limit warning', () => {
    expect(isHarmlessDbusNoise('dbus-daemon[12]: Failed to set fd limit 65536: Operation not permitted')).toBe(true);
    expect(isHarmlessDbusNoise('Error: test failed')).toBe(false);
  });
});
