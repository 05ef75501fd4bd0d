// The core's guards (closed, staff) each hand out a copy of an API object whose methods run a check
// first. This is the copying, once: data members are kept as they are, every method is replaced by
// what `wrap` makes of it (called with the original object as `this`).
export type AnyFunction = (...args: unknown[]) => unknown;

export function wrapMethods<T extends object>(api: T, wrap: (name: string, call: (args: unknown[]) => unknown) => AnyFunction): T {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(api)) {
    if (typeof value !== 'function') {
      out[name] = value;
      continue;
    }
    const fn = value as AnyFunction;
    out[name] = wrap(name, (args) => fn.apply(api, args));
  }
  return out as T;
}
