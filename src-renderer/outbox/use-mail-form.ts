// The mail-form hand-off actions shared by the outbox and the next-steps panel: open the desk's
// form (one call: the core builds the link, copies the text when the link cannot carry it, opens
// the form and audits it) and copy the text. Clipboard and browser go through window.salvageDesk
// only; each result is announced. When the clipboard refuses, the text is offered to select by
// hand (`fallback`), with a retry of the guarded copy (`retryCopy`). When the form opens without prefilled answers for a reason staff can act on,
// the announcement says why.
import { useCallback, useState } from 'react';
import type { OutboxItem } from '../../src-shared/core-api';
import type { UiKey } from '../../src-shared/messages/ui';
import type { PlainFormReason } from '../../src-shared/protocol/mail-form-destination';
import { deskApi, unwrap } from '../api/desk-api';
import { useDeskAction } from '../ui/use-desk-action';
import { useT } from '../i18n/use-t';
import { useSession } from '../state/session-store';

export type Announce = (message: string) => void;

/** Why the form opened without prefilled answers, said after it opens (nothing for "no template"). */
const PLAIN_FORM_REASON: Record<PlainFormReason, UiKey | null> = {
  'no-template': null,
  'form-id-unknown': 'plain-form.form-id-unknown',
  'form-id-mismatch': 'plain-form.form-id-mismatch',
  'mail-form-unconfirmed': 'plain-form.mail-form-unconfirmed',
  'too-long': 'plain-form.too-long',
};

export function useMailForm(announce: Announce) {
  const t = useT();
  const { busy, run } = useDeskAction();
  const operator = useSession((s) => s.operator);
  const [fallback, setFallback] = useState<string | null>(null);

  /** Copies the text; false (and the text shown to select by hand) when the clipboard refused. */
  const copyToClipboard = useCallback(async (text: string): Promise<boolean> => {
    const result = await run(() => unwrap(deskApi().copyText({ text })));
    if (result?.copied) return true;
    setFallback(text);
    announce(t('review.copy-failed'));
    return false;
  }, [announce, run, t]);

  const open = useCallback(async (item: OutboxItem) => {
    if (!operator) return;
    const result = await run(() => unwrap(deskApi().openMailForm({ id: item.id, operator: operator.name })));
    if (!result) return;
    if (!result.prefilled && !result.copied) {
      setFallback(result.text);
      announce(t('review.copy-failed'));
      return;
    }
    const why = result.reason ? PLAIN_FORM_REASON[result.reason] : null;
    if (result.opened) announce([t(result.prefilled ? 'handoff.opened' : 'handoff.opened-paste', { number: item.caseNumber }), why ? t(why) : ''].join(' ').trim());
  }, [announce, operator, run, t]);

  /** Tries the guarded copy of the text offered by hand again; once it works, the text is no longer shown. */
  const retryCopy = useCallback(async () => {
    if (fallback === null) return;
    const result = await run(() => unwrap(deskApi().copyText({ text: fallback })));
    if (result?.copied) {
      setFallback(null);
      announce(t('review.copy-retried'));
    } else {
      announce(t('review.copy-failed'));
    }
  }, [announce, fallback, run, t]);

  const copy = useCallback(async (item: OutboxItem) => {
    const link = await run(() => unwrap(deskApi().getMailFormLink({ id: item.id })));
    if (link && (await copyToClipboard(link.text))) announce(t('handoff.copied', { number: item.caseNumber }));
  }, [announce, copyToClipboard, run, t]);

  return { busy, open, copy, fallback, retryCopy };
}
