// Operators are staff: whoever a call names as `operator` or amendment `by`
// must be a staff member configured in Settings. 'system' is the app's own actions (retention,
// delivery, calls without an operator). The very first Settings save may name a member it adds.
import type { Settings, StaffMember } from '../../src-shared/core-api';
import { makeIssue } from '../../src-shared/domain';
import { SYSTEM_OPERATOR } from './cases/arguments';
import { validationError } from './cases/validation-error';
import { wrapMethods } from './wrap-methods';

function named(args: readonly unknown[]): { path: string; name: string }[] {
  const out: { path: string; name: string }[] = [];
  for (const a of args) {
    if (!a || typeof a !== 'object' || Array.isArray(a)) continue;
    for (const key of ['operator', 'by'] as const) {
      const v = (a as Record<string, unknown>)[key];
      if (typeof v === 'string') out.push({ path: key, name: v.trim() });
    }
  }
  return out;
}

export function requireStaff(staff: readonly StaffMember[], path: string, name: string): void {
  if (name === SYSTEM_OPERATOR || name === '' || staff.some((s) => s.name.trim() === name)) return; // '' is refused by the argument schema
  throw validationError([makeIssue(path, 'operator.not-staff', { name })]);
}

/** A copy of `api` whose methods check every operator/by argument against the staff list first. */
export function guardStaff<T extends object>(api: T, settings: () => Settings, firstRun?: (args: unknown[]) => readonly StaffMember[]): T {
  return wrapMethods(api, (_name, call) => (...args: unknown[]): unknown => {
    const configured = settings().staff;
    const staff = configured.length === 0 && firstRun ? firstRun(args) : configured;
    try {
      for (const { path, name: who } of named(args)) requireStaff(staff, path, who);
    } catch (e) {
      return Promise.reject(e);
    }
    return call(args);
  });
}
