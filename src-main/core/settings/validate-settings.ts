// settings.update() input: the IPC schema plus the rules it cannot express (known department,
// safe endpoint URL, a pattern that compiles). Every problem is reported at once.
import type { SettingsPatch } from '../../../src-shared/core-api';
import { facultyByCode, makeIssue, zodIssues, type Issue } from '../../../src-shared/domain';
import { settingsPatchSchema } from '../../../src-shared/settings-patch-schema';
import { checkPrefillTemplate } from '../../../src-shared/protocol/prefill-template';
import { checkMailFormUrl } from '../../../src-shared/protocol/mail-form-url';
import { CoreError } from '../errors';
import { isAllowedEndpoint } from './endpoint-url';

export function validateSettingsPatch(patch: unknown): SettingsPatch {
  const parsed = settingsPatchSchema.safeParse(patch ?? {});
  if (!parsed.success) throw invalid(zodIssues(parsed.error));
  const p = parsed.data;
  const issues: Issue[] = [];
  if (p.department && !facultyByCode(p.department.code)) issues.push(makeIssue('department.code', 'settings.department-unknown'));
  if (p.studentNumberPattern) {
    try {
      new RegExp(`^(?:${p.studentNumberPattern})$`);
    } catch {
      issues.push(makeIssue('studentNumberPattern', 'settings.pattern-invalid'));
    }
  }
  if (p.mailFormUrl !== undefined && !checkMailFormUrl(p.mailFormUrl).ok) issues.push(makeIssue('mailFormUrl', 'mail-form.url-invalid'));
  if (p.mailFormPrefillTemplate !== undefined && p.mailFormPrefillTemplate !== null) {
    const check = checkPrefillTemplate(p.mailFormPrefillTemplate);
    if (!check.ok) {
      issues.push(check.problem === 'unknown-placeholder'
        ? makeIssue('mailFormPrefillTemplate', 'prefill.unknown-placeholder', { name: check.unknown })
        : makeIssue('mailFormPrefillTemplate', check.problem === 'url' ? 'prefill.url-invalid' : 'prefill.no-placeholder'));
    }
  }
  const endpointBad = p.endpointUrl !== undefined && p.endpointUrl !== null && !isAllowedEndpoint(p.endpointUrl);
  if (endpointBad) issues.push(makeIssue('endpointUrl', 'endpoint.invalid'));
  if (issues.length === 0) return p;
  if (endpointBad && issues.length === 1) {
    throw new CoreError('endpoint-invalid', issues[0]!.message, issues);
  }
  throw invalid(issues);
}

function invalid(issues: Issue[]): CoreError {
  return new CoreError(
    'validation',
    { ja: '設定に誤りがあります。各項目の説明に従って直してください。', en: 'Some settings are not valid. Correct each field as described.' },
    issues,
  );
}
