// The words for each kind of audit break (the banner and Settings → 監査記録 say the same).
import type { AuditProblem } from '../../src-shared/core-api';
import type { UiKey } from '../../src-shared/messages/ui';
import { assertNever } from '../../src-shared/assert-never';

export function auditProblemKey(problem: AuditProblem): UiKey {
  switch (problem) {
    case 'rewritten':
      return 'audit.problem.rewritten';
    case 'truncated':
      return 'audit.problem.truncated';
    case 'replaced':
      return 'audit.problem.replaced';
    case 'anchor-missing':
      return 'audit.problem.anchor-missing';
    case 'anchor-garbled':
      return 'audit.problem.anchor-garbled';
    case 'anchor-older':
      return 'audit.problem.anchor-older';
    case 'checkpoint-damaged':
      return 'audit.problem.checkpoint-damaged';
    case 'restore-unverified':
      return 'audit.problem.restore-unverified';
    case 'format-missing':
      return 'audit.problem.format-missing';
    case 'legacy-unverified':
      return 'audit.problem.legacy-unverified';
    case 'check-failed':
      return 'audit.problem.check-failed';
    case 'schema-changed':
      return 'audit.problem.schema-changed';
    default:
      return assertNever(problem, 'audit problem');
  }
}
