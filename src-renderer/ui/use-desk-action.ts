// Runs a core call, reporting a failure in the error banner instead of losing it.
import { useCallback, useState } from 'react';
import { toErrorData } from '../api/desk-api';
import { useSession } from '../state/session-store';

export function useDeskAction(): { busy: boolean; run: <T>(action: () => Promise<T>) => Promise<T | undefined> } {
  const [busy, setBusy] = useState(false);
  const showError = useSession((s) => s.showError);
  const run = useCallback(async <T,>(action: () => Promise<T>): Promise<T | undefined> => {
    setBusy(true);
    try {
      return await action();
    } catch (error) {
      showError(toErrorData(error));
      return undefined;
    } finally {
      setBusy(false);
    }
  }, [showError]);
  return { busy, run };
}
