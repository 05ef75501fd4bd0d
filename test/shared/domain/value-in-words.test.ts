// One way to show a value in words, for the amendment history on screen and the printed record.
import { describe, expect, it } from 'vitest';
import { formatValue as recordValue } from '../../../src-main/core/records/format';
import { valueInWords } from '../../../src-shared/domain/value-in-words';

const samples: ReadonlyArray<readonly [string, unknown]> = [
  ['applicant.facultyCode', 'engineering'],
  ['verification.documentType', 'drivers-license'],
  ['verification.method', 'video'],
  ['eligibility.departureDate', '2026-03-31'],
  ['request.services', ['eccs-mail', 'onedrive']],
  ['verification.secondChecker', { name: '確認 花子', role: '係長' }],
  ['eligibility.studentBeforeLeaving', true],
  ['applicant.contactEmail', 'hanako@example.com'],
];

describe('valueInWords', () => {
  it('names codes, dates, services and people the way the record prints them', () => {
    expect(valueInWords('applicant.facultyCode', 'engineering', 'ja')).toBe('工学部');
    expect(valueInWords('eligibility.departureDate', '2026-03-31', 'ja')).toBe('2026年3月31日');
    expect(valueInWords('eligibility.departureDate', '2026-03-31', 'en')).toBe('31 Mar 2026');
    expect(valueInWords('verification.secondChecker', { name: '確認 花子', role: '係長' }, 'ja')).toBe('確認 花子(係長)');
    expect(valueInWords('eligibility.studentBeforeLeaving', false, 'en')).toBe('No');
    expect(valueInWords('applicant.nameKana', '', 'ja')).toBe('');
  });

  it('is what the record prints, for every kind of value, in both languages (empty: the record prints —)', () => {
    for (const lang of ['ja', 'en'] as const) {
      for (const [path, value] of samples) expect(recordValue(path, value, lang), path).toBe(valueInWords(path, value, lang));
      expect(recordValue('applicant.nameKana', '', lang)).toBe('—');
    }
  });
});
