// Signing comes from the build PC's environment only; when it is missing the build log says so.
import { describe, expect, it } from 'vitest';
import { signingFromEnv } from '../../../tools/forge/signing';

describe('signingFromEnv', () => {
  it('signs nothing and says so for each platform when nothing is set', () => {
    const s = signingFromEnv({});
    expect(s.windows).toBeNull();
    expect(s.mac).toBeNull();
    expect(s.notes.win32).toMatch(/^Windows code signing: SKIPPED — SALVAGE_WIN_CERT_FILE .* not set/);
    expect(s.notes.darwin).toMatch(/^macOS signing and notarization: SKIPPED — SALVAGE_MAC_SIGN_IDENTITY is not set/);
  });

  it('signs Windows builds with a certificate file and its password', () => {
    const s = signingFromEnv({ SALVAGE_WIN_CERT_FILE: 'C:\\certs\\utokyo.pfx', SALVAGE_WIN_CERT_PASSWORD: 'from-the-ci-secret-store' });
    expect(s.windows).toEqual({ certificateFile: 'C:\\certs\\utokyo.pfx', certificatePassword: 'from-the-ci-secret-store', timestampServer: 'http://timestamp.digicert.com' });
    expect(s.notes.win32).toBe('Windows code signing: on (certificate file from SALVAGE_WIN_CERT_FILE).');
    expect(s.notes.win32).not.toContain('from-the-ci-secret-store'); // the log never shows a secret
  });

  it('prefers signtool parameters (a certificate in the Windows store or on a token) over a file', () => {
    const s = signingFromEnv({ SALVAGE_WIN_SIGN_PARAMS: '/sha1 0123abcd /fd sha256', SALVAGE_WIN_CERT_FILE: 'x.pfx', SALVAGE_WIN_TIMESTAMP_URL: 'http://ts.example' });
    expect(s.windows).toEqual({ signWithParams: '/sha1 0123abcd /fd sha256', timestampServer: 'http://ts.example' });
  });

  it('signs macOS builds with the identity and notarizes with a keychain profile or an Apple ID', () => {
    const identity = 'Developer ID Application: The University of Tokyo (ABCDE12345)';
    expect(signingFromEnv({ SALVAGE_MAC_SIGN_IDENTITY: identity, APPLE_KEYCHAIN_PROFILE: 'salvage' }).mac).toEqual({ identity, notarize: { keychainProfile: 'salvage' } });
    const appleId = signingFromEnv({ SALVAGE_MAC_SIGN_IDENTITY: identity, APPLE_ID: 'it@example.ac.jp', APPLE_APP_SPECIFIC_PASSWORD: 'abcd-efgh', APPLE_TEAM_ID: 'ABCDE12345' });
    expect(appleId.mac?.notarize).toEqual({ appleId: 'it@example.ac.jp', appleIdPassword: 'abcd-efgh', teamId: 'ABCDE12345' });
    expect(appleId.notes.darwin).toBe('macOS signing: on; notarization: on.');
  });

  it('signs but says notarization is skipped when the Apple credentials are incomplete', () => {
    const s = signingFromEnv({ SALVAGE_MAC_SIGN_IDENTITY: 'Developer ID Application: X', APPLE_ID: 'it@example.ac.jp' });
    expect(s.mac).toEqual({ identity: 'Developer ID Application: X', notarize: null });
    expect(s.notes.darwin).toMatch(/notarization: SKIPPED/);
  });
});
