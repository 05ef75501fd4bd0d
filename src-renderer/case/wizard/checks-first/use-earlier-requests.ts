// Asks the core, as soon as a complete UTokyo Account is typed on step 1, which requests this PC
// already holds for it — so staff learn before the identity check whether the case can go on.
import { useEffect, useState } from 'react';
import type { EarlierRequest } from '../../../../src-shared/core-api';
import { normalizeAccount } from '../../../../src-shared/domain';
import { isUtokyoAccount } from '../../../../src-shared/formats';
import { deskApi, unwrap } from '../../../api/desk-api';

export function useEarlierRequests(account: string, caseId: string): readonly EarlierRequest[] {
  const [found, setFound] = useState<{ account: string; list: readonly EarlierRequest[] }>({ account: '', list: [] });
  const normalized = normalizeAccount(account);
  const complete = isUtokyoAccount(normalized);
  useEffect(() => {
    if (!complete) return undefined;
    let cancelled = false;
    unwrap(deskApi().findEarlierRequests({ account: normalized, ...(caseId ? { excludeId: caseId } : {}) })).then(
      (list) => { if (!cancelled) setFound({ account: normalized, list }); },
      // Not knowing the history is not a reason to stop: the core checks it again at 確定.
      () => { if (!cancelled) setFound({ account: normalized, list: [] }); },
    );
    return () => { cancelled = true; };
  }, [complete, normalized, caseId]);
  return complete && found.account === normalized ? found.list : [];
}
