// Tracks running IPC calls (autosaves, sends) so quitting can wait for them before closing the
// database. Bounded: a call that never settles cannot keep the app from quitting forever.
export interface InFlight {
  track<T>(work: Promise<T>): Promise<T>;
  /** Resolves when every tracked call has settled, or after `timeoutMs`. Returns the count left. */
  drain(timeoutMs: number): Promise<number>;
  readonly size: number;
}

export function createInFlight(): InFlight {
  const running = new Set<Promise<unknown>>();
  return {
    track(work) {
      running.add(work);
      const done = (): void => void running.delete(work);
      work.then(done, done);
      return work;
    },
    async drain(timeoutMs) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, timeoutMs);
      });
      await Promise.race([Promise.allSettled([...running]), timeout]);
      clearTimeout(timer);
      return running.size;
    },
    get size() {
      return running.size;
    },
  };
}
