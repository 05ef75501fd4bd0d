// Typed core errors. Every failure carries a stable code, a ja/en message that says what to do,
// and (for rule violations) every issue found. They cross IPC as data via `toData()`.
import type { CoreErrorData } from '../../src-shared/core-api';
import type { Issue } from '../../src-shared/domain';

export type CoreErrorCode =
  | 'validation' // arguments or case content break the rules: see issues
  | 'not-found'
  | 'invalid-state' // e.g. editing a finalized case, discarding a delivered one
  | 'purged' // the case's personal data was erased by retention: nothing more may be written to it
  | 'keychain-unavailable'
  | 'database-unreadable' // wrong key, not a database, or failed integrity check
  | 'backup-passphrase'
  | 'backup-target-not-empty'
  | 'restore-incomplete' // a failed restore could not be rolled back: both folders kept, the message says where
  | 'endpoint-invalid'
  | 'destination-unconfirmed' // another destination than the built-in ones, not confirmed by name: see issues
  | 'io'
  | 'audit-unwritable' // the audit table did not take an entry as written (edited outside the app): nothing was saved
  | 'closed'; // the core was closed (quit, restore): nothing more can be read or written until the app restarts

export class CoreError extends Error {
  readonly code: CoreErrorCode;
  readonly messages: { readonly ja: string; readonly en: string };
  readonly issues: readonly Issue[];

  constructor(code: CoreErrorCode, messages: { ja: string; en: string }, issues: readonly Issue[] = [], options?: { cause?: unknown }) {
    super(`${code}: ${messages.en}`, options);
    this.name = 'CoreError';
    this.code = code;
    this.messages = messages;
    this.issues = issues;
  }

  toData(): CoreErrorData {
    return { code: this.code, message: this.messages, issues: this.issues };
  }
}

export function isCoreError(e: unknown): e is CoreError {
  return e instanceof CoreError;
}
