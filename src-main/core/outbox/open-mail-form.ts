// Open the desk's mail form for one item, in one call: the link is built once (prefilled when the
// desk's template can carry the block), the block is put on the clipboard when the link cannot
// carry it, the form is opened through the shell, and the opening is audited (case number, item
// and what happened; never the text or the URL, which hold personal data). It acts on the existing
// item only: finalize and corrections make the items.
import type { MailFormOpened, OperatorOptions } from '../../../src-shared/core-api';
import type { MailFormDestination } from '../../../src-shared/protocol/mail-form-destination';
import { idSchema, operatorOption, parseArguments } from '../cases/arguments';
import type { MailFormDesktop } from './mail-form-desktop';
import { mailFormLink } from './mail-form-link';
import { requireLiveRow, type OutboxContext } from './outbox-context';
import type { OutboxRow } from './outbox-rows';

/** What a refusal names when the case was erased: its text can no longer be copied or sent. */
export const MAIL_FORM_ACTION = { ja: 'メールフォームで送付', en: 'sent through the mail form' };

async function copied(desktop: MailFormDesktop, text: string): Promise<boolean> {
  try {
    await desktop.copyText(text);
    return true;
  } catch {
    return false; // the renderer offers the text to select by hand
  }
}

/**
 * Where the form opens and the item's row as it is after that is known: learning the form id may
 * wait on the network, and a purge meanwhile erases the case, so the row is read (and refused when
 * erased) again afterwards and the link is built from that read, never from the one before.
 */
export async function liveDestination(
  o: OutboxContext, id: string, destination: () => Promise<MailFormDestination>,
): Promise<{ dest: MailFormDestination; row: OutboxRow }> {
  requireLiveRow(o, id, MAIL_FORM_ACTION); // refused at once, without asking the network
  const dest = await destination();
  return { dest, row: requireLiveRow(o, id, MAIL_FORM_ACTION) };
}

/**
 * `destination` is where the form may open now (the confirmed form link, and the template only
 * for the form id its published link leads to); the shell's allowlist follows it, not the settings.
 */
export async function openMailForm(
  o: OutboxContext, idArg: string, opts: OperatorOptions | undefined, desktop: MailFormDesktop, destination: () => Promise<MailFormDestination>,
): Promise<MailFormOpened> {
  const { id, operator } = parseArguments({ id: idSchema, operator: operatorOption }, { id: idArg, operator: opts?.operator });
  const { dest, row } = await liveDestination(o, id, destination);
  const link = mailFormLink(dest, row, o.rows.requestOf(row.case_id));
  const copy = link.prefilled ? null : await copied(desktop, link.text);
  const opened = copy === false ? false : await desktop.openMailForm(link.url, { mailFormUrl: dest.formUrl, mailFormPrefillTemplate: dest.template });
  o.core.audit({
    action: 'open-mail-form', operator, caseId: row.case_id,
    details: { caseNumber: row.case_number, itemId: row.id, kind: row.kind, prefilled: link.prefilled, copied: copy ?? false, opened },
  });
  return { ...link, opened, copied: copy ?? false };
}
