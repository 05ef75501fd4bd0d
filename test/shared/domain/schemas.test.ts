// caseDraftSchema saves whatever staff typed (except a My Number); caseInputSchema is the complete case,
// and every message either schema produces is an issue code the UI can translate.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caseDraftSchema, caseInputSchema, evaluateCase, isIssueCode, zodIssues } from '../../../src-shared/domain';
import { completeCase } from '../../../tools/fixtures/case-fixtures';
import { caseWith, context } from './support';

const messages = (r: { success: boolean; error?: { issues: { message: string }[] } }): string[] => r.error?.issues.map((i) => i.message) ?? [];
const found = (r: { error?: { issues: { path: PropertyKey[]; message: string }[] } }): string[] =>
  r.error?.issues.map((i) => `${i.message}@${i.path.join('.')}`) ?? [];

describe('caseDraftSchema', () => {
  it.each([
    ['an empty draft', {}],
    ['only a name', { applicant: { name: '東大' } }],
    ['a half-typed account and e-mail', { applicant: { utokyoAccount: '123', contactEmail: 'hanako@' } }],
    ['a short reason and no services yet', { request: { reason: '論文', services: [] } }],
    ['a partly ticked checklist', { verification: { method: 'video', checklist: { 'photo-matches': true } } }],
    ['half the prior-use answers', { eligibility: { priorUse: { onedrive: false }, departureDate: '2026-0' } }],
    ['a half-typed second checker', { verification: { secondChecker: { name: '確' } } }],
  ])('accepts %s', (_label, draft) => {
    const r = caseDraftSchema.safeParse(draft);
    expect(r.success, JSON.stringify(r.error?.issues)).toBe(true);
    expect(r.data).toEqual(draft);
  });

  it('refuses a My Number, naming the field', () => {
    const r = caseDraftSchema.safeParse({ request: { reason: '番号は 1234-5678-9012 です' } });
    expect(found(r)).toEqual(['mynumber.detected@request.reason']);
  });

  it('refuses text over the limit and wrong types with issue codes', () => {
    const r = caseDraftSchema.safeParse({ applicant: { name: 'あ'.repeat(101) }, request: { services: ['dropbox'] }, verification: { method: 'phone' } });
    expect(found(r).sort()).toEqual(['input.invalid@request.services.0', 'input.invalid@verification.method', 'text.too-long@applicant.name']);
  });

  it('a service listed twice is refused', () => {
    expect(found(caseDraftSchema.safeParse({ request: { services: ['onedrive', 'onedrive'] } }))).toEqual(['input.invalid@request.services']);
  });
});

