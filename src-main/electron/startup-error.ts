// When the core cannot open (keychain unavailable, database unreadable…): one native dialog that
// says what happened and what to do, in both languages (settings are inside the database, so the
// language is unknown), with no personal data — then the caller quits without touching the data.
import { dialog } from 'electron';
import { isCoreError } from '../core/errors';
import { startupFailure } from './shell-messages';

export function startupErrorText(error: unknown): { title: string; body: string } {
  const what = isCoreError(error) ? error.messages : startupFailure.unexpected;
  const code = isCoreError(error) ? error.code : 'unexpected';
  return {
    title: `${startupFailure.title.ja} / ${startupFailure.title.en}`,
    body: `${what.ja}\n${startupFailure.untouched.ja}\n\n${what.en}\n${startupFailure.untouched.en}\n\n(${code})`,
  };
}

export function showStartupError(error: unknown): void {
  const { title, body } = startupErrorText(error);
  dialog.showErrorBox(title, body);
}
