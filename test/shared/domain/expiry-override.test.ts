// The expiry override: source and reason are required, and reviving an expired case
// is a warning that blocks 確定 until it is acknowledged.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accountExpiryFor, addDays, deadlineFor, evaluateCase, expiryOverrideOf, expiryOverrideSources, type CaseInput } from '../../../src-shared/domain';
import { caseWith, context, evaluate, expectFinding, expectOnly, overrideExpiry } from './support';

// Departure 2026-03-31: computed deadline 2026-09-28. On 2026-11-01 the case is expired.
const LATE = '2026-11-01';
const revive = (c: CaseInput) => overrideExpiry(c, '2026-06-01');

describe('expiry override', () => {
  it('an override without a source or a reason blocks finalizing, naming each field', () => {
    expectOnly(evaluate((c) => { overrideExpiry(c, '2026-04-10'); delete c.eligibility.accountExpiryOverrideSource; }),
      'expiry.override-source-required', 'eligibility.accountExpiryOverrideSource');
    expectOnly(evaluate((c) => { overrideExpiry(c, '2026-04-10'); c.eligibility.accountExpiryOverrideReason = '  '; }),
      'expiry.override-reason-required', 'eligibility.accountExpiryOverrideReason');
  });

  it('reviving an expired case warns, and the unacknowledged warning blocks finalizing', () => {
    const e = evaluate(revive, { today: LATE });
    const warning = expectFinding(e, 'expiry.override-revives', 'eligibility.accountExpiryOverride', 'warning');
    expect(warning.message.ja).toContain('2026-09-28');
    expect(warning.message.en).toContain('2026-11-28');
    const block = expectFinding(e, 'acknowledge.required', 'acknowledgements.expiry-override-revives');
    expect(block.message.ja).toContain(warning.message.ja);
    expect(e.ok).toBe(false);
  });

  it('once acknowledged, the case may be finalized (the warning stays visible)', () => {
    const e = evaluate((c) => { revive(c); c.acknowledgements = { 'expiry-override-revives': true }; }, { today: LATE });
    expect(e.ok).toBe(true);
    expect(e.warnings.map((w) => w.code)).toContain('expiry.override-revives');
  });

  it('an override that does not change eligibility needs no acknowledgement', () => {
    expect(evaluate((c) => overrideExpiry(c, '2026-04-10')).ok).toBe(true);
  });

  it('property: the acknowledgement is required exactly when the computed deadline passed and the override one did not', () => {
    const day = fc.integer({ min: 0, max: 500 }).map((n) => addDays('2026-04-01', n));
    fc.assert(fc.property(day, fc.integer({ min: 0, max: 400 }), (today, shift) => {
      const overrideDate = addDays('2026-04-01', shift);
      const e = evaluateCase(caseWith((c) => overrideExpiry(c, overrideDate)), context({ today }));
      const computedExpired = deadlineFor(accountExpiryFor('2026-03-31')) < today;
      const overrideEligible = overrideDate <= today && deadlineFor(overrideDate) >= today;
      const required = e.issues.some((i) => i.code === 'acknowledge.required');
      expect(required).toBe(computedExpired && overrideEligible);
    }));
  });

  it('expiryOverrideOf gives the computed date, the override, the source and the reason, or null', () => {
    const c = caseWith(revive);
    expect(expiryOverrideOf(c.eligibility)).toEqual({ computed: '2026-04-01', override: '2026-06-01', source: 'academic-system', reason: '学務システムで在籍延長を確認' });
    expect(expiryOverrideOf(caseWith().eligibility)).toBeNull();
    expect(expiryOverrideSources).toEqual(['academic-system', 'itc-notice', 'other']);
  });
});
