// Why a paste or a POSTed JWS does not verify, in ja and en, without echoing payload data.
// The codes are stable: the receiver answers them, the CLI prints them, the page puts them in
// data-reason. Beyond the eight of issue 10 §3:
// - retired-key:      signed by a key the counter retired, for something created after the retirement (+5 min)
// - registry-invalid: the registry entry for this kid cannot be trusted (no department, or its kid is not its thumbprint)
import type { Bilingual } from '../../core-api';

export const verifyFailureCodes = [
  'malformed', 'wrong-alg', 'wrong-typ', 'unknown-kid', 'bad-signature', 'payload-invalid', 'wrong-department',
  'text-mismatch', 'retired-key', 'registry-invalid',
] as const;
export type VerifyFailureCode = (typeof verifyFailureCodes)[number];

export interface VerifyFailure {
  readonly ok: false;
  readonly code: VerifyFailureCode;
  readonly message: Bilingual;
  /** payload-invalid: field paths and what is wrong; text-mismatch: the labels of the lines that differ. Never values. */
  readonly details: readonly string[];
}

export const fail = (code: VerifyFailureCode, ja: string, en: string, details: readonly string[] = []): VerifyFailure =>
  ({ ok: false, code, message: { ja, en }, details });