describe('caseInputSchema', () => {
  it('accepts a complete case, in person and by video', () => {
    expect(caseInputSchema.safeParse(completeCase()).success).toBe(true);
    expect(caseInputSchema.safeParse(completeCase({ method: 'video' })).success).toBe(true);
  });

  it('reports rule violations with their codes and paths, errors only', () => {
    const input = caseWith((c) => {
      c.applicant.utokyoAccount = '12345';
      c.applicant.contactEmail = 'taro@mail.u-tokyo.ac.jp'; // a warning: not a schema error
      c.applicant.contactEmailConfirm = 'taro@mail.u-tokyo.ac.jp';
      c.request.services = [];
      c.verification.checklist['id-valid'] = false;
    });
    expect(found(caseInputSchema.safeParse(input)).sort()).toEqual([
      'account.format@applicant.utokyoAccount',
      'checklist.incomplete@verification.checklist.id-valid',
      'services.empty@request.services',
    ]);
  });

  it('names the missing field with its own code', () => {
    const input = caseWith((c) => {
      delete (c.applicant as Partial<typeof c.applicant>).name;
      delete (c.verification as Partial<typeof c.verification>).method;
      delete (c.eligibility as Partial<typeof c.eligibility>).departureDate;
    });
    expect(found(caseInputSchema.safeParse(input)).sort()).toEqual([
      'departure.format@eligibility.departureDate',
      'method.required@verification.method',
      'name.required@applicant.name',
    ]);
  });

  it('a departure date longer than a date is a date-format error, not a made-up code', () => {
    const input = caseWith((c) => { c.eligibility.departureDate = '2026-03-31T00:00'; });
    expect(found(caseInputSchema.safeParse(input))).toEqual(['departure.format@eligibility.departureDate']);
  });

  it('every message, for any input at all, is an issue code', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        for (const m of messages(caseInputSchema.safeParse(value))) expect(isIssueCode(m), m).toBe(true);
        for (const m of messages(caseDraftSchema.safeParse(value))) expect(isIssueCode(m), m).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('every message for a complete case with one field replaced by anything is an issue code', () => {
    const paths = [
      ['applicant', 'utokyoAccount'], ['applicant', 'nameKana'], ['request', 'services'], ['request', 'reason'],
      ['eligibility', 'priorUse'], ['eligibility', 'studentBeforeLeaving'], ['verification', 'checklist'], ['verification', 'secondChecker'],
    ] as const;
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.anything(), ([group, key], value) => {
        const input = completeCase() as unknown as Record<string, Record<string, unknown>>;
        (input[group] as Record<string, unknown>)[key] = value;
        for (const m of messages(caseInputSchema.safeParse(input))) expect(isIssueCode(m), m).toBe(true);
        const e = evaluateCase(input, context());
        for (const i of [...e.issues, ...e.warnings]) expect(isIssueCode(i.code)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('evaluateCase on untrusted input', () => {
  it('never throws and refuses anything that is not a case', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const e = evaluateCase(value, context());
        expect(e.ok).toBe(false);
        for (const i of e.issues) expect(isIssueCode(i.code)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('zodIssues turns a parse error into coded, bilingual issues with the limit', () => {
    const r = caseDraftSchema.safeParse({ request: { reason: 'x'.repeat(2001) } });
    expect(r.success).toBe(false);
    const [issue] = r.error ? zodIssues(r.error) : [];
    expect(issue).toMatchObject({ path: 'request.reason', code: 'text.too-long', severity: 'error' });
    expect(issue?.message.en).toContain('2000');
  });

  it('a refused field is reported once and the rest of the case is still checked', () => {
    const input = caseWith((c) => { c.request.reason = 'x'.repeat(2001); c.applicant.contactEmailConfirm = 'other@example.com'; });
    const e = evaluateCase(input, context());
    expect([...e.issues, ...e.warnings].map((i) => `${i.code}@${i.path}`).sort()).toEqual([
      'email.mismatch@applicant.contactEmailConfirm',
      'text.too-long@request.reason',
    ]);
    expect(e.derived.deadline).toBe('2026-09-28');
  });
});

describe('evaluateCase and caseInputSchema agree', () => {
  // Every leaf of a complete video case, plus the optional second checker.
  const leaves = (value: unknown, prefix: string[] = []): string[][] =>
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? Object.entries(value).flatMap(([k, v]) => leaves(v, [...prefix, k]))
      : [prefix];
  const base = { ...completeCase({ method: 'video' }) };
  const paths = leaves(base);

  const apply = (input: Record<string, unknown>, path: string[], value: unknown, remove: boolean): void => {
    let node = input;
    for (const key of path.slice(0, -1)) {
      if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
      node = node[key] as Record<string, unknown>;
    }
    const last = path[path.length - 1] as string;
    if (remove) delete node[last];
    else node[last] = value;
  };

  it('a case evaluateCase would let staff finalize always satisfies caseInputSchema, and the schema\'s errors are evaluateCase\'s', () => {
    const edit = fc.tuple(
      fc.constantFrom(...paths),
      fc.oneof(fc.constant(undefined), fc.constant(''), fc.constant(' '), fc.boolean(), fc.string({ maxLength: 12 }), fc.constantFrom('other', 'video', 'onedrive', '2026-02-30')),
      fc.boolean(),
    );
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 3 }), (edits) => {
        const input = structuredClone(base) as unknown as Record<string, unknown>;
        for (const [path, value, remove] of edits) apply(input, path, value, remove);
        const evaluation = evaluateCase(input, context());
        const schema = caseInputSchema.safeParse(input);
        if (evaluation.ok) expect(schema.success, JSON.stringify(schema.error?.issues)).toBe(true);
        const evaluated = new Set(evaluation.issues.map((i) => `${i.code}@${i.path}`));
        for (const i of schema.error?.issues ?? []) expect(evaluated, `${i.message}@${i.path.join('.')}`).toContain(`${i.message}@${i.path.join('.')}`);
      }),
      { numRuns: 400 },
    );
  });
});
