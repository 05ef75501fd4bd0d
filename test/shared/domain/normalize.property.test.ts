// Staff type on Japanese IMEs: any width, any case, stray spaces. Normalisation must fold all of it,
// and folding twice must change nothing (drafts are normalised again on every save).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { containsMyNumber, normalizeAccount, normalizeEmail, normalizeStudentNumber, toHalfWidth } from '../../../src-shared/domain';

const fullWidth = (c: string): string => (c >= '!' && c <= '~' ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c === ' ' ? '\u3000' : c);
const anyWidth = (c: string) => fc.constantFrom(c, fullWidth(c));
const digit = fc.integer({ min: 0, max: 9 }).map(String);
const space = fc.constantFrom(' ', '\u3000', '\t', '  ');
const anyText = fc.string({ unit: 'binary', maxLength: 40 });

describe('toHalfWidth', () => {
  it('is idempotent on any text', () => {
    fc.assert(fc.property(anyText, (s) => {
      expect(toHalfWidth(toHalfWidth(s))).toBe(toHalfWidth(s));
    }));
  });

  it('turns the full-width form of any printable ASCII text back into it', () => {
    const ascii = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((n) => String.fromCharCode(n)), maxLength: 40 });
    fc.assert(fc.property(ascii, (s) => {
      expect(toHalfWidth([...s].map(fullWidth).join(''))).toBe(s);
    }));
  });
});

describe('normalizeAccount', () => {
  it('gives the 10 ASCII digits for any mix of widths and spaces', () => {
    const typed = fc.array(fc.tuple(digit, fc.boolean(), fc.option(space, { nil: '' })), { minLength: 10, maxLength: 10 });
    fc.assert(
      fc.property(typed, space, (parts, lead) => {
        const digits = parts.map(([d]) => d).join('');
        const text = lead + parts.map(([d, wide, gap]) => (wide ? fullWidth(d) : d) + gap).join('');
        expect(normalizeAccount(text)).toBe(digits);
        expect(normalizeAccount(text)).toMatch(/^\d{10}$/);
      }),
    );
  });
});

describe('normalizeStudentNumber', () => {
  it('is idempotent on any text', () => {
    fc.assert(fc.property(anyText, (s) => {
      expect(normalizeStudentNumber(normalizeStudentNumber(s))).toBe(normalizeStudentNumber(s));
    }));
  });

  it('gives only A–Z, 0–9 and "-" for the allowed alphabet typed in any width, case or hyphen look-alike', () => {
    const letter = fc.integer({ min: 0, max: 25 }).chain((i) => {
      const upper = String.fromCharCode(65 + i);
      return fc.constantFrom(upper, upper.toLowerCase(), fullWidth(upper), fullWidth(upper.toLowerCase()));
    });
    const hyphen = fc.constantFrom('-', '－', 'ー', 'ｰ', '‐', '−', '–', '—');
    const unit = fc.oneof(letter, digit.chain(anyWidth), hyphen, space);
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 30 }), (chars) => {
        const out = normalizeStudentNumber(chars.join(''));
        expect(out).toMatch(/^[A-Z0-9-]*$/);
        // Nothing but whitespace is dropped.
        expect(out.length).toBe(chars.filter((c) => c.trim() !== '').length);
      }),
    );
  });
});

describe('normalizeEmail', () => {
  it('is idempotent and leaves no full-width ASCII behind', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const once = normalizeEmail(s);
        expect(normalizeEmail(once)).toBe(once);
        expect(once).not.toMatch(/[\uFF01-\uFF5E]/);
      }),
    );
  });
});

describe('containsMyNumber', () => {
  it('finds any 12 digits, in any width, in a row or as 4-4-4 with a space or hyphen of any width', () => {
    const sep = fc.constantFrom('', ' ', '-', '\u3000', '－', 'ー');
    fc.assert(
      fc.property(fc.array(digit.chain(anyWidth), { minLength: 12, maxLength: 12 }), sep, fc.string({ maxLength: 5 }).map((s) => s.replace(/\d/g, '')), (d, s, prefix) => {
        const grouped = s === '' ? d.join('') : [d.slice(0, 4), d.slice(4, 8), d.slice(8)].map((g) => g.join('')).join(s);
        expect(containsMyNumber(`${prefix} ${grouped}`)).toBe(true);
      }),
    );
  });

  it('never flags text with at most 11 digits in total', () => {
    const unit = fc.oneof(digit.chain(anyWidth), fc.constantFrom(' ', '-', '　', 'あ', 'a', '\n'));
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), (chars) => {
        fc.pre(chars.filter((c) => /[0-9０-９]/.test(c)).length <= 11);
        expect(containsMyNumber(chars.join(''))).toBe(false);
      }),
    );
  });
});
