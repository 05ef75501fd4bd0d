// One correction request: the IPC contract and the core take the same fields and limits, and one
// rule says which statuses take a correction.
import { describe, expect, it } from 'vitest';
import { amendmentSchema } from '../../../src-main/core/cases/arguments';
import { amendmentRequestSchema, CASE_STATUSES, isAmendable } from '../../../src-shared/domain';
import { ipcContract } from '../../../src-shared/ipc-contract';
import { AMENDMENT_REASON_MAX } from '../../../src-shared/limits';

const change = { field: 'applicant.contactEmail', value: 'a@example.com', reason: 'x'.repeat(AMENDMENT_REASON_MAX), by: '窓口 太郎' };

describe('the correction request', () => {
  it('is refused alike by the contract and the core when the reason is one character too long', () => {
    const long = { ...change, reason: 'x'.repeat(AMENDMENT_REASON_MAX + 1) };
    expect(ipcContract['cases:amend-case'].request.safeParse({ id: crypto.randomUUID(), ...change }).success).toBe(true);
    expect(amendmentSchema.safeParse(change).success).toBe(true);
    expect(ipcContract['cases:amend-case'].request.safeParse({ id: crypto.randomUUID(), ...long }).success).toBe(false);
    expect(amendmentSchema.safeParse(long).success).toBe(false);
    expect(amendmentRequestSchema.safeParse({ ...change, field: 'not a path' }).success).toBe(false);
  });

  it('is taken from finalized on, never for a draft or a discarded case', () => {
    expect(CASE_STATUSES.filter((s) => !isAmendable(s)).sort()).toEqual(['closed-not-verified', 'discarded', 'draft']);
  });
});
