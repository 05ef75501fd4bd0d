// Signs the finished MSI with signtool (Windows SDK), the same certificate as the app's .exe
// (tools/forge/signing.ts): IT's deployment tools and SmartScreen check the installer's own
// signature, not only the files inside it.
import { execFileSync } from 'node:child_process';
import type { WindowsSigning } from '../signing';

/** signtool's arguments for `msi` (the certificate, or the build PC's own parameters, then the timestamp). */
export function signtoolArgs(signing: WindowsSigning, msi: string): string[] {
  const who = signing.signWithParams
    ? signing.signWithParams.split(/\s+/).filter(Boolean)
    : ['/f', signing.certificateFile ?? '', ...(signing.certificatePassword ? ['/p', signing.certificatePassword] : [])];
  return ['sign', ...who, '/fd', 'sha256', '/tr', signing.timestampServer, '/td', 'sha256', msi];
}

export function signMsi(signing: WindowsSigning, msi: string): void {
  execFileSync('signtool', signtoolArgs(signing, msi), { stdio: ['ignore', 'inherit', 'inherit'] });
}
