// A Settings action that saves a file through the shell's save dialog (the ledger, the verifier
// page): one way to start it, and one way to say how it ended — the panel's own "saved" message,
// or that the dialog was cancelled — under the panel's own heading.
import { useState } from 'react';
import type { Result } from '../../src-shared/core-api';
import type { UiKey } from '../../src-shared/messages/ui';
import { unwrap } from '../api/desk-api';
import { useT } from '../i18n/use-t';
import { useDeskAction } from '../ui/use-desk-action';
import { useSettingsOperator } from './settings-operator';

export function useSaveAction(save: (operator: string) => Promise<Result<{ saved: boolean }>>, saved: UiKey) {
  const t = useT();
  const { busy, run } = useDeskAction();
  const operator = useSettingsOperator();
  const [notice, setNotice] = useState<string | null>(null);
  const start = async (): Promise<void> => {
    setNotice(null);
    const r = await run(() => unwrap(save(operator)));
    if (r) setNotice(r.saved ? t(saved) : t('settings.cancelled'));
  };
  return { busy, run, notice, start };
}
