// Where the OS keychain (Secret Service) is reachable, commands run as they are; on a headless
// Linux machine (CI, SSH, a container) the keychain tests need a private D-Bus session with an
// unlocked gnome-keyring. The decision is a pure function of what the wrapper sees, so it is tested
// without starting anything.

export type KeyringPlan =
  | { readonly kind: 'direct'; readonly reason: 'not-linux' | 'desktop-session' | 'no-dbus-run-session' }
  | { readonly kind: 'private-session' };

export interface KeyringSituation {
  readonly platform: NodeJS.Platform;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Is `dbus-run-session` on the PATH? */
  readonly hasDbusRunSession: boolean;
}

export function keyringPlan({ platform, env, hasDbusRunSession }: KeyringSituation): KeyringPlan {
  // Windows (Credential Manager) and macOS (Keychain) need no session bus.
  if (platform !== 'linux') return { kind: 'direct', reason: 'not-linux' };
  // A desktop session already runs a Secret Service on its bus.
  if (env.DBUS_SESSION_BUS_ADDRESS) return { kind: 'direct', reason: 'desktop-session' };
  // Without dbus-run-session there is nothing to start: the keychain tests skip and say how to run them.
  if (!hasDbusRunSession) return { kind: 'direct', reason: 'no-dbus-run-session' };
  return { kind: 'private-session' };
}

/** Is `name` an executable file in one of the PATH folders? (Only asked on Linux.) */
export function onPath(name: string, pathVar: string | undefined, isExecutable: (file: string) => boolean): boolean {
  return (pathVar ?? '').split(':').filter(Boolean).some((dir) => isExecutable(`${dir}/${name}`));
}

/** dbus-run-session cannot raise the fd limit in containers and says so on every run: harmless noise. */
export function isHarmlessDbusNoise(line: string): boolean {
  return line.includes('Failed to set fd limit');
}
