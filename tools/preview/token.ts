// The preview's per-run secret. Every API call must carry it (Authorization: Bearer …); the page
// gets it from the URL fragment, which browsers never send to a server.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export function createToken(): string {
  return randomBytes(32).toString('base64url');
}

const digest = (s: string): Buffer => createHash('sha256').update(s, 'utf8').digest();

/** Constant-time comparison (hashing first makes both sides the same length). */
export function tokenMatches(expected: string, authorization: string | undefined): boolean {
  const presented = /^Bearer (\S+)$/.exec(authorization ?? '')?.[1] ?? '';
  return timingSafeEqual(digest(expected), digest(presented)) && presented.length > 0;
}
