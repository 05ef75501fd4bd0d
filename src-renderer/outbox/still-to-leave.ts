// Whether an outbox item still has to leave the counter: everything but the two final states and
// an item whose case was erased (it never leaves, whatever its state).
import type { OutboxItem } from '../../src-shared/core-api';
import { assertNever } from '../../src-shared/assert-never';

export function stillToLeave(item: OutboxItem): boolean {
  if (item.erased) return false;
  switch (item.state) {
    case 'awaiting-hand-off':
    case 'queued':
    case 'sending':
    case 'needs-attention':
      return true;
    case 'handed-over':
    case 'delivered':
      return false;
    default:
      return assertNever(item.state);
  }
}
