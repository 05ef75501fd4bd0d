// Arguments of core calls that are not case content: ids, operators, amendment requests.
import { z } from 'zod';
import type { OperatorOptions } from '../../../src-shared/core-api';
import { amendmentRequestSchema, zodIssues } from '../../../src-shared/domain';
import { validationError } from './validation-error';

import { idSchema, operatorSchema } from '../../../src-shared/call-arguments';

export const SYSTEM_OPERATOR = 'system';

function parse<T>(schema: z.ZodType<T>, value: unknown, path: string): T {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const prefixed = (p: string): string => (path && p ? `${path}.${p}` : path || p);
  // zod 4 may run a check after a type failure (an array "too small" for a string): one issue per field and code.
  const seen = new Set<string>();
  const issues = zodIssues(r.error).map((i) => ({ ...i, path: prefixed(i.path) })).filter((i) => {
    const key = `${i.path}\u0000${i.code}`;
    return !seen.has(key) && Boolean(seen.add(key));
  });
  throw validationError(issues);
}

export function parseId(id: unknown): string {
  return parse(idSchema, id, 'id');
}

export function parseOperator(opts: OperatorOptions | undefined): string {
  return opts?.operator === undefined ? SYSTEM_OPERATOR : parse(operatorSchema, opts.operator, 'operator');
}

/** An optional operator as the core methods take it: `system` when absent. */
export const operatorOption = operatorSchema.optional().transform((v) => v ?? SYSTEM_OPERATOR);
export { idSchema };

/** Several arguments at once, so a call with more than one bad argument hears about every one. */
export function parseArguments<S extends z.ZodRawShape>(shape: S, values: { readonly [K in keyof S]: unknown }): z.output<z.ZodObject<S>> {
  return parse(z.object(shape), values, '');
}

/** A case id and the operator of a call on it, both checked before anything is read. */
export function parseIdAndOperator(id: unknown, opts: OperatorOptions | undefined): { id: string; operator: string } {
  return parseArguments({ id: idSchema, operator: operatorOption }, { id, operator: opts?.operator });
}

export const amendmentSchema = amendmentRequestSchema.extend({ by: operatorSchema });

export function parseAmendment(change: unknown): z.infer<typeof amendmentSchema> {
  return parse(amendmentSchema, change, '');
}
