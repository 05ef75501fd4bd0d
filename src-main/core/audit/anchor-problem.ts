// Comparing the keychain anchor with the trail and its checkpoint. Fails closed: an anchor that is
// missing where one must exist, unreadable or not signed under the chain key where the trail says
// anchors are signed, older than the checkpoint the app wrote after it, or of another store
// without the restore that explains exactly it, is a problem, never a pass.
import { assertNever } from '../../../src-shared/assert-never';
import type { AuditProblem } from '../../../src-shared/core-api';
import type { AuditAnchor, AnchorState } from './audit-secrets';
import type { CheckpointState, RestoredOver } from './checkpoint';

export interface AnchorFacts {
  readonly store: string;
  readonly anchor: AnchorState;
  readonly checkpoint: CheckpointState;
  /** The trail held keyed rows before this open appended anything (an anchor was written then). */
  readonly hadKeyedRows: boolean;
  /** The trail records that this store signs its anchors (format-marker.ts). */
  readonly anchorsSigned: boolean;
  /** The trail shows a checkpoint was written (format-marker.ts); asked only when none is found. */
  checkpointsRecorded(): boolean;
  /** The newest seq of the trail as checked. */
  readonly headSeq: number;
  /** The anchor's MAC under the chain key: 'unsigned' for anchors of versions before signing. */
  signature(anchor: AuditAnchor): 'signed' | 'unsigned' | 'bad';
  hashAt(seq: number): string | null;
  /** Legacy restores (before checkpoints): the trail records a restore over that store. */
  restoredOver(store: string): boolean;
}

/**
 * What the keychain held when the restore ran, while the restore's checkpoint is still the newest
 * point of the trail (the first open after it). Once anything newer is in the trail, this store
 * has anchored itself, and the replaced store's anchor (or none) means it was put back.
 */
function freshRestore(f: AnchorFacts): RestoredOver | null {
  if (f.checkpoint.state !== 'valid') return null;
  const c = f.checkpoint.checkpoint;
  return c.restoredOver !== null && c.seq === f.headSeq ? c.restoredOver : null;
}

function missingAnchor(f: AnchorFacts): AuditProblem | null {
  // A restore excuses a missing anchor only where the keychain held none when it ran: had it held
  // the replaced store's anchor, nothing since would have removed it.
  if (f.checkpoint.state === 'valid') return freshRestore(f)?.store === null ? null : 'anchor-missing';
  return f.hadKeyedRows ? 'anchor-missing' : null;
}

/**
 * The anchor the restore replaced: exactly the one it recorded (store, seq, hash; unsigned only if
 * that one was), or a later anchor of the same store signed under the chain key. The desk restores
 * into a staging folder while the replaced data is still open, and closing that data anchors it
 * once more (restore-flow.ts); a signed anchor cannot be written from database values alone.
 */
function isReplaced(f: AnchorFacts, a: AuditAnchor): boolean {
  const r = freshRestore(f);
  if (r === null || r.store !== a.store) return false;
  if (r.seq === undefined) return true; // restored by an older version, which kept the store only
  if (f.signature(a) === 'signed') return a.seq > r.seq || (a.seq === r.seq && a.hash === r.hash);
  return r.signed === false && a.seq === r.seq && a.hash === r.hash;
}

function otherStore(f: AnchorFacts, a: AuditAnchor): AuditProblem | null {
  if (f.checkpoint.state === 'valid') return isReplaced(f, a) ? null : 'replaced';
  return f.restoredOver(a.store) ? null : 'replaced'; // a trail from before checkpoints
}

export function anchorProblem(f: AnchorFacts): AuditProblem | null {
  if (f.checkpoint.state === 'damaged') return 'checkpoint-damaged';
  switch (f.anchor.state) {
    case 'garbled':
      return 'anchor-garbled';
    case 'missing':
      return missingAnchor(f);
    case 'valid':
      break;
    default:
      return assertNever(f.anchor, 'anchor state');
  }
  const { anchor } = f.anchor;
  const signature = f.signature(anchor);
  if (signature === 'bad') return 'anchor-garbled';
  // The trail says a checkpoint was written: its absence is damage, whatever the anchor says.
  if (f.checkpoint.state === 'missing' && f.checkpointsRecorded()) return 'checkpoint-damaged';
  if (anchor.store !== f.store) return otherStore(f, anchor);
  if (signature === 'unsigned' && f.anchorsSigned) return 'anchor-garbled';
  if (f.checkpoint.state === 'valid' && anchor.seq < f.checkpoint.checkpoint.seq) return 'anchor-older';
  if (f.checkpoint.state === 'missing' && anchor.checkpointed === true) return 'checkpoint-damaged';
  if (anchor.seq === 0) return null;
  const hash = f.hashAt(anchor.seq);
  if (hash === null) return 'truncated';
  return hash === anchor.hash ? null : 'rewritten';
}
