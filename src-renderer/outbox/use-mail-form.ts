// The mail-form hand-off actions shared by the outbox and the next-steps panel: open the desk's
// form (copying the request text first when the link cannot carry it prefilled) and copy the text.
// Clipboard and browser go through window.salvageDesk only; each result is announced.
import { useCallback } from 'react';
import type { OutboxItem } from '../../src-shared/core-api';
import { deskApi, unwrap } from '../api/desk-api';
import { useDeskAction } from '../app/use-desk-action';
import { useT } from '../i18n/use-t';
import { useSession } from '../state/session-store';

export type Announce = (message: string) => void;

export function useMailForm(announce: Announce) {
  const t = useT();
  const { busy, run } = useDeskAction();
  const operator = useSession((s) => s.operator);

  const open = useCallback(async (item: OutboxItem) => {
    if (!operator) return;
    const api = deskApi();
    const link = await run(() => unwrap(api.getMailFormLink({ id: item.id })));
    if (!link) return;
    if (!link.prefilled && !(await run(() => unwrap(api.copyText({ text: link.text }))))) return;
    const opened = await run(() => unwrap(api.openMailForm({ id: item.id, operator: operator.name })));
    if (opened) announce(t(link.prefilled ? 'handoff.opened' : 'handoff.opened-paste', { number: item.caseNumber }));
  }, [announce, operator, run, t]);

  const copy = useCallback(async (item: OutboxItem) => {
    const api = deskApi();
    const link = await run(() => unwrap(api.getMailFormLink({ id: item.id })));
    if (link && (await run(() => unwrap(api.copyText({ text: link.text }))))) announce(t('handoff.copied', { number: item.caseNumber }));
  }, [announce, run, t]);

  return { busy, open, copy };
}
