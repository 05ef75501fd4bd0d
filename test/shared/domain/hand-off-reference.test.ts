// The one hand-off reference rule, as the core and the hand-off form both apply it.
import { describe, expect, it } from 'vitest';
import { HAND_OFF_REFERENCE_MAX, handOffReferenceIssues } from '../../../src-shared/domain';

const codes = (reference: string) => handOffReferenceIssues(reference).map((i) => i.code);

describe('hand-off reference rule', () => {
  it.each(['#A-20345', 'R-2026-0042', 'abc', 'A'.repeat(HAND_OFF_REFERENCE_MAX)])('accepts the desk number %s', (reference) => {
    expect(codes(reference)).toEqual([]);
  });

  it.each([
    ['東大花子 03-123456', 'hand-off.reference-format'],
    ['hanako@example.com', 'hand-off.reference-format'],
    ['R 2026', 'hand-off.reference-format'],
    ['R-２０２６', 'hand-off.reference-format'],
    ['R_2026', 'hand-off.reference-format'],
    ['R-2026\u200B', 'hand-off.reference-format'],
    ['A'.repeat(HAND_OFF_REFERENCE_MAX + 1), 'hand-off.reference-too-long'],
    ['0312345678', 'hand-off.reference-personal'],
    ['1234-5678-9012', 'hand-off.reference-personal'],
  ])('refuses %s', (reference, code) => {
    expect(codes(reference)).toEqual([code]);
  });

  it('says in both languages which field, what is wrong and how to fix it', () => {
    const [issue] = handOffReferenceIssues('東大花子 03-123456');
    expect(issue!.path).toBe('reference');
    expect(issue!.message.ja).toMatch(/受付番号.*使えない文字.*半角の英字・数字・「#」・「-」.*貼り付ける/);
    expect(issue!.message.en).toMatch(/reference.*ASCII letters, digits, "#" and "-".*Paste only/);
    expect(handOffReferenceIssues('A'.repeat(40))[0]!.message.en).toContain(`at most ${HAND_OFF_REFERENCE_MAX} characters`);
  });
});
