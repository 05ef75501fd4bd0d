// Discarding is the only way a draft disappears, and it asks first.
import { deskApi, unwrap } from '../../api/desk-api';
import { useDeskAction } from '../../ui/use-desk-action';
import { useT } from '../../i18n/use-t';
import { useSession } from '../../state/session-store';

export function DiscardButton({ caseId, flush }: { caseId: string; flush: () => Promise<boolean> }) {
  const t = useT();
  const { busy, run } = useDeskAction();
  const discard = async () => {
    if (!globalThis.confirm(t('wizard.discard-confirm'))) return;
    const operator = useSession.getState().operator;
    if (!operator) return;
    await flush();
    const done = await run(() => unwrap(deskApi().discardCase({ id: caseId, operator: operator.name })));
    if (done) useSession.getState().navigate({ name: 'cases' });
  };
  return <button type="button" className="button-danger discard" disabled={busy} onClick={() => void discard()}>{t('wizard.discard')}</button>;
}
