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
import { readAnchor } from './audit-secrets';
import { readCheckpoint, type CheckpointState } from './checkpoint';
import { markFormat, type TrailOrigin } from './format-marker';
import { keychainUnavailable } from '../secrets/keychain-error';
import { clearOrigin } from './trail-origin';
import { redactLegacyAtOpen } from './redact-at-open';
import { consumeRestoreToken, dropStaleRestoreToken, restoreTokenHeld } from './restore-token';
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
  /** The anchoring this open started in the background has ended (never rejects). */
  readonly settling: Promise<void>;
}

export interface OpenAuditOptions {
  readonly db: Database.Database;
  readonly secrets: SecretStore;
  readonly store: string;
  readonly chainKey: string;
  readonly now: () => Date;
  /** How the database came to this open (format-marker.ts). */
  readonly origin: TrailOrigin;
}

/**
 * The check at open, with the trail's form entry around it: a trail this open starts carries it
 * as its first entry; any other trail without it gets it right after the check has recorded what
 * it found (an older trail adopted, or a trail emptied or rebuilt), so the next open holds it to
 * this version's rules. An older trail adopted at an upgrade is anchored (and checkpointed) as it
 * was adopted before it takes the entry, so that no crash leaves a trail in this version's form
 * the keychain never vouched for; a keychain that refuses that anchor stops the open, and the next
 * one adopts the trail again (trail-origin.ts). Staff text an earlier version left in clear is
 * redacted once the trail verified to its head (an older form adopted at this upgrade does not
 * stop that); a failure leaves the trail as it was (tried again at the next open) and never stops
 * the desk.
 */
async function checkAtOpen(o: OpenAuditOptions, deps: VerifyDeps, anchoring: Anchoring, append: (e: AuditEvent) => void, anchorNow: () => Promise<void>) {
  if (o.origin === 'created') markFormat(o.db, deps.log, append);
  const outcome = await checkAuditAtOpen(deps, append);
  if (o.origin === 'upgraded') await anchorNow();
  markFormat(o.db, deps.log, append);
  const redaction = await redactLegacyAtOpen(deps, outcome.problems, anchoring).catch(() => ({ redacted: 0, left: 0 }));
  return { ...outcome, redaction };
}

/**
 * Anchors the head now and writes the checkpoint there (unless rows below it do not verify: that
 * break is on record); throws when the keychain did not take the anchor (the anchoring on its own
 * only retries later).
 */
async function anchorHead(deps: VerifyDeps, anchoring: Anchoring, lastAnchored: () => number | null): Promise<void> {
  await anchoring.flush();
  deps.keeper.persist();
  if (lastAnchored() !== deps.log.head().seq) throw keychainUnavailable(new Error('the keychain did not take the anchor'));
}

export async function openAudit(o: OpenAuditOptions): Promise<OpenAudit> {
  const log = createAuditLog(o.db, o.chainKey, o.now);
  const keeper = createCheckpointKeeper(o.db, log, o.chainKey, o.store);
  let lastAnchored: number | null = null;
  // Every anchor says the store has a checkpoint: the keeper writes the first one as soon as the
  // first anchor is in the keychain.
  const anchoring = createAnchoring({
    secrets: o.secrets, store: o.store, chainKey: o.chainKey, head: log.head, inTransaction: () => o.db.inTransaction, now: o.now, checkpointed: () => true,
    anchored: (head) => {
      lastAnchored = head.seq;
      keeper.anchored(head);
    },
  });
  const append = (event: AuditEvent) => {
    log.append(event);
    anchoring.noteAppend();
  };
  const deps: VerifyDeps = { db: o.db, log, secrets: o.secrets, store: o.store, chainKey: o.chainKey, keeper, origin: o.origin };
  const restoreDigest = restoreTokenIn(readCheckpoint(o.db, o.chainKey, o.store));
  const anchorNow = () => anchorHead(deps, anchoring, () => lastAnchored);
  let atOpen: Awaited<ReturnType<typeof checkAtOpen>>;
  try {
    atOpen = await checkAtOpen(o, deps, anchoring, append, anchorNow);
    // The open that created or upgraded the store completes only once the keychain holds its head:
    // until then its origin stays on record, and a failed start leaves nothing judged as cut.
    if (o.origin !== 'existing') {
      await anchorNow();
      clearOrigin(o.db);
    }
  } catch (e) {
    anchoring.stop();
    throw e;
  }
  const settle = async () => {
    await anchoring.flush();
    keeper.persist();
  };
  // Anchor the head and move the checkpoint without holding up the first screen; close waits for
  // it, and so does a full check (it compares the anchor with the checkpoint). A restore's first
  // open then uses up the restore's token; any other open deletes a token left over. The open that
  // created or upgraded the database has anchored its head above already, and waits for this one too.
  const settled = settle()
    .then(() => restoreTokenAfterOpen(o, restoreDigest))
    .catch(() => undefined);
  if (o.origin !== 'existing') await settled;
  return {
    log, anchoring, settle, watch: createAuditWatch(deps, append, o.now, settled, atOpen.redaction.left), append, atOpen: atOpen.verification,
    signBackupHead: () => signBackupHead(o.db, o.chainKey),
    settling: settled,
  };
}

/** The digest of the restore's token, while the checkpoint is still the restore's. */
function restoreTokenIn(cp: CheckpointState): string | undefined {
  return cp.state === 'valid' ? cp.checkpoint.restoredOver?.token : undefined;
}

/**
 * The first open of a fresh restore uses the token up once the keychain anchor names the restored
 * store (kept for the next open until then); every other open deletes a token left over.
 */
async function restoreTokenAfterOpen(o: OpenAuditOptions, digest: string | undefined): Promise<void> {
  if (digest !== undefined && (await restoreTokenHeld(o.secrets, o.store, digest))) {
    if ((await readAnchor(o.secrets))?.store === o.store) await consumeRestoreToken(o.secrets);
    return;
  }
  await dropStaleRestoreToken(o.secrets);
}
