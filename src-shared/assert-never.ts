// The last branch of every switch over a union (STYLE: habit 6): a new member that is not handled
// becomes a compile error here instead of a silent fall-through at run time.
export function assertNever(value: never, what = 'value'): never {
  throw new Error(`unhandled ${what}: ${String(value)}`);
}
