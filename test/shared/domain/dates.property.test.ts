// Calendar arithmetic in Asia/Tokyo days: expiry = 1st of the next month, deadline = expiry + 180.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  accountExpiryFor,
  addDays,
  daysBetween,
  deadlineFor,
  isIsoDate,
  tokyoDate,
  tokyoTimestamp,
  WINDOW_DAYS,
} from '../../../src-shared/domain';

const isoDate = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('accountExpiryFor', () => {
  it('is always the 1st of the next month, after the departure and at most 31 days later', () => {
    fc.assert(
      fc.property(isoDate, (departure) => {
        const expiry = accountExpiryFor(departure);
        expect(isIsoDate(expiry)).toBe(true);
        expect(expiry.endsWith('-01')).toBe(true);
        const gap = daysBetween(departure, expiry);
        expect(gap).toBeGreaterThanOrEqual(1);
        expect(gap).toBeLessThanOrEqual(31);
        const [y, m] = departure.split('-').map(Number) as [number, number];
        const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
        expect(expiry.slice(0, 7)).toBe(next);
        // Every day of the departure month gives the same expiry.
        expect(accountExpiryFor(`${departure.slice(0, 7)}-01`)).toBe(expiry);
      }),
    );
  });

  it.each([
    ['2026-03-31', '2026-04-01'],
    ['2026-01-31', '2026-02-01'],
    ['2026-04-30', '2026-05-01'],
    ['2026-12-31', '2027-01-01'],
    ['2026-12-01', '2027-01-01'],
    ['2028-02-29', '2028-03-01'],
    ['2028-02-28', '2028-03-01'],
    ['2027-02-28', '2027-03-01'],
  ])('%s → %s', (departure, expiry) => {
    expect(accountExpiryFor(departure)).toBe(expiry);
  });

  it('refuses a date that does not exist', () => {
    expect(() => accountExpiryFor('2027-02-29')).toThrow(RangeError);
    expect(() => accountExpiryFor('2026-13-01')).toThrow(RangeError);
    expect(() => accountExpiryFor('31/03/2026')).toThrow(RangeError);
  });
});

describe('deadlineFor', () => {
  it('is always 180 days after the expiry', () => {
    fc.assert(fc.property(isoDate, (expiry) => {
      expect(daysBetween(expiry, deadlineFor(expiry))).toBe(WINDOW_DAYS);
    }));
  });

  it.each([
    ['2026-04-01', '2026-09-28'], // the SPEC example
    ['2026-10-01', '2027-03-30'],
    ['2027-10-01', '2028-03-29'], // crosses 2028-02-29
    ['2025-10-01', '2026-03-30'],
  ])('%s + 180 days = %s', (expiry, deadline) => {
    expect(deadlineFor(expiry)).toBe(deadline);
  });
});

describe('addDays and daysBetween', () => {
  it('round-trip', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: -40_000, max: 40_000 }), (d, n) => {
        const moved = addDays(d, n);
        expect(isIsoDate(moved)).toBe(true);
        expect(daysBetween(d, moved)).toBe(n);
        expect(addDays(moved, -n)).toBe(d);
        expect(daysBetween(moved, d) + n).toBe(0);
      }),
    );
  });

  it('count leap days', () => {
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2027-02-28', '2027-03-01')).toBe(1);
    expect(daysBetween('2028-01-01', '2029-01-01')).toBe(366);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('2100-02-29')).toBe(false);
  });
});

describe('tokyoDate', () => {
  it('flips the day at 15:00:00Z (midnight in Tokyo), not before', () => {
    fc.assert(
      fc.property(isoDate, (d) => {
        expect(tokyoDate(new Date(`${d}T14:59:59.999Z`))).toBe(d);
        expect(tokyoDate(new Date(`${d}T15:00:00Z`))).toBe(addDays(d, 1));
        expect(tokyoDate(new Date(`${d}T00:00:00Z`))).toBe(d);
      }),
    );
  });

  it('timestamps carry +09:00 and the Tokyo wall-clock time', () => {
    expect(tokyoTimestamp(new Date('2026-03-31T15:30:05.123Z'))).toBe('2026-04-01T00:30:05+09:00');
    expect(tokyoTimestamp(new Date('2026-12-31T14:59:59Z'))).toBe('2026-12-31T23:59:59+09:00');
  });
});
