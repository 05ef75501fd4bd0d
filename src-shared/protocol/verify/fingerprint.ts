// A key fingerprint (the 43-character RFC 7638 thumbprint) grouped for reading aloud on the phone:
// groups of four, shown in a monospace font, so that l, I and 1 or O and 0 are told apart.
export function groupedFingerprint(kid: string): string {
  return (kid.match(/.{1,4}/g) ?? []).join(' ');
}
