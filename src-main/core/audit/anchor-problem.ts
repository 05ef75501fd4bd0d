// Comparing the keychain anchor with the trail and its checkpoint. Fails closed: an anchor that is
// missing where one must exist, unreadable, older than the checkpoint the app wrote after it, or
// of another store without a restore that explains it, is a problem, never a pass.
import { assertNever } from '../../../src-shared/assert-never';
import type { AuditProblem } from '../../../src-shared/core-api';
import type { AnchorState } from './audit-secrets';
import type { CheckpointState } from './checkpoint';

export interface AnchorFacts {
  readonly store: string;
  readonly anchor: AnchorState;
  readonly checkpoint: CheckpointState;
  /** The trail held keyed rows before this open appended anything (an anchor was written then). */
  readonly hadKeyedRows: boolean;
  hashAt(seq: number): string | null;
  /** Legacy restores (before checkpoints): the trail records a restore over that store. */
  restoredOver(store: string): boolean;
}

function missingAnchor(f: AnchorFacts): AuditProblem | null {
  // A restore excuses a missing anchor only where the keychain held none when it ran: had it held
  // the replaced store's anchor, nothing since would have removed it (the restore's checkpoint can
  // be put back later, with the anchor deleted and the newer rows cut).
  if (f.checkpoint.state === 'valid') return f.checkpoint.checkpoint.restoredOver?.store === null ? null : 'anchor-missing';
  return f.hadKeyedRows ? 'anchor-missing' : null;
}

function otherStore(f: AnchorFacts, anchorStore: string): AuditProblem | null {
  if (f.checkpoint.state === 'valid') return f.checkpoint.checkpoint.restoredOver?.store === anchorStore ? null : 'replaced';
  return f.restoredOver(anchorStore) ? null : 'replaced';
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
  if (anchor.store !== f.store) return otherStore(f, anchor.store);
  if (f.checkpoint.state === 'valid' && anchor.seq < f.checkpoint.checkpoint.seq) return 'anchor-older';
  if (f.checkpoint.state === 'missing' && anchor.checkpointed === true) return 'checkpoint-damaged';
  if (anchor.seq === 0) return null;
  const hash = f.hashAt(anchor.seq);
  if (hash === null) return 'truncated';
  return hash === anchor.hash ? null : 'rewritten';
}
