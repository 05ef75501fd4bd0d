// How the correction form presents the fields staff may correct after finalizing: the label the
// wizard uses and the control each needs. WHICH fields may be corrected is the core's one list
// (src-shared/domain/amendable-fields.ts); this file only dresses it. The second checker is amended as one {name, role} value, so a half-filled second
// checker is refused (the core checks name and role together only when both are in the value).
import type { CaseDraft } from '../../../src-shared/core-api';
import { amendablePaths, checklistItemById, type AmendablePath } from '../../../src-shared/domain';
import { valueInWords } from '../../../src-shared/domain/value-in-words';
import type { UiKey } from '../../../src-shared/messages/ui';
import type { Translate } from '../../i18n/use-t';

export type AmendKind = 'text' | 'email' | 'account' | 'textarea' | 'faculty' | 'person';

export interface AmendableField extends AmendablePath {
  readonly label: UiKey;
  readonly kind: AmendKind;
}

const presentation: Readonly<Record<string, { label: UiKey; kind: AmendKind }>> = {
  'applicant.name': { label: 'applicant.name', kind: 'text' },
  'applicant.nameKana': { label: 'applicant.name-kana', kind: 'text' },
  'applicant.utokyoAccount': { label: 'applicant.account', kind: 'account' },
  'applicant.studentNumber': { label: 'applicant.student-number', kind: 'text' },
  'applicant.contactEmail': { label: 'applicant.email', kind: 'email' },
  'applicant.facultyCode': { label: 'applicant.faculty', kind: 'faculty' },
  'request.reason': { label: 'request.reason', kind: 'textarea' },
  'verification.verifierName': { label: 'method.verifier-name', kind: 'text' },
  'verification.verifierRole': { label: 'method.verifier-role', kind: 'text' },
  'verification.secondChecker': { label: 'amend.second-checker', kind: 'person' },
  'verification.documentTypeOther': { label: 'method.document-other', kind: 'text' },
  'verification.videoReason': { label: 'method.video-reason', kind: 'textarea' },
};

export const amendableFields: readonly AmendableField[] = amendablePaths.flatMap((f) => {
  const shown = presentation[f.path];
  return shown ? [{ ...f, ...shown }] : [];
});

/** Labels for paths amended before (or by other tools) that the form does not offer. */
const otherLabels: Readonly<Record<string, UiKey>> = {
  'applicant.contactEmailConfirm': 'applicant.email-confirm',
  'verification.secondChecker.name': 'method.second-name',
  'verification.secondChecker.role': 'method.second-role',
  'verification.documentType': 'method.document',
  'verification.method': 'method.method',
  'request.services': 'request.services',
};

export function amendableField(path: string): AmendableField | undefined {
  return amendableFields.find((f) => f.path === path);
}

export function fieldsFor(input: CaseDraft): readonly AmendableField[] {
  return amendableFields.filter((f) => f.applies?.(input) ?? true);
}

type Language = 'ja' | 'en';

/** The label of an amended path in the user's language; an unknown path is shown as it is. */
export function fieldLabel(path: string, t: Translate, language: Language): string {
  const key = amendableField(path)?.label ?? otherLabels[path];
  if (key) return t(key);
  const item = path.startsWith('verification.checklist.') ? checklistItemById(path.slice('verification.checklist.'.length)) : undefined;
  return item ? item[language] : path;
}

/** A stored or amended value in words: the one shared rule (also the record's); empty is ''. */
export function formatValue(path: string, value: unknown, language: Language): string {
  return valueInWords(path, value, language);
}

/** The current value of a path in the case. */
export function valueAt(input: CaseDraft, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), input);
}
