import { describe, expect, it } from 'vitest';
import { wrapText } from '../../../../src-main/core/records/wrap';

// One unit per character: widths are easy to reason about.
const measure = (s: string) => [...s].length;

describe('wrapText', () => {
  it('breaks Japanese anywhere but never starts a line with closing punctuation or ends one with an opening bracket', () => {
    const lines = wrapText('申請者は確認の間、ずっと映像に映っていた。「本人」です。', 9, measure);
    expect(lines.join('')).toBe('申請者は確認の間、ずっと映像に映っていた。「本人」です。');
    for (const l of lines) {
      expect(measure(l)).toBeLessThanOrEqual(9);
      expect(l).not.toMatch(/^[、。」]/);
      expect(l).not.toMatch(/「$/);
    }
  });

  it('keeps English words whole, breaks over-long words, and keeps paragraph breaks', () => {
    expect(wrapText('The photo matches the applicant', 12, measure)).toEqual(['The photo', 'matches the', 'applicant']);
    expect(wrapText('hanako.todai.corrected@example.org', 10, measure)).toEqual(['hanako.tod', 'ai.correct', 'ed@example', '.org']);
    expect(wrapText('a\n\nb', 10, measure)).toEqual(['a', '', 'b']);
  });

  it('breaks at a font size as it would measure whole lines: widths are per character × size', () => {
    const text = 'The photo matches the applicant 申請者は確認の間、ずっと映像に映っていた。';
    // Half-unit characters at size 2 are one unit each: the same lines as at size 1 with unit widths.
    expect(wrapText(text, 12, () => 0.5, 2)).toEqual(wrapText(text, 12, measure));
    // Wider characters (Japanese twice as wide) at size 3 break where the total crosses the line width.
    const lines = wrapText(text, 12, (ch) => (/[ -~]/.test(ch) ? 1 : 2), 3);
    for (const l of lines) expect([...l].reduce((w, ch) => w + (/[ -~]/.test(ch) ? 1 : 2), 0) * 3).toBeLessThanOrEqual(12);
    expect(lines.join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
  });
});
