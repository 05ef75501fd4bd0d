import { isIssueCode, issueMessage } from '../../src-shared/messages/issues';
import { formatUi, isUiKey } from '../../src-shared/messages/ui';
import { useSession } from '../state/session-store';

/** A settings error message: a UI key or an issue code, shown in the user's language. */
export function SettingsFieldError({ id, message }: { id: string; message: string | undefined }) {
  const language = useSession((s) => s.language);
  if (!message) return null;
  const text = isIssueCode(message)
    ? issueMessage(message).render({ max: 200 })[language]
    : isUiKey(message) ? formatUi(language, message) : message;
  return <p className="field-error" id={id}>{text}</p>;
}
