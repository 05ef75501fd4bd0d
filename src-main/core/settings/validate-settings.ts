// settings.update() input: the IPC schema plus the rules it cannot express (known department,
// safe endpoint URL, a pattern that compiles). Every problem is reported at once.
import type { SettingsPatch } from '../../../src-shared/core-api';
import { facultyByCode, makeIssue, normalizeEmail, toHalfWidth, zodIssues, type Issue } from '../../../src-shared/domain';
import { isEmailAddress } from '../../../src-shared/domain/email-rule';
import { checkDeskPage, DESK_SITE_HOST, PHONE } from '../../../src-shared/counter-contact';
import { isHttpsUrl } from '../../../src-shared/formats';
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
  const mailForm = p.mailFormUrl === undefined ? null : checkMailFormUrl(p.mailFormUrl);
  if (mailForm && !mailForm.ok) issues.push(makeIssue('mailFormUrl', mailForm.problem === 'repeated-id' ? 'mail-form.url-repeated-id' : 'mail-form.url-invalid'));
  if (p.mailFormPrefillTemplate !== undefined && p.mailFormPrefillTemplate !== null) {
    const check = checkPrefillTemplate(p.mailFormPrefillTemplate);
    if (!check.ok) {
      issues.push(check.problem === 'unknown-placeholder'
        ? makeIssue('mailFormPrefillTemplate', 'prefill.unknown-placeholder', { name: check.unknown })
        : makeIssue('mailFormPrefillTemplate', check.problem === 'url' ? 'prefill.url-invalid' : 'prefill.no-placeholder'));
    }
  }
  issues.push(...contactIssues(p));
  const endpointBad = p.endpointUrl !== undefined && p.endpointUrl !== null && !isAllowedEndpoint(p.endpointUrl);
  if (endpointBad) issues.push(makeIssue('endpointUrl', 'endpoint.invalid'));
  if (issues.length === 0) return withContactFolded(p);
  if (endpointBad && issues.length === 1) {
    throw new CoreError('endpoint-invalid', issues[0]!.message, issues);
  }
  throw invalid(issues);
}

/** The counter's phone and e-mail as the notice prints them; every desk page https, on the desk's own site. */
function contactIssues(p: SettingsPatch): Issue[] {
  const issues: Issue[] = [];
  const c = p.counterContact;
  if (c && c.phone.trim() !== '' && !PHONE.test(c.phone.trim())) issues.push(makeIssue('counterContact.phone', 'settings.counter-phone-invalid'));
  if (c && c.email.trim() !== '' && !isEmailAddress(normalizeEmail(c.email))) issues.push(makeIssue('counterContact.email', 'settings.counter-email-invalid'));
  for (const [key, url] of Object.entries(p.deskLinks ?? {})) {
    if (!isHttpsUrl(url)) issues.push(makeIssue(`deskLinks.${key}`, 'settings.desk-link-invalid'));
    else {
      const page = checkDeskPage(url);
      if (!page.ok) issues.push(makeIssue(`deskLinks.${key}`, page.problem === 'off-site' ? 'settings.desk-link-off-site' : 'settings.desk-link-not-a-page', { host: DESK_SITE_HOST }));
    }
  }
  return issues;
}

/** Trimmed, and the e-mail in ASCII (typed on a Japanese IME it may arrive full-width). */
function withContactFolded(p: SettingsPatch): SettingsPatch {
  const c = p.counterContact;
  if (!c) return p;
  return { ...p, counterContact: { name: c.name.trim(), phone: toHalfWidth(c.phone).trim(), email: c.email.trim() === '' ? '' : normalizeEmail(c.email), hours: c.hours.trim() } };
}

function invalid(issues: Issue[]): CoreError {
  return new CoreError(
    'validation',
    { ja: '設定に誤りがあります。各項目の説明に従って直してください。', en: 'Some settings are not valid. Correct each field as described.' },
    issues,
  );
}
