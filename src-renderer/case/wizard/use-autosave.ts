// Autosave: every change is saved ~300 ms after typing pauses, and at once on a step change, on
// unmount and before the window unloads. Saves never overlap; a failed save keeps the typed
// values in the form and is retried with the next change (or "save again"). A My Number is never
// sent: the fields containing one are left out of the patch until it is removed.
// A new case (no id yet) is created by its first save — one create, whatever is typed meanwhile
// follows as ordinary updates of the created case (issue 13 §6: no empty drafts).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CaseDraft, CaseView, CoreErrorData } from '../../../src-shared/core-api';
import { myNumberIssues } from '../../../src-shared/domain';
import { deskApi, toErrorData, unwrap } from '../../api/desk-api';

export const AUTOSAVE_DELAY_MS = 300;
export type SaveState = 'new' | 'saved' | 'pending' | 'saving' | 'error' | 'blocked';

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
  /** The case's id: '' until the first save has created it. */
  caseId(): string;
}

export interface AutosaveOptions {
  /** '' for a case not created yet. */
  readonly caseId: string;
  readonly operator: string;
  readonly enabled: boolean;
  read(): CaseDraft;
  onSaved(view: CaseView): void;
  /** Called (while mounted) once the first save has created the case. */
  onCreated?(view: CaseView): void;
}

export function useAutosave(options: AutosaveOptions): Autosave {
  const [state, setState] = useState<SaveState>(options.caseId ? 'saved' : 'new');
  const [error, setError] = useState<CoreErrorData | null>(null);
  const opts = useRef(options);
  opts.current = options;
  const dirty = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const inflight = useRef<Promise<boolean> | null>(null);
  const mounted = useRef(true);
  const id = useRef(options.caseId);
  const update = (s: SaveState) => { if (mounted.current) setState(s); };

  const saveOnce = useCallback(async (): Promise<boolean> => {
    dirty.current = false;
    const draft = opts.current.read();
    const blocked = myNumberIssues(draft).map((i) => i.path);
    update('saving');
    try {
      const patch = withoutPaths(draft, blocked);
      const { operator } = opts.current;
      const creating = !id.current;
      const view = await unwrap(creating
        ? deskApi().createCase({ input: patch, operator })
        : deskApi().updateCase({ id: id.current, patch, operator }));
      id.current = view.id;
      if (mounted.current) {
        setError(null);
        opts.current.onSaved(view);
        if (creating) opts.current.onCreated?.(view);
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

  const caseId = useCallback(() => id.current, []);
  return { state, error, schedule, flush, caseId };
}
