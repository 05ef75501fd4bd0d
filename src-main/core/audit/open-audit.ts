// The audit trail of an opened store, wired together: the log, the keychain anchoring that moves
// the checkpoint, the quick check at open (rows after the checkpoint only) and the watch that runs
// the full check in the background and answers the banner.
import type Database from 'better-sqlite3-multiple-ciphers';
import type { AuditVerification } from '../../../src-shared/core-api';
import type { AuditEvent } from '../context';
import type { SecretStore } from '../core-types';
import { createAnchoring, type Anchoring } from './anchoring';
import { createAuditLog, type AuditLog } from './audit-log';
import { createAuditWatch, type AuditWatch } from './audit-watch';
import { signBackupHead, type BackupHead } from './backup-head';
import { createCheckpointKeeper } from './checkpoint-keeper';
import { markFormat } from './format-marker';
import { redactLegacyAtOpen, type RedactionOutcome } from './redact-at-open';
import { checkAuditAtOpen, type VerifyDeps } from './verify-audit';

export interface OpenAudit {
  readonly log: AuditLog;
  readonly anchoring: Anchoring;
  /** At close: anchor the head, then write the checkpoint there. */
  settle(): Promise<void>;
  readonly watch: AuditWatch;
  append(event: AuditEvent): void;
  /** What the check at open found (a break is already recorded in the trail). */
  readonly atOpen: AuditVerification;
  /** The head as it is now, signed for a backup (the chain key itself never leaves here). */
  signBackupHead(): BackupHead;
}

export interface OpenAuditOptions {
  readonly db: Database.Database;
  readonly secrets: SecretStore;
  readonly store: string;
  readonly chainKey: string;
  readonly now: () => Date;
}

export async function openAudit(o: OpenAuditOptions): Promise<OpenAudit> {
  const log = createAuditLog(o.db, o.chainKey, o.now);
  const keeper = createCheckpointKeeper(o.db, log, o.chainKey, o.store);
  // Every anchor says the store has a checkpoint: the keeper writes the first one as soon as the
  // first anchor is in the keychain, so even the store's very first anchor, put back later with the
  // checkpoint deleted, is a break (only anchors from before checkpoints existed say nothing).
  const anchoring = createAnchoring({
    secrets: o.secrets, store: o.store, chainKey: o.chainKey, head: log.head, now: o.now, checkpointed: () => true, anchored: keeper.anchored,
  });
  const append = (event: AuditEvent) => {
    log.append(event);
    anchoring.noteAppend();
  };
  const deps: VerifyDeps = { db: o.db, log, secrets: o.secrets, store: o.store, chainKey: o.chainKey, keeper };
  let atOpen: AuditVerification;
  let redaction: RedactionOutcome;
  try {
    atOpen = await checkAuditAtOpen(deps, append);
    // Staff text an earlier version left in clear, redacted once the trail verified to its head.
    // A failure leaves the trail as it was (tried again at the next open) and never stops the desk.
    redaction = await redactLegacyAtOpen(deps, atOpen, anchoring).catch(() => ({ redacted: 0, left: 0 }));
  } catch (e) {
    anchoring.stop();
    throw e;
  }
  const settle = async () => {
    await anchoring.flush();
    keeper.persist();
  };
  // Anchor the head and move the checkpoint without holding up the first screen; close waits for
  // it, and so does a full check (it compares the anchor with the checkpoint). Once the store has
  // a checkpoint, the trail records that it keeps one (anchored with the next append's anchor).
  const settled = settle()
    .then(() => {
      if (keeper.exists()) markFormat(o.db, log, append);
    })
    .catch(() => undefined);
  return {
    log, anchoring, settle, watch: createAuditWatch(deps, append, o.now, settled, redaction.left), append, atOpen,
    signBackupHead: () => signBackupHead(o.db, o.chainKey),
  };
}
