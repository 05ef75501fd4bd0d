// Autosave: every change is saved ~300 ms after typing pauses, and at once on a step change, on
// unmount and before the window unloads. Saves never overlap; a failed save keeps the typed
// values in the form and is retried with the next change (or "save again"). A My Number is never
// sent: the fields containing one are left out of the patch until it is removed.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CaseDraft, CaseView, CoreErrorData } from '../../src-shared/core-api';
import { myNumberIssues } from '../../src-shared/domain';
import { deskApi, toErrorData, unwrap } from '../api/desk-api';

export const AUTOSAVE_DELAY_MS = 300;
export type SaveState = 'saved' | 'pending' | 'saving' | 'error' | 'blocked';

function withoutPaths(draft: CaseDraft, paths: readonly string[]): CaseDraft {
  const copy = structuredClone(draft) as Record<string, unknown>;
  for (const path of paths) {
    const keys = path.split('.');
    let node: Record<string, unknown> | undefined = copy;
    for (const key of keys.slice(0, -1)) node = node?.[key] as Record<string, unknown> | undefined;
    if (node) delete node[keys[keys.length - 1] as string];
  }
  return copy as CaseDraft;
}

export interface Autosave {
  readonly state: SaveState;
  readonly error: CoreErrorData | null;
  schedule(): void;
  /** Saves now if anything is unsaved; resolves true when everything typed is saved. */
  flush(): Promise<boolean>;
}

export function useAutosave(options: { caseId: string; operator: string; enabled: boolean; read: () => CaseDraft; onSaved: (view: CaseView) => void }): Autosave {
  const [state, setState] = useState<SaveState>('saved');
  const [error, setError] = useState<CoreErrorData | null>(null);
  const opts = useRef(options);
  opts.current = options;
  const dirty = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const inflight = useRef<Promise<boolean> | null>(null);
  const mounted = useRef(true);
  const update = (s: SaveState) => { if (mounted.current) setState(s); };

  const saveOnce = useCallback(async (): Promise<boolean> => {
    dirty.current = false;
    const draft = opts.current.read();
    const blocked = myNumberIssues(draft).map((i) => i.path);
    update('saving');
    try {
      const view = await unwrap(deskApi().updateCase({ id: opts.current.caseId, patch: withoutPaths(draft, blocked), operator: opts.current.operator }));
      if (mounted.current) {
        setError(null);
        opts.current.onSaved(view);
      }
      update(dirty.current ? 'pending' : blocked.length > 0 ? 'blocked' : 'saved');
      return blocked.length === 0;
    } catch (e) {
      dirty.current = true;
      if (mounted.current) setError(toErrorData(e));
      update('error');
      return false;
    }
  }, []);

  const flush = useCallback(async (): Promise<boolean> => {
    clearTimeout(timer.current);
    timer.current = undefined;
    if (!opts.current.enabled) return true;
    // Bounded: at most one save in flight plus one for changes made meanwhile.
    for (let i = 0; i < 3; i++) {
      if (inflight.current) await inflight.current;
      if (!dirty.current) return true;
      const p = saveOnce();
      inflight.current = p;
      const ok = await p.finally(() => { if (inflight.current === p) inflight.current = null; });
      if (!ok) return false;
    }
    return !dirty.current;
  }, [saveOnce]);

  const schedule = useCallback(() => {
    if (!opts.current.enabled) return;
    dirty.current = true;
    update('pending');
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
  }, [flush]);

  useEffect(() => {
    mounted.current = true;
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (!dirty.current && !inflight.current) return;
      void flush();
      event.preventDefault(); // asks the browser to wait: the save is on its way
    };
    globalThis.addEventListener('beforeunload', beforeUnload);
    return () => {
      globalThis.removeEventListener('beforeunload', beforeUnload);
      mounted.current = false;
      if (dirty.current) void flush();
    };
  }, [flush]);

  return { state, error, schedule, flush };
}
