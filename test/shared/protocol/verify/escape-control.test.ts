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

  it('escapes spaces that look like an ordinary space and are not, and characters drawn blank', () => {
    const blank = ['\u00a0', '\u1680', '\u2000', '\u2007', '\u2009', '\u200a', '\u202f', '\u205f', '\ufffc', '\u{1d159}'];
    for (const c of blank) {
      expect(escapeControl(`東大${c}花子`), `U+${c.codePointAt(0)!.toString(16)}`).toMatch(/^東大\\u(\{[0-9a-f]+\}|[0-9a-f]{4})花子$/);
    }
    // A name typed with a non-breaking space is not the same text as one with a space: the desk sees which.
    expect(escapeControl('氏名: 東大\u00a0花子')).toBe('氏名: 東大\\u00a0花子');
  });

  it('keeps the ideographic space a Japanese IME types, so genuine blocks stay readable', () => {
    expect(escapeControl('氏名: 東大\u3000花子')).toBe('氏名: 東大\u3000花子');
  });

  it('escapes a combining mark that would attach to our own label, colon, space or escape text', () => {
    expect(escapeControl('\u0336東大')).toBe('\\u0336東大'); // start of the text
    expect(escapeControl('氏名:\u0338 東大')).toBe('氏名:\\u0338 東大'); // on the colon
    expect(escapeControl('氏名: \u20e3東大')).toBe('氏名: \\u20e3東大'); // on the space
    expect(escapeControl('氏名: 東大\n\u0301花子')).toBe('氏名: 東大\n\\u0301花子'); // start of a line
    expect(escapeControl('a\u200b\u0301')).toBe('a\\u200b\\u0301'); // would sit on the "b" of \u200b
    expect(escapeControl('1\ufe0f\u20e3')).toBe('1\\ufe0f\\u20e3'); // after an escaped variation selector
    expect(escapeControl('\u0300\u0301x')).toBe('\\u0300\\u0301x'); // a run of them, each one
  });

  it('keeps combining marks on letters: accents, stacked accents, voiced kana', () => {
    for (const text of ['Jose\u0301', 'Vie\u0323\u0302t', '\u304b\u3099', 'x\u0301\u0302\u0303']) expect(escapeControl(text)).toBe(text);
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
    expect(hasUnsafeCharacter('端末\u00a0盗難')).toBe(true);
    expect(hasUnsafeCharacter('\u0301端末')).toBe(true);
    expect(hasUnsafeCharacter('端末　盗難')).toBe(false);
  });
});
