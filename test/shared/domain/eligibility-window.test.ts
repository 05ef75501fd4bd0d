// Eligibility and the 180-day window (SPEC §2 "Procedure" and "Window"), in Asia/Tokyo calendar days.
import { describe, expect, it } from 'vitest';
import { addDays, evaluateCase, PROGRAM_START } from '../../../src-shared/domain';
import { caseWith, codes, context, evaluate, expectClean, expectOnly, overrideExpiry } from './support';

// completeCase(): departure 2026-03-31 → expiry 2026-04-01 → deadline 2026-09-28 (the SPEC example).
const DEADLINE = '2026-09-28';

describe('the window', () => {
  it('derives the SPEC example: departure 2026-03-31 → expiry 2026-04-01 → deadline 2026-09-28', () => {
    const e = evaluate();
    expect(e.derived).toMatchObject({ accountExpiry: '2026-04-01', deadline: DEADLINE, daysLeft: 150 });
  });

  it('the deadline day itself is eligible (0 days left, urgent)', () => {
    const e = evaluate(undefined, { today: DEADLINE });
    const hit = expectOnly(e, 'window.urgent', 'eligibility.departureDate', 'warning');
    expect(e.derived.daysLeft).toBe(0);
    expect(hit.message.en).toContain(DEADLINE);
  });

  it('the day after the deadline is expired, and says by how many days', () => {
    const e = evaluate(undefined, { today: addDays(DEADLINE, 1) });
    const hit = expectOnly(e, 'window.expired', 'eligibility.departureDate');
    expect(e.derived.daysLeft).toBe(-1);
    expect(hit.message.en).toContain('passed 1 day');
    expect(hit.message.ja).toContain('1日過ぎ');
  });

  it('urgent with 14 days left, not with 15', () => {
    const urgent = expectOnly(evaluate(undefined, { today: '2026-09-14' }), 'window.urgent', 'eligibility.departureDate', 'warning');
    expect(urgent.message.en).toContain('14 day');
    expect(urgent.message.ja).toContain('残り14日');
    const e = evaluate(undefined, { today: '2026-09-13' });
    expectClean(e);
    expect(e.derived.daysLeft).toBe(15);
  });

  it('an override replaces the computed expiry and moves the deadline', () => {
    const e = evaluate((c) => { overrideExpiry(c, '2026-04-10'); });
    expectClean(e);
    expect(e.derived).toMatchObject({ accountExpiry: '2026-04-10', deadline: '2026-10-07' });
    // With the override the old deadline is no longer the last day.
    // (past the computed deadline, so the revival is acknowledged: see expiry-override.test.ts)
    const later = evaluate((c) => { overrideExpiry(c, '2026-04-10'); c.acknowledgements = { 'expiry-override-revives': true }; }, { today: '2026-09-30' });
    expect(later.ok).toBe(true);
    expect(later.warnings.map((w) => w.code)).toEqual(['window.urgent', 'expiry.override-revives']);
    expect(later.derived.daysLeft).toBe(7);
  });

  it('an override on the departure day is allowed; before it is refused', () => {
    expectClean(evaluate((c) => { overrideExpiry(c, '2026-03-31'); }, { today: '2026-04-01' }));
    const hit = expectOnly(
      evaluate((c) => { overrideExpiry(c, '2026-03-30'); }),
      'expiry.before-departure',
      'eligibility.accountExpiryOverride',
    );
    expect(hit.message.en).toContain('2026-03-30');
    expect(hit.message.en).toContain('2026-03-31');
  });

  it('an empty override means "use the computed date"', () => {
    const e = evaluate((c) => { c.eligibility.accountExpiryOverride = ''; });
    expectClean(e);
    expect(e.derived.accountExpiry).toBe('2026-04-01');
  });

  it('refuses a malformed override or departure date', () => {
    expectOnly(evaluate((c) => { overrideExpiry(c, '2026-04-31'); }), 'date.impossible', 'eligibility.accountExpiryOverride');
    expectOnly(evaluate((c) => { overrideExpiry(c, 'next month'); }), 'expiry.format', 'eligibility.accountExpiryOverride');
    const e = evaluate((c) => { c.eligibility.departureDate = '3月末'; });
    expectOnly(e, 'departure.format', 'eligibility.departureDate');
    expect(e.derived).toMatchObject({ accountExpiry: null, deadline: null, daysLeft: null });
    expectOnly(evaluate((c) => { c.eligibility.departureDate = '2026-02-29'; }), 'date.impossible', 'eligibility.departureDate');
    // Any usual form is read the same way: 和暦 and slashes included.
    expect(evaluate((c) => { c.eligibility.departureDate = 'R8.3.31'; }).derived.deadline).toBe('2026-09-28');
  });

  it('while the account is still valid the counter route is not open yet', () => {
    expectOnly(evaluate(undefined, { today: '2026-03-31' }), 'eligibility.account-active', 'eligibility.departureDate');
    expectClean(evaluate(undefined, { today: '2026-04-01' }));
  });
});

