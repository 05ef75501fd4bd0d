import { issueMessage, type IssueCode, type IssueParams } from '../messages/issues';

export type Severity = 'error' | 'warning';

/** One rule finding: where (dotted field path), which rule (stable code), and what to tell staff. */
export interface Issue {
  readonly path: string;
  readonly code: IssueCode;
  readonly severity: Severity;
  readonly message: { readonly ja: string; readonly en: string };
}

export function makeIssue(path: string, code: IssueCode, params: IssueParams = {}): Issue {
  return { path, code, severity: issueMessage(code).severity, message: issueMessage(code).render(params) };
}
