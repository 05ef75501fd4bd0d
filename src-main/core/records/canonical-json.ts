// The record's fingerprint before a case is queued. Once queued, the record shows the SHA-256 of
// the signed payload bytes (from the outbox); until then it shows the SHA-256 of the finalized
// case's canonical JSON, defined here:
//
//   canonicalJson(v): JSON with no whitespace, object keys sorted by UTF-16 code unit order
//   (as Array.prototype.sort does), `undefined` members dropped, array order kept, strings and
//   numbers as JSON.stringify writes them. For our data (strings, booleans, integers, null) this
//   is the same as RFC 8785 (JCS).
//
//   finalizedCaseDocument(case): { type: "salvage-case", version: 1, caseNumber, submissionId,
//   finalizedAt, finalizedBy, input, amendments } — the locked content only, so the hash does not
//   move when the status or updatedAt changes, but does move with every amendment.
import { createHash } from 'node:crypto';
import { canonicalJson } from '../../../src-shared/canonical-json';
import type { CaseView } from '../../../src-shared/core-api';

export { canonicalJson };

export function finalizedCaseDocument(c: CaseView): Record<string, unknown> {
  return {
    type: 'salvage-case',
    version: 1,
    caseNumber: c.caseNumber,
    submissionId: c.submissionId,
    finalizedAt: c.finalizedAt,
    finalizedBy: c.finalizedBy,
    input: c.input,
    amendments: c.amendments,
  };
}

/** Hex SHA-256 of the finalized case's canonical JSON (UTF-8). */
export function finalizedCaseSha256(c: CaseView): string {
  return createHash('sha256').update(canonicalJson(finalizedCaseDocument(c)), 'utf8').digest('hex');
}
