// Staff text that earlier versions wrote into the audit trail in clear: the hand-off reference of
// 'hand-over' entries (details.reference, which then accepted names and phone numbers) and
// free-text reasons of 'key-rotate' entries. Entries written today hold only `withReference` plus
// a digest under the case's own key (shredded at purge), and a reason from the fixed list. This
// module finds such entries and says what each becomes; the rewrite is redact-at-open.ts.
import type Database from 'better-sqlite3-multiple-ciphers';
import { KNOWN_ROTATION_REASONS } from '../keys/export-jwks';
import type { CaseKeys } from './case-keys';
import type { AuditRow } from './chain-walk';
import { canonicalJson, hmacHex } from './hash';

// Every key-rotate entry (rotations are rare) and the hand-over entries that carry a reference
// field at all. CASE keeps malformed details (a tampered row) away from the JSON functions.
const CANDIDATES = `SELECT * FROM audit WHERE seq > ? AND (action = 'key-rotate'
  OR (action = 'hand-over' AND CASE WHEN json_valid(details) THEN json_type(details, '$.reference') IS NOT NULL ELSE 0 END))
  ORDER BY seq`;

/** What a legacy entry becomes: its details and personal digests, rewritten. */
export interface Redacted {
  readonly details: string;
  readonly personal: string;
}

export type LegacyKind = 'hand-over-reference' | 'rotation-reason';

function parsedObject(text: string): Record<string, unknown> | null {
  try {
    const v: unknown = JSON.parse(text);
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** The kind of clear staff text the row holds, or null when it holds none. */
export function legacyKind(row: Pick<AuditRow, 'action' | 'details'>): LegacyKind | null {
  const d = parsedObject(row.details);
  if (d === null) return null;
  if (row.action === 'hand-over' && 'reference' in d) return 'hand-over-reference';
  if (row.action === 'key-rotate' && typeof d.reason === 'string' && !KNOWN_ROTATION_REASONS.has(d.reason)) return 'rotation-reason';
  return null;
}

/** The rows after `afterSeq` holding clear staff text, oldest first. */
export function findLegacyEntries(db: Database.Database, afterSeq: number): AuditRow[] {
  return db.prepare<[number], AuditRow>(CANDIDATES).all(afterSeq).filter((r) => legacyKind(r) !== null);
}

/** A case that still exists and is not purged: its key may digest the reference. */
function liveCase(db: Database.Database, caseId: string | null): caseId is string {
  if (caseId === null) return false;
  return db.prepare<[string], number>('SELECT purged_at IS NULL FROM cases WHERE id = ?').pluck().get(caseId) === 1;
}

/**
 * The row as today's code would have written it: the reference replaced by `withReference` (and,
 * while the case is live, the digest under its key, exactly as a new hand-over entry holds it); a
 * reason outside the fixed list replaced by 'other'. Call inside the rewrite's transaction (a
 * live case's key may be created).
 */
export function redactEntry(db: Database.Database, caseKeys: CaseKeys, row: AuditRow): Redacted {
  const details = parsedObject(row.details) ?? {};
  const personal = parsedObject(row.personal) ?? {};
  const kind = legacyKind(row);
  if (kind === 'rotation-reason') return { details: canonicalJson({ ...details, reason: 'other' }), personal: row.personal };
  if (kind !== 'hand-over-reference') return { details: row.details, personal: row.personal };
  const { reference, ...rest } = details;
  const given = typeof reference === 'string' && reference !== '';
  const key = given && liveCase(db, row.case_id) ? caseKeys.keyFor(row.case_id) : null;
  const digest = key !== null && typeof reference === 'string' ? { reference: hmacHex(key, reference) } : {};
  return { details: canonicalJson({ ...rest, withReference: given }), personal: canonicalJson({ ...personal, ...digest }) };
}
