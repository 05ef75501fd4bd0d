// The one definition of the arguments every call carries: a record id and the
// staff member acting. The IPC contract and the core both parse with these, so a value one side
// accepts is never refused by the other.
import { z } from 'zod';

export const idSchema = z.string().min(1).max(100);
/** Who acts: a configured staff member's name, or 'system' for the app's own actions (checked in the core). */
export const operatorSchema = z.string().trim().min(1).max(200);
/**
 * Why staff rotate the department key: one of a fixed list, recorded in the audit trail. Not free
 * text, because the trail never holds what staff typed in clear (a name in "why" would stay forever).
 */
export const KEY_ROTATION_REASONS = ['scheduled', 'staff-change', 'suspected-leak', 'pc-replaced', 'other'] as const;
export type KeyRotationReason = (typeof KEY_ROTATION_REASONS)[number];
export const keyRotationReasonSchema = z.enum(KEY_ROTATION_REASONS);
