// Keyed hashes of personal values. A plain SHA-256 of a 10-digit account could be reversed by
// trying every number; the per-installation key (in the encrypted database) prevents that while
// still letting someone with the database check "was this the account?".
import { createHash, createHmac } from 'node:crypto';

export function personalHash(key: string, value: string): string {
  return createHmac('sha256', Buffer.from(key, 'hex')).update(value, 'utf8').digest('hex');
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** JSON with object keys sorted, so the same entry always hashes the same. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}
