// Fault injection for tests and demos: make the receiver misbehave the way real networks and
// servers do, so the outbox's retry and idempotency handling can be proven against it.
// - unavailable:       503 with Retry-After before anything is stored
// - error-after-store: the submission is stored, then 500 (the client must retry and get 200)
// - reset:             the submission is stored, then the connection is destroyed without a response
// - delay:             the submission is stored, the response is held back for delayMs
import { seededRandom } from '../fixtures/seeded-random';

export const faultKinds = ['unavailable', 'error-after-store', 'reset', 'delay'] as const;
export type FaultKind = (typeof faultKinds)[number];

export interface RandomFaults {
  /** Probability (0–1) that a POST meets a fault. */
  readonly rate: number;
  readonly kinds: readonly FaultKind[];
  /** Seed for a reproducible sequence. */
  readonly seed?: number;
}

export interface Faults {
  /** The next `n` POSTs meet `kind`. */
  failNext(n: number, kind: FaultKind): void;
  random(options: RandomFaults | null): void;
  /** Delay used by the 'delay' fault (ms), and the Retry-After sent with 503 (seconds). */
  delayMs: number;
  retryAfterSeconds: number;
  clear(): void;
  /** The fault for the next POST, if any (used by the receiver). */
  take(): FaultKind | null;
}


export function createFaults(): Faults {
  const queue: FaultKind[] = [];
  let storm: { rate: number; kinds: readonly FaultKind[]; rnd: () => number } | null = null;
  return {
    delayMs: 200,
    retryAfterSeconds: 1,
    failNext(n, kind) {
      for (let i = 0; i < n; i++) queue.push(kind);
    },
    random(options) {
      storm = options ? { rate: options.rate, kinds: options.kinds, rnd: options.seed === undefined ? Math.random : seededRandom(options.seed) } : null;
    },
    clear() {
      queue.length = 0;
      storm = null;
    },
    take() {
      const next = queue.shift();
      if (next) return next;
      if (storm && storm.kinds.length > 0 && storm.rnd() < storm.rate) {
        return storm.kinds[Math.floor(storm.rnd() * storm.kinds.length)] ?? null;
      }
      return null;
    },
  };
}
