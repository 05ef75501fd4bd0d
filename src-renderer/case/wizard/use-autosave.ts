// Autosave: every change is saved ~300 ms after typing pauses, and at once on a step change, on
// unmount and before the window unloads. Saves never overlap; a failed save keeps the typed
// values in the form and is retried with the next change (or "save again"). A My Number is never
// sent: the fields containing one are left out of the patch until it is removed.
// A new case (no id yet) is created by its first save — one create, whatever is typed meanwhile
// follows as ordinary updates of the created case (no empty drafts).
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

/** What the save steps share across renders: the latest options and the save bookkeeping. */
interface AutosaveContext {
  opts: AutosaveOptions;
  /** Something typed is not saved yet. */
  dirty: boolean;
  timer: ReturnType<typeof setTimeout> | undefined;
  inflight: Promise<boolean> | null;
  mounted: boolean;
  /** The case's id: '' until the first save has created it. */
  id: string;
  readonly setState: (state: SaveState) => void;
  readonly setError: (error: CoreErrorData | null) => void;
}

function update(ctx: AutosaveContext, state: SaveState): void {
  if (ctx.mounted) ctx.setState(state);
}

/** One save of what the form holds now (created on the first save); true when nothing was held back. */
async function saveOnce(ctx: AutosaveContext): Promise<boolean> {
  ctx.dirty = false;
  const draft = ctx.opts.read();
  const blocked = myNumberIssues(draft).map((i) => i.path);
  update(ctx, 'saving');
  try {
    const patch = withoutPaths(draft, blocked);
    const { operator } = ctx.opts;
    const creating = !ctx.id;
    const view = await unwrap(creating
      ? deskApi().createCase({ input: patch, operator })
      : deskApi().updateCase({ id: ctx.id, patch, operator }));
    ctx.id = view.id;
    if (ctx.mounted) {
      ctx.setError(null);
      ctx.opts.onSaved(view);
      if (creating) ctx.opts.onCreated?.(view);
    }
    update(ctx, ctx.dirty ? 'pending' : blocked.length > 0 ? 'blocked' : 'saved');
    return blocked.length === 0;
  } catch (e) {
    ctx.dirty = true;
    if (ctx.mounted) ctx.setError(toErrorData(e));
    update(ctx, 'error');
    return false;
  }
}

async function flushSaves(ctx: AutosaveContext): Promise<boolean> {
  clearTimeout(ctx.timer);
  ctx.timer = undefined;
  if (!ctx.opts.enabled) return true;
  // Bounded: at most one save in flight plus one for changes made meanwhile.
  for (let i = 0; i < 3; i++) {
    if (ctx.inflight) await ctx.inflight;
    if (!ctx.dirty) return true;
    const p = saveOnce(ctx);
    ctx.inflight = p;
    const ok = await p.finally(() => { if (ctx.inflight === p) ctx.inflight = null; });
    if (!ok) return false;
  }
  return !ctx.dirty;
}

function scheduleSave(ctx: AutosaveContext): void {
  if (!ctx.opts.enabled) return;
  ctx.dirty = true;
  update(ctx, 'pending');
  clearTimeout(ctx.timer);
  ctx.timer = setTimeout(() => void flushSaves(ctx), AUTOSAVE_DELAY_MS);
}

/** Save before the window unloads and on unmount; answers the cleanup. */
function saveOnLeave(ctx: AutosaveContext): () => void {
  ctx.mounted = true;
  const beforeUnload = (event: BeforeUnloadEvent) => {
    if (!ctx.dirty && !ctx.inflight) return;
    void flushSaves(ctx);
    event.preventDefault(); // asks the browser to wait: the save is on its way
  };
  globalThis.addEventListener('beforeunload', beforeUnload);
  return () => {
    globalThis.removeEventListener('beforeunload', beforeUnload);
    ctx.mounted = false;
    if (ctx.dirty) void flushSaves(ctx);
  };
}

export function useAutosave(options: AutosaveOptions): Autosave {
  const [state, setState] = useState<SaveState>(options.caseId ? 'saved' : 'new');
  const [error, setError] = useState<CoreErrorData | null>(null);
  const ref = useRef<AutosaveContext | null>(null);
  ref.current ??= { opts: options, dirty: false, timer: undefined, inflight: null, mounted: true, id: options.caseId, setState, setError };
  const ctx = ref.current;
  ctx.opts = options;
  const flush = useCallback(() => flushSaves(ctx), [ctx]);
  const schedule = useCallback(() => scheduleSave(ctx), [ctx]);
  useEffect(() => saveOnLeave(ctx), [ctx]);
  const caseId = useCallback(() => ctx.id, [ctx]);
  return { state, error, schedule, flush, caseId };
}
