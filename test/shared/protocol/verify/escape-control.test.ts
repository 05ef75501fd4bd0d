// Signed text is shown with every control and invisible character escaped: nothing that shows as
// nothing (or as a blank) can hide in what the desk reads, in the page or in a terminal.
import { describe, expect, it } from 'vitest';
import { escapeControl, hasUnsafeCharacter } from '../../../../src-shared/protocol/verify';

describe('escapeControl', () => {
  it('escapes controls, format characters, separators, private use, unassigned, variation selectors, tags and Hangul fillers', () => {
    const invisible = ['\u0007', '\u001b', '\u0085', '\u00ad', '\u034f', '\u061c', '\u115f', '\u1160', '\u180e', '\u200b', '\u200d', '\u200e',
      '\u2028', '\u2029', '\u202e', '\u2066', '\u3164', '\ufe0f', '\ufeff', '\uffa0', '\ue000', '\u0378', '\u{e0041}', '\u{e0100}', '\u{f0000}'];
    for (const c of invisible) {
      const shown = escapeControl(`a${c}b`);
      expect(shown, `U+${c.codePointAt(0)!.toString(16)}`).toMatch(/^a\\u(\{[0-9a-f]+\}|[0-9a-f]{4})b$/);
    }
  });

  it('keeps line feeds, Japanese text, full-width letters and ordinary spaces as they are', () => {
    const text = '氏名: 東大 花子\n学部　ＡＢＣ (工学部)';
    expect(escapeControl(text)).toBe(text);
  });

  it('hasUnsafeCharacter refuses any of them (and a line feed) in a one-line field', () => {
    expect(hasUnsafeCharacter('端末の盗難')).toBe(false);
    expect(hasUnsafeCharacter('a\u001b[2Jb')).toBe(true);
    expect(hasUnsafeCharacter('a\nb')).toBe(true);
    expect(hasUnsafeCharacter('a\u{e0041}')).toBe(true);
  });
});
