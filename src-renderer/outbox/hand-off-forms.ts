// The two small hand-off forms' rules: the desk's auto-reply number is optional and follows the
// one shared reference rule (the core checks the same); undoing a hand-off needs a reason for the
// audit trail.
import { z } from 'zod';
import { handOffReferenceIssues } from '../../src-shared/domain';

export const markFormSchema = z.object({
  reference: z.string().trim().superRefine((value, ctx) => {
    // The issue code is the message: the field error shows it in the user's language.
    if (value !== '') for (const issue of handOffReferenceIssues(value)) ctx.addIssue({ code: 'custom', message: issue.code });
  }),
});
export type MarkFormValues = z.infer<typeof markFormSchema>;

export const undoFormSchema = z.object({
  reason: z.string().trim().min(1, { error: 'handoff.undo-reason-required' }).max(1000, { error: 'handoff.undo-reason-too-long' }),
});
export type UndoFormValues = z.infer<typeof undoFormSchema>;
