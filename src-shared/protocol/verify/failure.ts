// Why a paste or a POSTed JWS does not verify, in ja and en, without echoing payload data.
// The codes are stable: the receiver answers them, the CLI prints them, the page puts them in
// data-reason. What each means for the desk, and what to do next, is in verdict.ts.
// - retired-key:      a key the counter retired, for something created after the retirement or received after the grace period
// - revoked-key:      a key revoked (compromised), for anything received after the revocation
// - registry-invalid: the registry entry for this kid cannot be trusted (no department, its kid is not its thumbprint, a bad time)
// - no-registry:      no registry loaded at all, so nothing can be checked
import type { Bilingual } from '../../core-api';
import { escapeControl } from './escape-control';

export const verifyFailureCodes = [
  'malformed', 'wrong-alg', 'wrong-typ', 'unknown-kid', 'bad-signature', 'payload-invalid', 'wrong-department',
  'text-mismatch', 'retired-key', 'revoked-key', 'registry-invalid', 'no-registry',
] as const;
export type VerifyFailureCode = (typeof verifyFailureCodes)[number];

export interface VerifyFailure {
  readonly ok: false;
  readonly code: VerifyFailureCode;
  readonly message: Bilingual;
  /** payload-invalid: field paths and what is wrong; text-mismatch: the labels of the lines that differ. Never values. */
  readonly details: readonly string[];
}

/**
 * A failure. Messages may quote header members (kid, alg) or zod messages naming unknown payload
 * keys — all chosen by whoever made the JWS — so everything is passed through escapeControl here,
 * once, for every printer (CLI, receiver answer, page).
 */
export const fail = (code: VerifyFailureCode, ja: string, en: string, details: readonly string[] = []): VerifyFailure =>
  ({ ok: false, code, message: { ja: escapeControl(ja), en: escapeControl(en) }, details: details.map(escapeControl) });

/** A value taken from an unverified header, fit to quote in a message: escaped by fail(), and short. */
export const quoted = (value: string): string => (value.length > 80 ? `${value.slice(0, 80)}…` : value);
