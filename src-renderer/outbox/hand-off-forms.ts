// The two small hand-off forms' rules: the desk's auto-reply number is optional and short (the
// core also refuses personal data in it); undoing a hand-off needs a reason for the audit trail.
import { z } from 'zod';
import { HAND_OFF_REFERENCE_MAX } from '../../src-shared/ipc-contract';

export const markFormSchema = z.object({
  reference: z.string().trim().max(HAND_OFF_REFERENCE_MAX, { error: 'handoff.reference-too-long' }),
});
export type MarkFormValues = z.infer<typeof markFormSchema>;

export const undoFormSchema = z.object({
  reason: z.string().trim().min(1, { error: 'handoff.undo-reason-required' }).max(1000, { error: 'handoff.undo-reason-too-long' }),
});
export type UndoFormValues = z.infer<typeof undoFormSchema>;
