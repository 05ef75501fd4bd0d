// The My Number (個人番号) must never be stored (SPEC §2, product decision from Japanese law).
import { describe, expect, it } from 'vitest';
import { caseDraftSchema, containsMyNumber, evaluateCase, type CaseInput } from '../../../src-shared/domain';
import { caseWith, context, expectFinding } from './support';

describe('containsMyNumber', () => {
  it.each([
    ['a 10-digit UTokyo Account', '1234567890'],
    ['an 11-digit mobile number', '09012345678'],
    ['a mobile number with hyphens', '090-1234-5678'],
    ['a landline with area code', '03-5841-1234'],
    ['an international number', '+81 3 5841 1234'],
    ['a postal code', '〒113-8654'],
    ['a date', '2026-03-31'],
    ['two groups of four', '1234 5678'],
    ['groups of the wrong size', '12345 6789 0123'],
    ['four groups of three', '123-456-789-012'],
    ['11 full-width digits', '０９０１２３４５６７８'],
    ['a student number', '03-123456'],
  ])('is not one: %s', (_label, text) => {
    expect(containsMyNumber(text)).toBe(false);
  });

  it.each([
    ['12 in a row', '123456789012'],
    ['12 in a row inside text', '番号は123456789012です'],
    ['13 in a row (contains 12)', '1234567890123'],
    ['4-4-4 with spaces', '1234 5678 9012'],
    ['4-4-4 with hyphens', '1234-5678-9012'],
    ['4-4-4 with spaced hyphens', '1234 - 5678 - 9012'],
    ['4-4-4 with double spaces', '1234  5678  9012'],
    ['full-width digits in a row', '１２３４５６７８９０１２'],
    ['full-width digits and hyphens', '１２３４－５６７８－９０１２'],
    ['full-width digits and ideographic spaces', '１２３４　５６７８　９０１２'],
    ['ASCII digits and ideographic spaces', '1234\u30005678\u30009012'],
    ['katakana long vowel marks as hyphens', '1234ー5678ー9012'],
    ['minus signs', '1234\u22125678\u22129012'],
    ['mixed widths', '１２３４ 5678－９０１２'],
    ['after other text on a new line', '確認済み\n1234 5678 9012'],
  ])('is one: %s', (_label, text) => {
    expect(containsMyNumber(text)).toBe(true);
  });
});

const fields: [string, (c: CaseInput, v: string) => void][] = [
  ['applicant.utokyoAccount', (c, v) => { c.applicant.utokyoAccount = v; }],
  ['applicant.name', (c, v) => { c.applicant.name = `東大 花子 ${v}`; }],
  ['applicant.nameKana', (c, v) => { c.applicant.nameKana = `とうだい ${v}`; }],
  ['request.reason', (c, v) => { c.request.reason = `${c.request.reason}(個人番号 ${v})`; }],
  ['eligibility.onlineServiceNote', (c, v) => { c.eligibility.onlineServiceUnavailable = 'other'; c.eligibility.onlineServiceNote = `番号 ${v}`; }],
  ['verification.videoReason', (c, v) => { c.verification.method = 'video'; c.verification.videoReason = `海外在住 ${v}`; }],
  ['verification.documentTypeOther', (c, v) => { c.verification.documentType = 'other'; c.verification.documentTypeOther = `船員手帳 ${v}`; }],
  ['verification.verifierName', (c, v) => { c.verification.verifierName = `窓口 ${v}`; }],
  ['verification.verifierRole', (c, v) => { c.verification.verifierRole = `学務係 ${v}`; }],
  ['verification.secondChecker.name', (c, v) => { c.verification.secondChecker = { name: v, role: '係長' }; }],
  ['verification.secondChecker.role', (c, v) => { c.verification.secondChecker = { name: '確認 次郎', role: v }; }],
];

describe('every free-text field refuses a My Number', () => {
  const number = '１２３４　５６７８　９０１２';

  it.each(fields)('%s', (path, set) => {
    const input = caseWith((c) => set(c, number), path === 'verification.videoReason' ? 'video' : 'in-person');
    const e = evaluateCase(input, context());
    const hit = expectFinding(e, 'mynumber.detected', path);
    // The message explains; it never repeats the digits.
    expect(`${hit.message.ja}${hit.message.en}`).not.toMatch(/5678|５６７８/);

    const draft = caseDraftSchema.safeParse(input);
    expect(draft.success).toBe(false);
    expect(draft.error?.issues.map((i) => [i.path.join('.'), i.message])).toContainEqual([path, 'mynumber.detected']);
  });

  it('an 11-digit phone number in the notes is fine', () => {
    const input = caseWith((c) => { c.eligibility.onlineServiceUnavailable = 'other'; c.eligibility.onlineServiceNote = '連絡は 090-1234-5678 へ。カード紛失'; });
    expect(evaluateCase(input, context()).ok).toBe(true);
    expect(caseDraftSchema.safeParse(input).success).toBe(true);
  });
});
