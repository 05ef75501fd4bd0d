// The desk's registry of department public keys: a JWKS file (RFC 7517 §5) written by
// `npm run desk:register` or the desk's verifier page. Only Ed25519 public keys are kept; a private
// member ("d") is refused, since the desk must never hold one. Each entry names the department
// (faculty code) it may sign for; an entry without one is listed but never trusted.
import { z } from 'zod';

const isoInstant = z.string().refine((v) => !Number.isNaN(Date.parse(v)), { error: 'ISO 8601 date-time expected' });

export const registryKeySchema = z.looseObject({
  kty: z.literal('OKP'),
  crv: z.literal('Ed25519'),
  x: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
  kid: z.string().min(1),
  department: z.string().min(1).optional(),
  registered_at: isoInstant.optional(),
  /** When the counter replaced this key: signatures on anything created later are refused. */
  retired_at: isoInstant.optional(),
}).refine((k) => !('d' in k), { error: 'private key material ("d") must not be in the desk JWKS' });

export const registrySchema = z.object({ keys: z.array(registryKeySchema) });

export type RegistryKey = z.infer<typeof registryKeySchema>;
export interface Registry { readonly keys: readonly RegistryKey[] }

/** Parses a registry (or an exported public-key file, which has the same shape); throws a ZodError naming the member. */
export function parseRegistry(json: unknown): Registry {
  return registrySchema.parse(json);
}

/** Entries the verifier will not trust: registered without a department. */
export function untrustedKeys(registry: Registry): RegistryKey[] {
  return registry.keys.filter((k) => k.department === undefined);
}

/** The registry as the file is written: two-space JSON with a final newline. */
export function registryJson(registry: Registry): string {
  return `${JSON.stringify({ keys: registry.keys }, null, 2)}\n`;
}

/** How long after a key's retirement a payload may still say it was created (clock skew between counter and desk). */
export const RETIREMENT_GRACE_MS = 5 * 60_000;
