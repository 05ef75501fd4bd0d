// The case as staff type it. Two schemas share one shape (case-shape.ts):
// - `caseDraftSchema`: every field optional, types and length limits only, so a half-typed draft
//   always saves (nothing typed is lost) — except a My Number, which is never stored anywhere.
// - `caseInputSchema`: the complete case; every context-free rule runs in superRefine and reports
//   its stable issue code as the zod message (the UI and evaluateCase translate codes to ja/en).
import { caseDraftShape, caseShape } from './case-shape';
import { fieldIssues, myNumberIssues } from './field-rules';

export * from './case-shape';

export const caseDraftSchema = caseDraftShape.superRefine((draft, ctx) => {
  for (const issue of myNumberIssues(draft)) ctx.addIssue({ code: 'custom', path: issue.path.split('.'), message: issue.code });
});

export const caseInputSchema = caseShape.superRefine((input, ctx) => {
  // zod still runs this after a failed length check; a field it already refused is not reported twice.
  const refused = ctx.issues.map((i) => (i.path ?? []).map(String).join('.'));
  const seen = (path: string) => refused.some((r) => r === path || path.startsWith(`${r}.`));
  for (const issue of fieldIssues(input)) {
    if (issue.severity === 'error' && !seen(issue.path)) ctx.addIssue({ code: 'custom', path: issue.path.split('.'), message: issue.code });
  }
});
