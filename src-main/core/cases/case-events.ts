// What the cases module tells the rest of the core about a change, synchronously and inside the
// transaction that made it: whatever a listener writes commits or rolls back with the change, and
// a listener that throws undoes the change. The outbox listens here, so a finalized case and its
// hand-off item (and a correction and its notice) are never apart, even after a crash.
import type { Amendment } from '../../../src-shared/core-api';

export type CaseEvent =
  | { readonly type: 'finalized'; readonly caseId: string; readonly operator: string }
  | { readonly type: 'amended'; readonly caseId: string; readonly amendment: Amendment };

export type CaseListener = (event: CaseEvent) => void;

export interface CaseEvents {
  /** Called inside the transaction of the change; a throw rolls the change back. */
  emit(event: CaseEvent): void;
  /** Listen for changes; returns the function that stops listening. */
  on(listener: CaseListener): () => void;
}

export function createCaseEvents(): CaseEvents {
  const listeners = new Set<CaseListener>();
  return {
    emit(event) {
      for (const l of listeners) l(event);
    },
    on(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
