// Opens a new draft pre-filled with what the app already knows: this department as the faculty
// and the operator as the verifier.
import { useCallback } from 'react';
import { deskApi, unwrap } from '../api/desk-api';
import { useSession } from '../state/session-store';
import { useDeskAction } from './use-desk-action';

export function useNewCase(): { busy: boolean; start: () => Promise<void> } {
  const { busy, run } = useDeskAction();
  const start = useCallback(async () => {
    const { operator, settings, navigate } = useSession.getState();
    if (!operator) return;
    const created = await run(() => unwrap(deskApi().createCase({
      operator: operator.name,
      input: {
        applicant: settings ? { facultyCode: settings.department.code } : {},
        verification: { verifierName: operator.name, verifierRole: operator.role },
      },
    })));
    if (created) navigate({ name: 'case', id: created.id, step: 1 });
  }, [run]);
  return { busy, start };
}
