// Every issue code has a ja and an en message staff can act on; the faculty list is the university's.
import { describe, expect, it } from 'vitest';
import { faculties, facultyByCode, isIssueCode, issueCodes, makeIssue, type IssueCode } from '../../../src-shared/domain';
import { issueMessage } from '../../../src-shared/messages/issues';
import { expectBilingual } from './support';

const params = {
  length: 7, nonDigit: 1, min: 20, max: 100, pattern: '\\d{2}-\\d{6}', faculty: '工学系研究科', facultyEn: 'Graduate School of Engineering',
  department: '工学部', departmentEn: 'Faculty of Engineering', domain: 'mail.u-tokyo.ac.jp', service: 'OneDrive(個人)', serviceEn: 'OneDrive',
  source: 'history', caseNumber: 'ENG-2026-0007', start: '2025-10-01', expiry: '2026-04-01', departure: '2026-03-31',
  deadline: '2026-09-28', days: 3, item: '写真が一致する', itemEn: 'The photo matches',
};

const warnings: IssueCode[] = ['email.university', 'reason.only-forgot', 'window.urgent'];
const ruleErrors: IssueCode[] = [
  'account.format', 'student-number.format', 'student-number.pattern', 'name.required', 'faculty.unknown', 'email.format',
  'email.mismatch', 'email.unreachable', 'reason.too-short', 'services.empty', 'services.used-before', 'services.pending',
  'prior-use.required', 'eligibility.not-student', 'eligibility.student-required', 'eligibility.before-program',
  'eligibility.account-active', 'window.expired', 'expiry.before-departure', 'expiry.format', 'departure.format',
  'online.reason-required', 'online.note-required', 'method.required', 'video.reason-required', 'document.required',
  'document.other-required', 'verifier.required', 'second-checker.incomplete', 'checklist.incomplete', 'mynumber.detected',
  'text.too-long', 'input.invalid', 'faculty.not-this-department', 'date.impossible', 'date.outside-era', 'departure.future',
];

describe('issue messages', () => {
  it('cover at least the codes the desk and the UI rely on', () => {
    for (const code of [...ruleErrors, ...warnings]) expect(isIssueCode(code), code).toBe(true);
    expect(isIssueCode('toString')).toBe(false);
    expect(isIssueCode('no.such-code')).toBe(false);
  });

  it.each(issueCodes)('%s: ja and en exist, differ, and fill in every parameter', (code) => {
    const issue = makeIssue('some.path', code, params);
    expect(issue).toMatchObject({ path: 'some.path', code });
    expectBilingual(issue.message);
    for (const text of [issue.message.ja, issue.message.en]) expect(text).not.toMatch(/undefined|NaN|\$\{|\[object/);
    // Rendering without parameters never crashes or prints "undefined" either.
    const bare = issueMessage(code).render({});
    expect(`${bare.ja}${bare.en}`).not.toMatch(/undefined|NaN/);
  });

  it('the advisory findings are warnings; every rule that blocks finalizing is an error', () => {
    for (const code of warnings) expect(issueMessage(code).severity, code).toBe('warning');
    for (const code of ruleErrors) expect(issueMessage(code).severity, code).toBe('error');
  });

  it('messages show the facts staff need: deadline and days, the pattern, the case number', () => {
    expect(makeIssue('p', 'window.expired', params).message.ja).toContain('2026-09-28');
    expect(makeIssue('p', 'window.urgent', params).message.en).toContain('3 day');
    expect(makeIssue('p', 'student-number.pattern', params).message.ja).toContain('\\d{2}-\\d{6}');
    expect(makeIssue('p', 'services.pending', params).message.en).toContain('ENG-2026-0007');
    expect(makeIssue('p', 'faculty.not-this-department', params).message.en).toContain('Graduate School of Engineering');
  });
});

describe('faculties', () => {
  it('lists the 10 faculties', () => {
    expect(faculties.filter((f) => f.kind === 'faculty').map((f) => f.ja).sort()).toEqual(
      ['法学部', '医学部', '工学部', '文学部', '理学部', '農学部', '経済学部', '教養学部', '教育学部', '薬学部'].sort(),
    );
  });

  it('lists the 15 graduate schools, 学府 and 教育部 that enroll students', () => {
    expect(faculties.filter((f) => f.kind === 'graduate-school').map((f) => f.ja).sort()).toEqual(
      [
        '人文社会系研究科', '教育学研究科', '法学政治学研究科', '経済学研究科', '総合文化研究科', '理学系研究科', '工学系研究科',
        '農学生命科学研究科', '医学系研究科', '薬学系研究科', '数理科学研究科', '新領域創成科学研究科', '情報理工学系研究科',
        '学際情報学府', '公共政策学教育部',
      ].sort(),
    );
  });

  it('has unique codes and names, each in ja and en', () => {
    for (const key of ['code', 'ja', 'en'] as const) expect(new Set(faculties.map((f) => f[key])).size).toBe(faculties.length);
    for (const f of faculties) {
      expectBilingual(f, 3);
      expect(f.code).toMatch(/^[a-z][a-z-]*$/);
      expect(facultyByCode(f.code)).toBe(f);
    }
    expect(facultyByCode('law')?.en).toBe('Faculty of Law');
    expect(facultyByCode('gs-law-politics')?.en).toBe('Graduate Schools for Law and Politics');
    expect(facultyByCode('arts-sciences')?.en).toBe('College of Arts and Sciences');
    expect(facultyByCode('nope')).toBeUndefined();
  });
});
