import type { CaseStatus } from '../../../src-shared/domain';
import { statusLabel } from '../../../src-shared/messages/status-labels';
import { CoreError } from '../errors';


export function caseNotFound(): CoreError {
  return new CoreError('not-found', {
    ja: '案件が見つかりません。一覧を更新してから選び直してください。',
    en: 'The case was not found. Refresh the list and choose it again.',
  });
}

export function wrongState(status: CaseStatus, action: { ja: string; en: string }, hint: { ja: string; en: string }): CoreError {
  return new CoreError('invalid-state', {
    ja: `この案件は「${statusLabel(status, 'ja')}」のため、${action.ja}できません。${hint.ja}`,
    en: `This case is ${status}, so it cannot be ${action.en}. ${hint.en}`,
  });
}

/**
 * Retention erased the case's personal data: whatever is written to it now would be kept in clear
 * with nothing left to erase it, so every write is refused. `action` says what was tried.
 */
export function purgedCase(action: { ja: string; en: string }): CoreError {
  return new CoreError('purged', {
    ja: `この案件は保存期間が過ぎて個人情報を消去したため、${action.ja}できません。申請がまだ必要なら、新しい案件として受け付けてください。`,
    en: `This case's personal data was erased when its retention period ended, so it cannot be ${action.en}. If the request is still needed, take it as a new case.`,
  });
}

/** Refuses any write on a case whose personal data was erased (purgedCase). */
export function requireNotPurged(row: { readonly purged_at: string | null }, action: { ja: string; en: string }): void {
  if (row.purged_at !== null) throw purgedCase(action);
}

/** Only drafts are edited directly; later corrections are amendments. */
export function requireDraft(status: CaseStatus, action: { ja: string; en: string }): void {
  if (status !== 'draft') {
    throw wrongState(status, action, {
      ja: '確定後の訂正は「訂正(追記)」で記録してください。',
      en: 'Record a correction as an amendment instead.',
    });
  }
}
