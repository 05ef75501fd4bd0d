// Arguments of core calls that are not case content: ids, operators, amendment requests.
import { z } from 'zod';
import type { OperatorOptions } from '../../../src-shared/core-api';
import { zodIssues } from '../../../src-shared/domain';
import { validationError } from './validation-error';

const idSchema = z.string().min(1).max(100);
const operatorSchema = z.string().trim().min(1).max(200);

export const SYSTEM_OPERATOR = 'system';

function parse<T>(schema: z.ZodType<T>, value: unknown, path: string): T {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const prefixed = (p: string): string => (path && p ? `${path}.${p}` : path || p);
  throw validationError(zodIssues(r.error).map((i) => ({ ...i, path: prefixed(i.path) })));
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

export const amendmentSchema = z.object({
  field: z.string().min(1).max(200).regex(/^[A-Za-z][\w-]*(\.[A-Za-z][\w-]*)*$/),
  value: z.unknown(),
  reason: z.string().trim().min(1).max(1000),
  by: operatorSchema,
});

export function parseAmendment(change: unknown): z.infer<typeof amendmentSchema> {
  return parse(amendmentSchema, change, '');
}
