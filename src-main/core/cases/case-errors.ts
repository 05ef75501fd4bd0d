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

/** Only drafts are edited directly; later corrections are amendments. */
export function requireDraft(status: CaseStatus, action: { ja: string; en: string }): void {
  if (status !== 'draft') {
    throw wrongState(status, action, {
      ja: '確定後の訂正は「訂正(追記)」で記録してください。',
      en: 'Record a correction as an amendment instead.',
    });
  }
}
