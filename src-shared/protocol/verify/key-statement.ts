// The counter's key export carries each key's status, time and reason (in use, retired, revoked) —
// and a statement of exactly those, signed with the key in use. The desk confirms that key's
// fingerprint by phone, so the statement makes the statuses part of what is checked: a retirement
// cannot be stripped from the file on its way to the desk (the old key would then sign again),
// nor a time or reason changed. Registration refuses an export whose statement is missing, does
// not verify, or does not say exactly what the file says.
import { compactVerify, importJWK } from 'jose';
import { z } from 'zod';
import { isInstant } from '../../formats';
import { keyStatuses, type RegistryKey } from './registry';

export const KEY_STATEMENT_TYP = 'salvage-key-statement+jws';
export const KEY_STATEMENT_TYPE = 'salvage-key-statement';

const instant = z.string().refine(isInstant);
const entrySchema = z.strictObject({
  kid: z.string(),
  status: z.enum(keyStatuses),
  created_at: instant.optional(),
  retired_at: instant.optional(),
  revoked_at: instant.optional(),
  status_reason: z.string().max(200).optional(),
});
export const keyStatementSchema = z.strictObject({
  type: z.literal(KEY_STATEMENT_TYPE),
  version: z.literal(1),
  exportedAt: instant,
  keys: z.array(entrySchema).min(1).max(100),
});
export type KeyStatement = z.infer<typeof keyStatementSchema>;
export type KeyStatementEntry = z.infer<typeof entrySchema>;

/** The members of a key the statement covers, in a fixed shape (absent members omitted). */
export function statementEntry(k: Pick<RegistryKey, 'kid' | 'created_at' | 'retired_at' | 'revoked_at' | 'status_reason'> & { status?: RegistryKey['status'] }): KeyStatementEntry {
  const status = k.status ?? (k.revoked_at ? 'revoked' : k.retired_at ? 'retired' : 'current');
  return {
    kid: k.kid, status,
    ...(k.created_at ? { created_at: k.created_at } : {}),
    ...(k.retired_at ? { retired_at: k.retired_at } : {}),
    ...(k.revoked_at ? { revoked_at: k.revoked_at } : {}),
    ...(k.status_reason ? { status_reason: k.status_reason } : {}),
  };
}

const same = (a: KeyStatementEntry, b: KeyStatementEntry): boolean => JSON.stringify(a) === JSON.stringify(statementEntry(b));

/** Null when the statement verifies with the file's key in use and says exactly what the file says; else why not (English, for the refusal). */
export async function checkKeyStatement(keys: readonly RegistryKey[], statement: unknown): Promise<string | null> {
  if (typeof statement !== 'string') return 'the export has no signed key statement (export the key again from the app)';
  const current = keys.filter((k) => statementEntry(k).status === 'current');
  if (current.length !== 1) return 'the export must list exactly one key in use';
  const signer = current[0]!;
  let payload: unknown;
  try {
    const key = await importJWK({ kty: signer.kty, crv: signer.crv, x: signer.x }, 'EdDSA');
    const verified = await compactVerify(statement, key, { algorithms: ['EdDSA'] });
    if (verified.protectedHeader.typ !== KEY_STATEMENT_TYP || verified.protectedHeader.kid !== signer.kid) return 'the key statement has the wrong header';
    payload = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(verified.payload));
  } catch {
    return 'the key statement is not signed by the key in use';
  }
  const parsed = keyStatementSchema.safeParse(payload);
  if (!parsed.success) return 'the key statement is not readable';
  const listed = parsed.data.keys;
  if (listed.length !== keys.length || !keys.every((k) => listed.some((e) => e.kid === k.kid && same(e, statementEntry(k))))) {
    return 'the statuses in the file differ from the signed key statement (a retirement or revocation was changed or removed)';
  }
  return null;
}
