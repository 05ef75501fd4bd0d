// A button that prints through window.salvageDesk and announces what happened (also to screen
// readers): printed, or cancelled in the print dialog. A failure goes to the error banner.
import { useState } from 'react';
import { unwrap } from '../api/desk-api';
import type { Result } from '../../src-shared/core-api';
import { useT } from '../i18n/use-t';
import type { UiKey } from '../../src-shared/messages/ui';
import { useDeskAction } from './use-desk-action';

export interface PrintButtonProps {
  readonly label: UiKey;
  readonly printed: UiKey;
  /** The desk call; null when it cannot run now (no operator chosen). */
  readonly print: (() => Promise<Result<{ printed: boolean }>>) | null;
  readonly testId: string;
  /** Told when the print really happened (the next-steps panel marks its step done). */
  readonly onPrinted?: () => void;
}

export function PrintButton({ label, printed, print, testId, onPrinted }: PrintButtonProps) {
  const t = useT();
  const { busy, run } = useDeskAction();
  // The key, not the text: the result follows a later switch of the UI language.
  const [message, setMessage] = useState<UiKey | null>(null);
  const onClick = async () => {
    if (!print) return;
    setMessage(null);
    const done = await run(() => unwrap(print()));
    if (done) setMessage(done.printed ? printed : 'records.print-cancelled');
    if (done?.printed) onPrinted?.();
  };
  return (
    <span className="print-action">
      <button type="button" className="button-secondary" disabled={busy || !print} onClick={() => void onClick()} data-testid={testId}>
        {t(label)}
      </button>
      <span role="status" aria-live="polite" className="print-action-status" data-testid={`${testId}-status`}>{message && t(message)}</span>
    </span>
  );
}
