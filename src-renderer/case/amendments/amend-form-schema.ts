// The correction form: what the UI checks before asking the core (a field is chosen, a reason is
// given, the value really changes, no My Number anywhere — so one is never even sent), and the
// mapping of the core's issues back onto the form's fields. The field's own rules stay in the core.
import type { FieldError } from 'react-hook-form';
import { z } from 'zod';
import type { CaseDraft, Issue, Language } from '../../../src-shared/core-api';
import { containsMyNumber, normalizeText } from '../../../src-shared/domain';
import { isIssueCode, issueMessage } from '../../../src-shared/messages/issues';
import { formatUi, isUiKey, type UiKey } from '../../../src-shared/messages/ui';
import { AMENDMENT_REASON_MAX } from '../../../src-shared/limits';
import { amendableField, valueAt } from './amendable-fields';

export interface AmendFormValues {
  field: string;
  value: string;
  /** The corrected value again, for the fields the core asks to be typed twice. */
  valueConfirm: string;
  secondName: string;
  secondRole: string;
  reason: string;
}

export type AmendFormField = keyof AmendFormValues;
export const emptyAmendForm: AmendFormValues = { field: '', value: '', valueConfirm: '', secondName: '', secondRole: '', reason: '' };
/** Form order: the first invalid one gets the focus. */
export const formOrder: readonly AmendFormField[] = ['field', 'value', 'valueConfirm', 'secondName', 'secondRole', 'reason'];

export const REASON_MAX = AMENDMENT_REASON_MAX;

/** The value sent to the core for the chosen field. */
export function changeValue(v: AmendFormValues): unknown {
  return amendableField(v.field)?.kind === 'person' ? { name: normalizeText(v.secondName), role: normalizeText(v.secondRole) } : v.value;
}

function unchanged(v: AmendFormValues, input: CaseDraft): boolean {
  const current = valueAt(input, v.field);
  if (amendableField(v.field)?.kind === 'person') {
    const p = (current ?? {}) as { name?: string; role?: string };
    return normalizeText(v.secondName) === (p.name ?? '') && normalizeText(v.secondRole) === (p.role ?? '');
  }
  return normalizeText(v.value) === (typeof current === 'string' ? current : '');
}

export function amendFormSchema(input: CaseDraft) {
  return z.object({
    field: z.string(), value: z.string(), valueConfirm: z.string(), secondName: z.string(), secondRole: z.string(), reason: z.string(),
  }).superRefine((v, ctx) => {
    const issue = (path: AmendFormField, message: UiKey | 'mynumber.detected' | 'text.too-long' | 'amend.confirm-mismatch') => ctx.addIssue({ code: 'custom', path: [path], message });
    if (!amendableField(v.field)) issue('field', 'amend.field-required');
    else if (unchanged(v, input)) issue(amendableField(v.field)?.kind === 'person' ? 'secondName' : 'value', 'amend.unchanged');
    if (amendableField(v.field)?.confirm && normalizeText(v.valueConfirm) !== normalizeText(v.value)) issue('valueConfirm', 'amend.confirm-mismatch');
    for (const key of ['value', 'valueConfirm', 'secondName', 'secondRole'] as const) if (containsMyNumber(v[key])) issue(key, 'mynumber.detected');
    if (v.reason.trim() === '') issue('reason', 'amend.reason-required');
    else if (v.reason.length > REASON_MAX) issue('reason', 'text.too-long');
    if (containsMyNumber(v.reason)) issue('reason', 'mynumber.detected');
  });
}

/** Where a core issue belongs on the form; null when it concerns none of its fields. */
export function formFieldOf(issue: Issue, field: string): AmendFormField | null {
  if (issue.path === 'reason' || issue.path === 'field' || issue.path === 'valueConfirm') return issue.path;
  const person = amendableField(field)?.kind === 'person';
  if (issue.path === 'value') return person ? 'secondName' : 'value';
  const concerns = issue.path === field || issue.path.startsWith(`${field}.`) || field.startsWith(`${issue.path}.`) ||
    (field === 'applicant.contactEmail' && issue.path === 'applicant.contactEmailConfirm');
  if (!concerns) return null;
  if (person) return issue.path.endsWith('.role') ? 'secondRole' : 'secondName';
  return 'value';
}

/** A form error in the user's language: the core's own text, an issue code, or a UI message key. */
export function amendErrorText(error: FieldError | undefined, language: Language): string | null {
  if (!error) return null;
  const localized = error.types?.[language];
  if (typeof localized === 'string') return localized;
  const code = error.message ?? '';
  if (isIssueCode(code)) return issueMessage(code).render({ max: REASON_MAX })[language];
  if (isUiKey(code)) return formatUi(language, code);
  return code || null;
}
