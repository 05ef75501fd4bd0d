// The form resolver: the same context-free rules as caseInputSchema (fieldIssues, which its
// superRefine runs) plus the draft schema's length and My Number checks, reported per field with
// both languages so a language switch re-renders errors without re-validating.
import type { FieldError, FieldErrors, Resolver } from 'react-hook-form';
import { caseDraftSchema, fieldIssues, zodIssues, type Issue } from '../../../src-shared/domain';
import { isIssueCode, issueMessage } from '../../../src-shared/messages/issues';
import type { Language } from '../../../src-shared/core-api';
import { toDraft, type CaseFormValues } from './case-form';

export function errorIssues(values: CaseFormValues): Issue[] {
  const draft = toDraft(values);
  const parsed = caseDraftSchema.safeParse(draft);
  const all = [...(parsed.success ? [] : zodIssues(parsed.error)), ...fieldIssues(draft)];
  return all.filter((i) => i.severity === 'error');
}

function setPath(target: Record<string, unknown>, path: string, error: FieldError): void {
  const keys = path.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) {
    const next = node[key];
    if (next && typeof next === 'object') node = next as Record<string, unknown>;
    else {
      const created: Record<string, unknown> = {};
      node[key] = created;
      node = created;
    }
  }
  const last = keys[keys.length - 1] as string;
  if (!node[last]) node[last] = error; // the first issue per field is the one to fix first
}

export const caseResolver: Resolver<CaseFormValues> = (values) => {
  const issues = errorIssues(values);
  if (issues.length === 0) return { values, errors: {} };
  const errors: Record<string, unknown> = {};
  for (const issue of issues) {
    setPath(errors, issue.path, { type: issue.code, message: issue.code, types: { ja: issue.message.ja, en: issue.message.en } });
  }
  return { values: {}, errors: errors as FieldErrors<CaseFormValues> };
};

/** The message of a field error in the user's language. */
export function errorText(error: FieldError | undefined, language: Language): string | null {
  if (!error) return null;
  const localized = error.types?.[language];
  if (typeof localized === 'string') return localized;
  const code = error.message ?? '';
  if (isIssueCode(code)) return issueMessage(code).render({})[language];
  return code || null;
}
