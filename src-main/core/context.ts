// What the store gives the other core modules (outbox, keys, records). openCore() in index.ts
// builds one CoreContext and passes it to createKeys(ctx), createOutbox(ctx, …), createRecords(ctx, …).
import type Database from 'better-sqlite3-multiple-ciphers';
import type { CaseView, Settings } from '../../src-shared/core-api';
import type { CaseEvents } from './cases/case-events';
import type { SecretStore } from './core-types';

export type AuditAction =
  | 'create' | 'update' | 'finalize' | 'amend' | 'discard' | 'close-not-verified'
  | 'enqueue' | 'deliver' | 'needs-attention' | 'retry'
  | 'hand-over' | 'undo-hand-over' | 'queue-awaiting' | 'send-all' | 'amendment-notice' | 'open-mail-form'
  | 'print' | 'save' | 'export' | 'purge' | 'settings' | 'key-rotate' | 'backup' | 'audit-break' | 'audit-ack'
  | 'audit-redact' | 'audit-format';

export interface AuditEvent {
  readonly action: AuditAction;
  readonly operator: string;
  readonly caseId?: string | null;
  /** Non-personal details only (case number, status, field names, counts). Personal values are
   *  passed in `personal` and stored only as HMACs under the case's own key (shredded at purge). */
  readonly details?: Readonly<Record<string, string | number | boolean | null>>;
  readonly personal?: Readonly<Record<string, string>>;
}

export interface CoreContext {
  /** The open, encrypted database. Every module's tables come from numbered migrations in ./migrations. */
  readonly db: Database.Database;
  readonly dataDir: string;
  readonly secrets: SecretStore;
  readonly fetch: typeof fetch;
  now(): Date;
  /** Append to the hash-chained audit trail (synchronous; call inside the same transaction as the change). */
  audit(event: AuditEvent): void;
  getSettings(): Settings;
  /** The current view of a case (amendments applied). Throws CoreError('not-found'). */
  getCase(id: string): CaseView;
  /** Finalize and correction events, inside their transactions (the outbox adds its items there). */
  readonly caseEvents: Pick<CaseEvents, 'on'>;
}
