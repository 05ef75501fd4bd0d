// The frame both hand-off forms share: a labelled group with the confirm and cancel buttons. Not
// a <form>: on the review step it sits inside the wizard's form (forms cannot nest), so Enter in
// its one-line field submits by hand.
import type { ReactNode } from 'react';
import { useT } from '../i18n/use-t';
import { enterSubmits } from './enter-submits';

interface FrameProps {
  readonly label: string;
  readonly testId: string;
  readonly confirm: string;
  readonly busy: boolean;
  readonly submit: () => Promise<void>;
  readonly onClose: () => void;
  readonly children: ReactNode;
}

export function HandOffFormFrame({ label, testId, confirm, busy, submit, onClose, children }: FrameProps) {
  const t = useT();
  return (
    <div className="hand-off-form" role="group" aria-label={label} onKeyDown={enterSubmits(submit)} data-testid={testId}>
      {children}
      <div className="form-actions">
        <button type="button" className="button-primary" disabled={busy} onClick={() => void submit()}>{confirm}</button>
        <button type="button" className="button-secondary" onClick={onClose}>{t('handoff.cancel')}</button>
      </div>
    </div>
  );
}
