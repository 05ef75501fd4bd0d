// What a settings panel reads from the core (the audit status, the erasure preview): read when the
// panel opens and again on refresh(), a failure shown in the error banner. The panel's own actions
// go through the returned `run`, so its buttons are busy while a read or an action is under way.
import { useCallback, useEffect, useState, type Dispatch, type SetStateAction } from 'react';
import { useDeskAction } from '../ui/use-desk-action';

export interface PanelReading<T> {
  readonly value: T | null;
  readonly setValue: Dispatch<SetStateAction<T | null>>;
  readonly refresh: () => Promise<void>;
  readonly busy: boolean;
  readonly run: ReturnType<typeof useDeskAction>['run'];
}

/** `read` must keep its identity across renders (a module-level function): it is an effect dependency. */
export function usePanelReading<T>(read: () => Promise<T>): PanelReading<T> {
  const { busy, run } = useDeskAction();
  const [value, setValue] = useState<T | null>(null);
  const refresh = useCallback(async () => {
    const v = await run(read);
    if (v !== undefined) setValue(v);
  }, [run, read]);
  useEffect(() => void refresh(), [refresh]);
  return { value, setValue, refresh, busy, run };
}
