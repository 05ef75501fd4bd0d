// Keeps the keychain anchor (store id, newest seq and hash) close behind the trail: written when
// at least a minute has passed since the last write and something was appended, by a minute
// timer for the tail of a burst, after the check at open, and at close. Writes are serialized so
// the last one wins, each naming the head committed when it is made; a failed write is retried at
// the next occasion and never blocks work. Only after the keychain holds a head does the database
// checkpoint move up to it (`anchored`), so the checkpoint is never ahead of the anchor.
import type { SecretStore } from '../core-types';
import { writeAnchor } from './audit-secrets';

export const ANCHOR_INTERVAL_MS = 60_000;

export interface Anchoring {
  /** Call after every append. */
  noteAppend(): void;
  /** Write the anchor now (at open and close). */
  flush(): Promise<void>;
  stop(): void;
}

export interface AnchoringDeps {
  readonly secrets: SecretStore;
  readonly store: string;
  /** Signs the anchor (audit-secrets.ts). */
  readonly chainKey: string;
  readonly head: () => { seq: number; hash: string };
  /** A transaction is open on the database: its appends may still be rolled back. */
  readonly inTransaction: () => boolean;
  /** Whether the store already has a checkpoint (written into the anchor, see checkpoint.ts). */
  readonly checkpointed: () => boolean;
  /** Called once the keychain holds this head. */
  readonly anchored: (head: { seq: number; hash: string }) => void;
  readonly now: () => Date;
  readonly intervalMs?: number;
}

export function createAnchoring(deps: AnchoringDeps): Anchoring {
  const interval = deps.intervalMs ?? ANCHOR_INTERVAL_MS;
  let dirty = false;
  let lastWrite = deps.now().getTime();
  let chain: Promise<void> = Promise.resolve();
  const flush = (): Promise<void> => {
    dirty = false;
    lastWrite = deps.now().getTime();
    chain = chain
      .then(async () => {
        // The head is read once the appending transaction has ended (never inside one, which may
        // still roll back and leave the keychain naming a row that was never committed).
        if (deps.inTransaction()) {
          dirty = true;
          return;
        }
        const { seq, hash } = deps.head();
        await writeAnchor(deps.secrets, deps.chainKey, { store: deps.store, seq, hash, checkpointed: deps.checkpointed() });
        deps.anchored({ seq, hash });
      })
      .catch(() => {
        dirty = true; // keychain locked for a moment: try again with the next append or tick
      });
    return chain;
  };
  const timer = setInterval(() => {
    if (dirty) void flush();
  }, interval);
  timer.unref();
  return {
    noteAppend() {
      dirty = true;
      if (deps.now().getTime() - lastWrite >= interval) void flush();
    },
    flush,
    stop: () => clearInterval(timer),
  };
}