describe('the programme start (2025-10-01)', () => {
  const earlyCase = caseWith((c) => { c.eligibility.departureDate = '2025-08-31'; });

  it('refuses a case dated before applications opened', () => {
    const e = evaluateCase(earlyCase, context({ today: addDays(PROGRAM_START, -1) }));
    const hit = expectOnly(e, 'eligibility.before-program', 'eligibility.departureDate');
    expect(hit.message.en).toContain('2025-10-01');
  });

  it('accepts a case on the first day', () => {
    expectClean(evaluateCase(earlyCase, context({ today: PROGRAM_START })));
  });

  it('refuses a context without a calendar date for today instead of skipping the window', () => {
    expect(() => evaluateCase(earlyCase, context({ today: '' }))).toThrow(RangeError);
    expect(() => evaluateCase(earlyCase, context({ today: '2026-13-01' }))).toThrow(RangeError);
  });
});

describe('eligibility answers', () => {
  it('only people enrolled as students immediately before leaving can use the counter', () => {
    expectOnly(evaluate((c) => { c.eligibility.studentBeforeLeaving = false; }), 'eligibility.not-student', 'eligibility.studentBeforeLeaving');
  });

  it('an unanswered student question is its own error', () => {
    const e = evaluateCase(caseWith((c) => { delete (c.eligibility as Partial<typeof c.eligibility>).studentBeforeLeaving; }), context());
    expectOnly(e, 'eligibility.student-required', 'eligibility.studentBeforeLeaving');
  });

  it('records why the online service cannot be used; "other" needs a note', () => {
    expectOnly(evaluate((c) => { c.eligibility.onlineServiceUnavailable = 'other'; }), 'online.note-required', 'eligibility.onlineServiceNote');
    expectClean(evaluate((c) => { c.eligibility.onlineServiceUnavailable = 'other'; c.eligibility.onlineServiceNote = 'カードを紛失し再発行中'; }));
    expectClean(evaluate((c) => { c.eligibility.onlineServiceUnavailable = 'not-linked'; }));
    const e = evaluateCase(caseWith((c) => { delete (c.eligibility as Partial<typeof c.eligibility>).onlineServiceUnavailable; }), context());
    expectOnly(e, 'online.reason-required', 'eligibility.onlineServiceUnavailable');
  });

  it('an unknown reason value is refused without hiding the rest of the case', () => {
    const input = caseWith((c) => { c.applicant.name = ''; });
    (input.eligibility as { onlineServiceUnavailable: string }).onlineServiceUnavailable = 'lost';
    const e = evaluateCase(input, context());
    expect(codes(e).sort()).toEqual(['input.invalid', 'name.required']);
    expect(e.derived.deadline).toBe(DEADLINE);
  });
});
