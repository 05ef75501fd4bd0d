// The one definition of the arguments every call carries (issue 11, item 5): a record id and the
// staff member acting. The IPC contract and the core both parse with these, so a value one side
// accepts is never refused by the other.
import { z } from 'zod';

export const idSchema = z.string().min(1).max(100);
/** Who acts: a configured staff member's name, or 'system' for the app's own actions (checked in the core). */
export const operatorSchema = z.string().trim().min(1).max(200);
/** Why staff rotate the department key (recorded in the audit trail; never personal data). */
export const keyRotationReasonSchema = z.string().trim().min(1).max(500);
