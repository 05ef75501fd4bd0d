// fast-check arbitraries derived from the zod schemas of the IPC contract (zod 4 definitions), so
// the fuzzer follows the contract as it changes. Unknown schema kinds fall back to fc.anything().
import fc from 'fast-check';
import type { z } from 'zod';

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
  entries?: Record<string, string | number>;
  values?: unknown[];
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  checks?: { _zod: { def: { check: string; minimum?: number; maximum?: number; value?: number; inclusive?: boolean; format?: string } } }[];
}

const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

function bounds(def: Def): { min?: number; max?: number; int: boolean } {
  const out: { min?: number; max?: number; int: boolean } = { int: false };
  for (const c of def.checks ?? []) {
    const d = c._zod.def;
    if (d.check === 'min_length' || d.check === 'min_size') out.min = d.minimum;
    if (d.check === 'max_length' || d.check === 'max_size') out.max = d.maximum;
    if (d.check === 'greater_than') out.min = d.value;
    if (d.check === 'less_than') out.max = d.value;
    if (d.check === 'number_format' && d.format?.includes('int')) out.int = true;
  }
  return out;
}

/** Strings staff might type, plus the awkward ones (control characters, full-width, long). */
function stringArb(min = 0, max = 64): fc.Arbitrary<string> {
  const cap = Math.min(max, 80);
  return fc.oneof(
    fc.string({ minLength: Math.min(min, cap), maxLength: cap }),
    fc.string({ minLength: Math.min(min, cap), maxLength: cap, unit: 'grapheme' }),
    fc.constantFrom('', ' ', '東大 花子', '1234567890', 'a@example.com', 'https://desk.example.ac.jp/submit', '\u0000', 'x'.repeat(max + 1)),
  );
}

export function arbitraryFor(schema: z.ZodType, depth = 0): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  if (depth > 6) return fc.constant(undefined);
  switch (def.type) {
    case 'object':
      return fc.record(Object.fromEntries(Object.entries(def.shape ?? {}).map(([k, v]) => [k, arbitraryFor(v, depth + 1)])), { requiredKeys: [] });
    case 'string': {
      const b = bounds(def);
      return stringArb(b.min ?? 0, b.max ?? 64);
    }
    case 'number': {
      const b = bounds(def);
      const lo = b.min ?? -1e6;
      const hi = b.max ?? 1e6;
      return fc.oneof(b.int ? fc.integer({ min: Math.ceil(lo), max: Math.floor(hi) }) : fc.double({ min: lo, max: hi, noNaN: true }), fc.constantFrom(NaN, -1, 0, 1e12));
    }
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries ?? { x: 'x' }));
    case 'literal':
      return fc.constantFrom(...(def.values ?? [null]));
    case 'optional':
      return fc.option(arbitraryFor(def.innerType!, depth + 1), { nil: undefined });
    case 'nullable':
      return fc.option(arbitraryFor(def.innerType!, depth + 1), { nil: null });
    case 'default':
    case 'pipe':
    case 'readonly':
      return def.innerType ? arbitraryFor(def.innerType, depth + 1) : fc.anything();
    case 'array': {
      const b = bounds(def);
      return fc.array(arbitraryFor(def.element!, depth + 1), { minLength: b.min ?? 0, maxLength: Math.min(b.max ?? 4, 4) });
    }
    case 'union':
      return fc.oneof(...(def.options ?? []).map((o) => arbitraryFor(o, depth + 1)));
    case 'record':
      return fc.dictionary(stringArb(1, 12), arbitraryFor(def.valueType!, depth + 1), { maxKeys: 3 });
    default:
      return fc.anything({ maxDepth: 2 });
  }
}
