// ④ After a correction: its signed correction notice, made by the core with the correction, is
// handed over as its own item (after the request when that has not left yet). Shown only when the
// case has notices; done once every one of them was handed over or delivered.
import type { CaseView } from '../../../src-shared/core-api';
import { stillToLeave } from '../../outbox/still-to-leave';
import { useT } from '../../i18n/use-t';
import type { Announce } from '../../outbox/use-mail-form';
import { useSession } from '../../state/session-store';
import { ItemHandOff } from './item-hand-off';
import { StepItem } from './step-item';

export function CorrectionStep({ view, announce }: { view: CaseView; announce: Announce }) {
  const t = useT();
  const outbox = useSession((s) => s.outbox);
  // Oldest first, as they were recorded (the outbox lists newest first).
  const notices = outbox.filter((i) => i.caseId === view.id && i.kind === 'amendment').sort((a, b) => a.queuedAt.localeCompare(b.queuedAt));
  if (notices.length === 0) return null;
  const done = notices.every((n) => !stillToLeave(n));
  return (
    <StepItem id="correction" title={t('next.correction')} done={done}>
      {!done && <p className="hint">{t('next.correction-lead')}</p>}
      <ol className="next-step-items">
        {notices.map((n, i) => (
          <li key={n.id} data-testid="correction-notice-item">
            <h4>{t('next.correction-item', { seq: i + 1 })}</h4>
            <ItemHandOff item={n} announce={announce} stateTestId="notice-outbox-state" />
          </li>
        ))}
      </ol>
    </StepItem>
  );
}
