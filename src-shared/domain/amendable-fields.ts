// The one list of fields that may be corrected after 確定. The core refuses any
// other path, so a finalized case can never change what its identity check was based on (the
// method, the document, the checklist, the window); the correction form offers exactly these.
import type { CaseDraft } from './case-schema';

export interface AmendablePath {
  readonly path: string;
  /** The corrected value must be typed twice (valueConfirm), as at the counter. */
  readonly confirm?: boolean;
  /** Offered only when the case uses the field (a document name only for "other" documents). */
  readonly applies?: (input: CaseDraft) => boolean;
  /** Members of an object value that may also be corrected one at a time. */
  readonly parts?: readonly string[];
}

export const amendablePaths: readonly AmendablePath[] = [
  { path: 'applicant.name' },
  { path: 'applicant.nameKana' },
  { path: 'applicant.utokyoAccount' },
  { path: 'applicant.studentNumber' },
  { path: 'applicant.contactEmail', confirm: true },
  { path: 'applicant.facultyCode' },
  { path: 'request.reason' },
  { path: 'verification.verifierName' },
  { path: 'verification.verifierRole' },
  { path: 'verification.secondChecker', parts: ['name', 'role'] },
  { path: 'verification.documentTypeOther', applies: (c) => c.verification?.documentType === 'other' },
  { path: 'verification.videoReason', applies: (c) => c.verification?.method === 'video' },
];

/** The entry for `path` when the field may be amended on this case, else undefined. */
export function amendablePath(path: string, input: CaseDraft): AmendablePath | undefined {
  const entry = amendablePaths.find((f) => f.path === path || (f.parts ?? []).some((part) => `${f.path}.${part}` === path));
  return entry && (entry.applies?.(input) ?? true) ? entry : undefined;
}
