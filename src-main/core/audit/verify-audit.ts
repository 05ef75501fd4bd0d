// core.verifyAudit(): the keyed chain must link from the first row to the last, and the keychain
// anchor must still be found in it. A missing anchored row means the newest rows were cut away
// (or an older copy of the database was put back); a different hash there means the trail was
// rewritten. An anchor of another store is fine only when this store records that it was
// restored over that one (restore-backup.ts); otherwise the data folder was replaced.
import type Database from 'better-sqlite3-multiple-ciphers';
import type { AuditProblem, AuditVerification } from '../../../src-shared/core-api';
import type { SecretStore } from '../core-types';
import type { AuditLog } from './audit-log';
import type { Anchoring } from './anchoring';
import { readAnchor, type AuditAnchor } from './audit-secrets';
import { canonicalJson } from './hash';

export interface VerifyDeps {
  readonly db: Database.Database;
  readonly log: AuditLog;
  readonly secrets: SecretStore;
  readonly store: string;
}

function restoredOver(db: Database.Database, store: string): boolean {
  return db.prepare(
    `SELECT 1 FROM audit WHERE action = 'backup' AND json_extract(details, '$.kind') = 'restore' AND json_extract(details, '$.replacedStore') = ?`,
  ).get(store) !== undefined;
}

function anchorProblem(deps: VerifyDeps, anchor: AuditAnchor | null): AuditProblem | null {
  if (anchor === null) return null;
  if (anchor.store !== deps.store) return restoredOver(deps.db, anchor.store) ? null : 'replaced';
  if (anchor.seq === 0) return null;
  const hash = deps.log.hashAt(anchor.seq);
  if (hash === null) return 'truncated';
  return hash === anchor.hash ? null : 'rewritten';
}

export async function verifyAudit(deps: VerifyDeps): Promise<AuditVerification> {
  const chain = deps.log.verifyChain();
  const anchor = await readAnchor(deps.secrets);
  const problem: AuditProblem | null = chain.ok ? anchorProblem(deps, anchor) : 'rewritten';
  const recordedBreaks = Number(deps.db.prepare(`SELECT count(*) FROM audit WHERE action = 'audit-break'`).pluck().get());
  // A break stays visible once recorded: the trail is no longer whole, even after re-anchoring.
  return {
    ok: problem === null && recordedBreaks === 0,
    entries: chain.entries,
    firstBroken: chain.firstBroken,
    problem,
    anchoredSeq: anchor?.store === deps.store ? anchor.seq : null,
    recordedBreaks,
  };
}

/**
 * At every open: verify, and record a break in the trail itself (once per distinct break), then
 * anchor the current head so the recorded break is the lasting evidence. Never throws for a break:
 * the desk keeps working.
 */
export async function checkAuditAtOpen(deps: VerifyDeps & { readonly anchoring: Anchoring }): Promise<AuditVerification> {
  const result = await verifyAudit(deps);
  if (result.problem !== null) {
    const details = { problem: result.problem, firstBroken: result.firstBroken, anchoredSeq: result.anchoredSeq };
    const previous = deps.db.prepare<[], string>(`SELECT details FROM audit WHERE action = 'audit-break' ORDER BY seq DESC LIMIT 1`).pluck().get();
    if (previous !== canonicalJson(details)) {
      deps.log.append({ action: 'audit-break', operator: 'system', details });
    }
  }
  await deps.anchoring.flush();
  return result;
}
