// A draft may hold anything half-typed, within types and length limits, except a My Number.
import { caseDraftSchema, foldDraft, zodIssues, type CaseDraft } from '../../../src-shared/domain';
import { isPlainObject } from './json-paths';
import { validationError } from './validation-error';
import { makeIssue } from '../../../src-shared/domain';

export function validateDraft(candidate: unknown): CaseDraft {
  if (!isPlainObject(candidate)) throw validationError([makeIssue('', 'input.invalid')]);
  const parsed = caseDraftSchema.safeParse(candidate);
  if (!parsed.success) throw validationError(zodIssues(parsed.error));
  return foldDraft(parsed.data);
}

export function requireObjectPatch(patch: unknown): Record<string, unknown> {
  if (patch === undefined) return {};
  if (!isPlainObject(patch)) throw validationError([makeIssue('', 'input.invalid')]);
  return patch;
}
