// The one reader of typed dates: Western and 和暦 forms, impossible days named as such, era bounds.
import { describe, expect, it } from 'vitest';
import { dateInputValue, eraName, foldDraft, parseDateInput } from '../../../src-shared/domain';
import { evaluate, expectOnly } from './support';

describe('parseDateInput', () => {
  it.each([
    ['2026-09-30'], ['2026/9/30'], ['2026.9.30'], ['20260930'], ['2026年9月30日'], ['２０２６年９月３０日'], [' 2026 - 09 - 30 '],
  ])('reads the Western form %s as 2026-09-30', (typed) => {
    expect(parseDateInput(typed)).toEqual({ kind: 'date', iso: '2026-09-30', era: null });
  });

  it.each([
    ['令和8年9月30日'], ['令和８年９月３０日'], ['R8.9.30'], ['R8/9/30'], ['r8.9.30'], ['R8-9-30'], ['R.8.9.30'], ['㋿8.9.30'], ['Ｒ８．９．３０'], ['令和8.9.30'],
  ])('reads the era form %s as 2026-09-30', (typed) => {
    const parsed = parseDateInput(typed);
    expect(parsed.kind).toBe('date');
    expect(parsed.kind === 'date' && parsed.iso).toBe('2026-09-30');
    expect(parsed.kind === 'date' && parsed.era?.ja).toBe('令和');
  });

  it('reads the last day of 平成 and the first of 令和, with 元年', () => {
    expect(dateInputValue('H31.4.30')).toBe('2019-04-30');
    expect(dateInputValue('平成31年4月30日')).toBe('2019-04-30');
    expect(dateInputValue('㍻31.4.30')).toBe('2019-04-30');
    expect(dateInputValue('令和元年5月1日')).toBe('2019-05-01');
    expect(dateInputValue('R1.5.1')).toBe('2019-05-01');
    expect(dateInputValue('S64.1.7')).toBe('1989-01-07');
  });

  it('says a day the calendar lacks is impossible, not unreadable', () => {
    expect(parseDateInput('2026-02-30')).toEqual({ kind: 'impossible', year: 2026, month: 2, day: 30 });
    expect(parseDateInput('令和8年2月29日')).toEqual({ kind: 'impossible', year: 2026, month: 2, day: 29 });
    expect(parseDateInput('2026/13/1')).toMatchObject({ kind: 'impossible', month: 13 });
    expect(parseDateInput('2028-02-29').kind).toBe('date'); // a leap year
  });

  it('refuses an era date outside its era', () => {
    expect(parseDateInput('H31.5.1')).toMatchObject({ kind: 'outside-era', iso: '2019-05-01' });
    expect(parseDateInput('平成32年1月1日')).toMatchObject({ kind: 'outside-era', eraYear: 32 });
    expect(parseDateInput('R1.4.30')).toMatchObject({ kind: 'outside-era', iso: '2019-04-30' });
    expect(parseDateInput('R0.5.1').kind).toBe('outside-era');
  });

  it('leaves what is no date unread, and keeps it as typed', () => {
    for (const typed of ['来月', '3/31', 'R8', '2026-3', 'X8.9.30', '令和8年9月30日頃']) expect(parseDateInput(typed).kind, typed).toBe('unreadable');
    expect(parseDateInput('  ').kind).toBe('empty');
    expect(dateInputValue('3/31')).toBe('3/31');
  });

  it('names a Western date in the era calendar', () => {
    expect(eraName('2026-09-30')).toBe('令和8年9月30日');
    expect(eraName('2019-05-01')).toBe('令和元年5月1日');
    expect(eraName('2019-04-30')).toBe('平成31年4月30日');
    expect(eraName('nonsense')).toBeNull();
  });
});

describe('date findings on the case', () => {
  it('names 2026-02-30 as a day that does not exist, with the length of the month', () => {
    const hit = expectOnly(evaluate((c) => { c.eligibility.departureDate = '2026-02-30'; }), 'date.impossible', 'eligibility.departureDate');
    expect(hit.message.ja).toContain('2026年2月30日 という日はありません');
    expect(hit.message.ja).toContain('28日まで');
    expect(hit.message.ja).not.toContain('YYYY-MM-DD');
    expect(hit.message.en).toContain('has 28 days');
  });

  it('names an era date outside its era, with the Western date', () => {
    const hit = expectOnly(evaluate((c) => { c.eligibility.departureDate = 'H32.1.1'; }), 'date.outside-era', 'eligibility.departureDate');
    expect(hit.message.ja).toContain('平成32年');
    expect(hit.message.ja).toContain('2020-01-01');
    expect(hit.message.en).toContain('Heisei 32');
  });

  it('an impossible override date is named on the override field', () => {
    const hit = expectOnly(evaluate((c) => {
      c.eligibility.accountExpiryOverride = '2026-04-31';
      c.eligibility.accountExpiryOverrideSource = 'academic-system';
      c.eligibility.accountExpiryOverrideReason = '学務システムで確認';
    }), 'date.impossible', 'eligibility.accountExpiryOverride');
    expect(hit.message.ja).toContain('失効日');
  });

  it('a future leaving date asks to confirm it first, then says the account is still valid', () => {
    const future = (ack: boolean) => evaluate((c) => {
      c.eligibility.departureDate = '2026-07-31';
      if (ack) c.acknowledgements = { 'departure-in-future': true };
    });
    const asked = expectOnly(future(false), 'departure.future', 'eligibility.departureDate');
    expect(asked.message.ja).toContain('2026-07-31');
    expectOnly(future(true), 'eligibility.account-active', 'eligibility.departureDate');
  });
});

describe('foldDraft', () => {
  it('stores 和暦 and other forms as YYYY-MM-DD and keeps what is no date', () => {
    const folded = foldDraft({ eligibility: { departureDate: 'R8.9.30', accountExpiryOverride: '令和８年１０月１日' } });
    expect(folded.eligibility).toEqual({ departureDate: '2026-09-30', accountExpiryOverride: '2026-10-01' });
    expect(foldDraft({ eligibility: { departureDate: '2026-02-30' } }).eligibility?.departureDate).toBe('2026-02-30');
  });

  it('stores a full-width e-mail in ASCII', () => {
    const folded = foldDraft({ applicant: { contactEmail: 'ｍｉｓａｋｉ＠ｅｘａｍｐｌｅ．ｃｏｍ', contactEmailConfirm: 'misaki＠example。com' } });
    expect(folded.applicant).toEqual({ contactEmail: 'misaki@example.com', contactEmailConfirm: 'misaki@example.com' });
  });
});
