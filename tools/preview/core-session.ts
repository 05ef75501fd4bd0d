// The preview's open core with what hangs off it (outbox change feed, scheduler), replaceable as
// a whole: restoring a backup closes one core and opens another on the restored data, while the
// server keeps running. `proxy` always reaches the current core.
import type { Core, OutboxScheduler } from '../../src-main/core/core-types';
import { optionalPart } from '../../src-main/ipc/optional-part';
import type { EventHub } from './event-stream';

export interface CoreSession {
  /** A Core whose every part is looked up on the current core at call time. */
  readonly proxy: Core;
  readonly current: () => Core;
  readonly scheduler: () => OutboxScheduler | null;
  /** Close the current core (stop its scheduler first) and attach `next`. */
  replace(next: () => Promise<Core>): Promise<void>;
  close(): Promise<void>;
}

interface Attached {
  readonly core: Core;
  readonly scheduler: OutboxScheduler | null;
  readonly unsubscribe: (() => void) | null;
}

export function createCoreSession(first: Core, events: EventHub, online: () => boolean, log: (line: string) => void): CoreSession {
  const attach = (core: Core): Attached => {
    const unsubscribe = optionalPart(() => core.outbox.onChange((items) => events.emit('outbox:changed', items)), 'preview: the outbox change feed', log);
    const scheduler = optionalPart(() => core.outbox.startScheduler(), 'preview: the outbox scheduler', log);
    if (!online()) scheduler?.networkChanged(false);
    return { core, scheduler, unsubscribe };
  };
  const detach = async (a: Attached): Promise<void> => {
    a.unsubscribe?.();
    await a.scheduler?.stop();
    await a.core.close();
  };
  let attached: Attached | null = attach(first);
  const current = (): Core => {
    if (!attached) throw new Error('the preview core is closed');
    return attached.core;
  };
  return {
    proxy: new Proxy({} as Core, { get: (_target, prop) => Reflect.get(current(), prop) }),
    current,
    scheduler: () => attached?.scheduler ?? null,
    async replace(next) {
      if (attached) await detach(attached);
      attached = null;
      attached = attach(await next());
    },
    async close() {
      const a = attached;
      attached = null;
      if (a) await detach(a);
    },
  };
}
