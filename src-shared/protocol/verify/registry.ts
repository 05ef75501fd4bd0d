// The desk's registry of department public keys: a JWKS file (RFC 7517 §5) written by the desk's
// verifier page or the desk's registration command. Only Ed25519 public keys are kept; a private
// member ("d") is refused, since the desk must never hold one. Each entry names the department
// (faculty code) it may sign for; an entry without one is listed but never trusted.
//
// A key's life: in use, then retired (routine rotation: what was created before and received
// within the grace period still verifies) or revoked (compromised: nothing received after the
// revocation verifies). Every time is a strict RFC 3339 timestamp and every text free of control
// and invisible characters: a malformed entry makes the whole registry unreadable (fail closed),
// never a skipped check.
import { z } from 'zod';
import { isInstant } from '../../formats';
import { hasUnsafeCharacter } from './escape-control';

const instant = z.string().refine(isInstant, { error: 'RFC 3339 date-time (a real date and time, with an offset) expected' });
const plain = (max: number) => z.string().min(1).max(max).refine((v) => !hasUnsafeCharacter(v), { error: 'control or invisible characters are not allowed' });

export const keyStatuses = ['current', 'retired', 'revoked'] as const;
export type KeyStatus = (typeof keyStatuses)[number];

export const registryKeySchema = z.looseObject({
  kty: z.literal('OKP'),
  crv: z.literal('Ed25519'),
  x: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
  kid: z.string().regex(/^[A-Za-z0-9_-]{43}$/, { error: 'kid: the key\'s RFC 7638 thumbprint (43 base64url characters) expected' }),
  department: z.string().regex(/^[a-z0-9-]{1,64}$/, { error: 'department: a faculty code (a–z, 0–9, -) expected' }).optional(),
  registered_at: instant.optional(),
  /** When the key was made (the counter's export says). */
  created_at: instant.optional(),
  /** The counter's word for the key at export time; the times below decide. */
  status: z.enum(keyStatuses).optional(),
  /** Routine rotation: signatures on what was created before and received within the grace period still verify. */
  retired_at: instant.optional(),
  /** Compromised: nothing received after this verifies. */
  revoked_at: instant.optional(),
  /** Why the key was retired or revoked, as the counter or the desk wrote it. */
  status_reason: plain(200).optional(),
}).refine((k) => !('d' in k), { error: 'private key material ("d") must not be in the desk JWKS' })
  .refine((k) => k.status !== 'revoked' || k.revoked_at !== undefined, { error: 'status revoked needs revoked_at' })
  .refine((k) => k.status !== 'retired' || k.retired_at !== undefined || k.revoked_at !== undefined, { error: 'status retired needs retired_at' });

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

/** What the registry says of a key now: revoked wins over retired. */
export function keyState(k: RegistryKey): { readonly status: KeyStatus; readonly at: string | null; readonly reason: string | null } {
  const reason = k.status_reason ?? null;
  if (k.revoked_at !== undefined) return { status: 'revoked', at: k.revoked_at, reason };
  if (k.retired_at !== undefined) return { status: 'retired', at: k.retired_at, reason };
  return { status: 'current', at: null, reason };
}

/** Default time after a key's retirement during which what it signed before may still arrive at the desk. */
export const DEFAULT_GRACE_DAYS = 30;
export const DAY_MS = 86_400_000;
/** Clock difference tolerated between a counter PC and the desk for a payload's createdAt. */
export const CLOCK_SKEW_MS = 5 * 60_000;
