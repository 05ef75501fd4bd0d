// Applicant fields (SPEC §2 "Required fields"): UTokyo Account, student number, name, faculty, e-mail.
import { describe, expect, it } from 'vitest';
import { normalizeAccount } from '../../../src-shared/domain';
import { evaluate, expectClean, expectFinding, expectOnly, codes } from './support';

describe('UTokyo Account', () => {
  it('accepts full-width digits and spaces and derives the 10 ASCII digits', () => {
    const e = evaluate((c) => { c.applicant.utokyoAccount = '１２３４ ５６７８９０'; });
    expectClean(e);
    expect(e.derived.utokyoAccount).toBe('1234567890');
    expect(normalizeAccount('１２３４　５６７８９０ ')).toBe('1234567890');
  });

  it.each([
    ['9 digits', '123456789'],
    ['11 digits', '12345678901'],
    ['a letter', '12345678a0'],
    ['a hyphen', '12345-67890'],
    ['empty', ''],
  ])('rejects %s with account.format on applicant.utokyoAccount', (_label, value) => {
    expectOnly(evaluate((c) => { c.applicant.utokyoAccount = value; }), 'account.format', 'applicant.utokyoAccount');
  });

  it('tells staff how many characters they typed', () => {
    const hit = expectOnly(evaluate((c) => { c.applicant.utokyoAccount = '12345'; }), 'account.format', 'applicant.utokyoAccount');
    expect(hit.message.en).toContain('5 characters');
    expect(hit.message.ja).toContain('5文字');
  });
});

describe('student number', () => {
  it('normalises full-width and lower case before checking', () => {
    expectClean(evaluate((c) => { c.applicant.studentNumber = 'ｊ４－１２３４５６'; }));
    expectClean(evaluate((c) => { c.applicant.studentNumber = 'j4-123456'; }));
  });

  it('accepts 16 characters and rejects 17', () => {
    expectClean(evaluate((c) => { c.applicant.studentNumber = 'A'.repeat(16); }));
    expectOnly(evaluate((c) => { c.applicant.studentNumber = 'A'.repeat(17); }), 'student-number.format', 'applicant.studentNumber');
  });

  it.each([['empty', ''], ['a slash', '03/123456'], ['kana', 'がくせき']])('rejects %s', (_label, value) => {
    expectOnly(evaluate((c) => { c.applicant.studentNumber = value; }), 'student-number.format', 'applicant.studentNumber');
  });

  it('applies a stricter department pattern to the normalised number', () => {
    const pattern = '\\d{2}-\\d{6}';
    expectClean(evaluate((c) => { c.applicant.studentNumber = '０３－１２３４５６'; }, { studentNumberPattern: pattern }));
    const hit = expectOnly(
      evaluate((c) => { c.applicant.studentNumber = 'J4-123456'; }, { studentNumberPattern: pattern }),
      'student-number.pattern',
      'applicant.studentNumber',
    );
    expect(hit.message.en).toContain(pattern);
    // The pattern must match the whole number, not a part of it.
    expectOnly(
      evaluate((c) => { c.applicant.studentNumber = '03-1234567'; }, { studentNumberPattern: pattern }),
      'student-number.pattern',
      'applicant.studentNumber',
    );
  });

  it('does not report the department pattern on top of a format error', () => {
    const e = evaluate((c) => { c.applicant.studentNumber = 'A'.repeat(17); }, { studentNumberPattern: '\\d+' });
    expect(codes(e)).toEqual(['student-number.format']);
  });

  it('ignores a department pattern that is not a valid expression instead of crashing', () => {
    expectClean(evaluate(undefined, { studentNumberPattern: '([' }));
  });
});

describe('name', () => {
  it.each([['empty', ''], ['spaces only', ' \u3000 ']])('requires a name (%s)', (_label, value) => {
    expectOnly(evaluate((c) => { c.applicant.name = value; }), 'name.required', 'applicant.name');
  });

  it('accepts 100 characters and refuses 101', () => {
    expectClean(evaluate((c) => { c.applicant.name = '東'.repeat(100); }));
    const hit = expectOnly(evaluate((c) => { c.applicant.name = '東'.repeat(101); }), 'text.too-long', 'applicant.name');
    expect(hit.message.en).toContain('100');
  });

  it('counts a character outside the BMP (𠮷) once', () => {
    expectClean(evaluate((c) => { c.applicant.name = '𠮷'.repeat(100); }));
  });

  it('kana is optional', () => {
    expectClean(evaluate((c) => { delete c.applicant.nameKana; }));
  });
});

