// One urgency rule: 0–14 days left and still to act on at the counter.
import { describe, expect, it } from 'vitest';
import { CASE_STATUSES, isUrgent, URGENT_DAYS } from '../../../src-shared/domain';

describe('isUrgent', () => {
  it('marks a case still at the counter with 0 to 14 days left', () => {
    for (const daysLeft of [0, 1, 7, URGENT_DAYS]) expect(isUrgent({ daysLeft, status: 'awaiting-hand-off' })).toBe(true);
    expect(isUrgent({ daysLeft: 3, status: 'draft' })).toBe(true);
  });

  it('never marks a case past its deadline, far from it, or without one', () => {
    expect(isUrgent({ daysLeft: -1, status: 'draft' })).toBe(false);
    expect(isUrgent({ daysLeft: URGENT_DAYS + 1, status: 'draft' })).toBe(false);
    expect(isUrgent({ daysLeft: null, status: 'draft' })).toBe(false);
  });

  it('never marks a case that has left the counter or was discarded', () => {
    const gone = CASE_STATUSES.filter((s) => !isUrgent({ daysLeft: 5, status: s }));
    expect(gone.sort()).toEqual(['closed-not-verified', 'delivered', 'discarded', 'handed-over']);
  });
});
