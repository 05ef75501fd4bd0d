// Code signing for `npm run make`, configured only from environment variables set on the build PC
// (or its CI secret store): no certificate, password or Apple credential is ever in the repository.
// Unset means unsigned, and the build says so in one line, so nobody ships an unsigned MSI unaware.

export type Env = Readonly<Record<string, string | undefined>>;

/** The two credential forms of @electron/notarize that need no key file: a keychain profile, or an Apple ID. */
export type NotaryToolCredentials =
  | { readonly keychainProfile: string }
  | { readonly appleId: string; readonly appleIdPassword: string; readonly teamId: string };

export interface WindowsSigning {
  readonly certificateFile?: string;
  readonly certificatePassword?: string;
  /** signtool parameters, e.g. `/sha1 <thumbprint>` for a certificate in the Windows store or on a token. */
  readonly signWithParams?: string;
  readonly timestampServer: string;
}

export interface Signing {
  readonly windows: WindowsSigning | null;
  readonly mac: { readonly identity: string; readonly notarize: NotaryToolCredentials | null } | null;
  /** One line per platform for the build log: what will be signed, or why it will not. */
  readonly notes: { readonly win32: string; readonly darwin: string };
}

const DEFAULT_TIMESTAMP = 'http://timestamp.digicert.com';
const set = (env: Env, name: string): string | undefined => (env[name]?.trim() ? env[name]!.trim() : undefined);

function windowsFrom(env: Env): WindowsSigning | null {
  const timestampServer = set(env, 'SALVAGE_WIN_TIMESTAMP_URL') ?? DEFAULT_TIMESTAMP;
  const signWithParams = set(env, 'SALVAGE_WIN_SIGN_PARAMS');
  if (signWithParams) return { signWithParams, timestampServer };
  const certificateFile = set(env, 'SALVAGE_WIN_CERT_FILE');
  if (!certificateFile) return null;
  return { certificateFile, certificatePassword: set(env, 'SALVAGE_WIN_CERT_PASSWORD'), timestampServer };
}

function notarizeFrom(env: Env): NotaryToolCredentials | null {
  const keychainProfile = set(env, 'APPLE_KEYCHAIN_PROFILE');
  if (keychainProfile) return { keychainProfile };
  const [appleId, appleIdPassword, teamId] = [set(env, 'APPLE_ID'), set(env, 'APPLE_APP_SPECIFIC_PASSWORD'), set(env, 'APPLE_TEAM_ID')];
  return appleId && appleIdPassword && teamId ? { appleId, appleIdPassword, teamId } : null;
}

export function signingFromEnv(env: Env): Signing {
  const windows = windowsFrom(env);
  const identity = set(env, 'SALVAGE_MAC_SIGN_IDENTITY');
  const notarize = identity ? notarizeFrom(env) : null;
  const win32 = windows
    ? `Windows code signing: on (${windows.signWithParams ? 'signtool parameters from SALVAGE_WIN_SIGN_PARAMS' : 'certificate file from SALVAGE_WIN_CERT_FILE'}).`
    : 'Windows code signing: SKIPPED — SALVAGE_WIN_CERT_FILE (+ SALVAGE_WIN_CERT_PASSWORD) or SALVAGE_WIN_SIGN_PARAMS is not set; the .exe and .msi will be unsigned.';
  const darwin = !identity
    ? 'macOS signing and notarization: SKIPPED — SALVAGE_MAC_SIGN_IDENTITY is not set; the app will be unsigned.'
    : notarize
      ? 'macOS signing: on; notarization: on.'
      : 'macOS signing: on; notarization: SKIPPED — set APPLE_KEYCHAIN_PROFILE, or APPLE_ID + APPLE_APP_SPECIFIC_PASSWORD + APPLE_TEAM_ID.';
  return { windows, mac: identity ? { identity, notarize } : null, notes: { win32, darwin } };
}