describe('faculty', () => {
  it('rejects a code not in the list', () => {
    expectOnly(evaluate((c) => { c.applicant.facultyCode = 'hogwarts'; }), 'faculty.unknown', 'applicant.facultyCode');
    expectOnly(evaluate((c) => { c.applicant.facultyCode = ''; }), 'faculty.unknown', 'applicant.facultyCode');
  });

  it('stops the case, naming both, when the applicant belonged to another department', () => {
    const e = evaluate((c) => { c.applicant.facultyCode = 'gs-engineering'; });
    const hit = expectOnly(e, 'faculty.not-this-department', 'applicant.facultyCode', 'error');
    expect(e.ok).toBe(false);
    expect(hit.message.ja).toContain('工学系研究科');
    expect(hit.message.ja).toContain('工学部');
    // The seed names one counter for the check; no way round is suggested.
    expect(hit.message.ja).not.toMatch(/合意|agree/);
    expect(hit.message.en).not.toMatch(/agree/);
  });
});

describe('faculty against the department running the app', () => {
  it('says nothing about a mismatch while this PC has no department configured', () => {
    expectClean(evaluate(undefined, { departmentCode: '' }));
  });

  it('names an unknown department code as it is', () => {
    const hit = expectOnly(evaluate(undefined, { departmentCode: 'x-unit' }), 'faculty.not-this-department', 'applicant.facultyCode', 'error');
    expect(hit.message.en).toContain('x-unit');
  });
});

describe('contact e-mail', () => {
  it('accepts the address typed twice, once with a full-width @ and upper-case domain', () => {
    expectClean(evaluate((c) => {
      c.applicant.contactEmail = 'hanako＠example.com';
      c.applicant.contactEmailConfirm = ' hanako@EXAMPLE.com ';
    }));
  });

  it('reports a mismatch on the confirmation field', () => {
    expectOnly(
      evaluate((c) => { c.applicant.contactEmailConfirm = 'hanak0@example.com'; }),
      'email.mismatch',
      'applicant.contactEmailConfirm',
    );
  });

  it.each(['hanako', 'hanako@', '@example.com', 'hanako@example', 'hana ko@example.com', 'hanako..t@example.com', 'hanako@example..com'])(
    'rejects %s as a format error',
    (value) => {
      const e = evaluate((c) => { c.applicant.contactEmail = value; c.applicant.contactEmailConfirm = value; });
      expectOnly(e, 'email.format', 'applicant.contactEmail');
    },
  );

  it.each(['taro@g.ecc.u-tokyo.ac.jp', 'taro@utac.u-tokyo.ac.jp', 'TARO@G.ECC.U-TOKYO.AC.JP'])(
    'refuses %s: the expired account cannot read it',
    (value) => {
      const hit = expectOnly(
        evaluate((c) => { c.applicant.contactEmail = value; c.applicant.contactEmailConfirm = value; }),
        'email.unreachable',
        'applicant.contactEmail',
      );
      expect(hit.message.en).toMatch(/g\.ecc\.u-tokyo\.ac\.jp|utac\.u-tokyo\.ac\.jp/);
    },
  );

  it.each(['taro@mail.u-tokyo.ac.jp', 'taro@u-tokyo.ac.jp', 'taro@iis.u-tokyo.ac.jp'])('only warns on another university address (%s)', (value) => {
    expectOnly(
      evaluate((c) => { c.applicant.contactEmail = value; c.applicant.contactEmailConfirm = value; }),
      'email.university',
      'applicant.contactEmail',
      'warning',
    );
  });

  it('does not mistake a look-alike domain for the university', () => {
    const value = 'taro@notu-tokyo.ac.jp';
    expectClean(evaluate((c) => { c.applicant.contactEmail = value; c.applicant.contactEmailConfirm = value; }));
  });

  it('an empty confirmation is never a match', () => {
    const e = evaluate((c) => { c.applicant.contactEmail = ''; c.applicant.contactEmailConfirm = ''; });
    expectFinding(e, 'email.format', 'applicant.contactEmail');
    expectFinding(e, 'email.mismatch', 'applicant.contactEmailConfirm');
  });

  it('reports the format on the first field and a mismatch when only the confirmation differs', () => {
    const e = evaluate((c) => { c.applicant.contactEmail = 'hanako@'; c.applicant.contactEmailConfirm = 'hanako@example.com'; });
    expectFinding(e, 'email.format', 'applicant.contactEmail');
    expectFinding(e, 'email.mismatch', 'applicant.contactEmailConfirm');
  });
});
