import { describe, expect, it } from 'vitest';
import { accountExpiryFor, containsMyNumber, deadlineFor, evaluateCase } from '../../../src-shared/domain';
import { completeCase } from '../../support/fixtures';

describe('domain smoke', () => {
  it('computes the seed example deadline', () => {
    expect(accountExpiryFor('2026-03-31')).toBe('2026-04-01');
    expect(deadlineFor('2026-04-01')).toBe('2026-09-28');
  });
  it('accepts a complete case and detects a My Number', () => {
    const r = evaluateCase(completeCase(), { today: '2026-05-01', departmentCode: 'engineering', history: [] });
    expect(r.issues).toEqual([]);
    expect(r.ok).toBe(true);
    expect(containsMyNumber('1234 5678 9012')).toBe(true);
    expect(containsMyNumber('090-1234-5678')).toBe(false);
  });
});
