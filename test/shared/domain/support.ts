// Helpers for the domain suites: a valid case to mutate, a context, and one assertion that
// checks a finding the way staff see it (code, field path, severity, a ja and an en message).
import { expect } from 'vitest';
import {
  evaluateCase,
  type CaseInput,
  type Evaluation,
  type EvaluationContext,
  type Issue,
  type IssueCode,
} from '../../../src-shared/domain';
import { completeCase } from '../../../tools/fixtures/case-fixtures';

/** completeCase() departs 2026-03-31: expiry 2026-04-01, deadline 2026-09-28. */
export const TODAY = '2026-05-01';

export function context(over: Partial<EvaluationContext> = {}): EvaluationContext {
  return { today: TODAY, departmentCode: 'engineering', history: [], ...over };
}

/** A fresh complete case, changed by `mutate` (deep copy: the fixture is never shared). */
export function caseWith(mutate: (c: CaseInput) => void = () => undefined, method: 'in-person' | 'video' = 'in-person'): CaseInput {
  const c = structuredClone(completeCase({ method }));
  mutate(c);
  return c;
}

export function evaluate(mutate?: (c: CaseInput) => void, over: Partial<EvaluationContext> = {}, method?: 'in-person' | 'video'): Evaluation {
  return evaluateCase(caseWith(mutate, method), context(over));
}

export const all = (e: Evaluation): Issue[] => [...e.issues, ...e.warnings];
export const codes = (e: Evaluation): string[] => all(e).map((i) => i.code);

/** Asserts a message pair staff can read: both present, different, Japanese and English. */
export function expectBilingual(message: { ja: string; en: string }, minLength = 6): void {
  expect(message.ja.trim().length).toBeGreaterThanOrEqual(minLength);
  expect(message.en.trim().length).toBeGreaterThanOrEqual(minLength);
  expect(message.ja).not.toBe(message.en);
  expect(message.ja).toMatch(/[\u3040-\u30FF\u4E00-\u9FFF]/);
  expect(message.en).toMatch(/[A-Za-z]{3,}/);
  expect(message.en).not.toMatch(/[\u3040-\u30FF\u4E00-\u9FFF]/);
}

/** Asserts exactly one finding with `code` at `path`, of the given severity, and returns it. */
export function expectFinding(e: Evaluation, code: IssueCode, path: string, severity: 'error' | 'warning' = 'error'): Issue {
  const hits = all(e).filter((i) => i.code === code && i.path === path);
  expect(hits, `${code} at ${path}; got ${JSON.stringify(all(e).map((i) => [i.code, i.path]))}`).toHaveLength(1);
  const hit = hits[0] as Issue;
  expect(hit.severity).toBe(severity);
  expect(severity === 'error' ? e.issues : e.warnings).toContain(hit);
  if (severity === 'error') expect(e.ok).toBe(false);
  expectBilingual(hit.message);
  return hit;
}

/** The only finding is `code` at `path` (the rest of the case is valid). */
export function expectOnly(e: Evaluation, code: IssueCode, path: string, severity: 'error' | 'warning' = 'error'): Issue {
  const hit = expectFinding(e, code, path, severity);
  expect(all(e).map((i) => `${i.code}@${i.path}`)).toEqual([`${code}@${path}`]);
  if (severity === 'warning') expect(e.ok).toBe(true);
  return hit;
}

export function expectClean(e: Evaluation): void {
  expect(all(e)).toEqual([]);
  expect(e.ok).toBe(true);
}

/** Overrides the expiry the way staff must: the date, its source and a reason. */
export function overrideExpiry(c: CaseInput, date: string): void {
  c.eligibility.accountExpiryOverride = date;
  c.eligibility.accountExpiryOverrideSource = 'academic-system';
  c.eligibility.accountExpiryOverrideReason = '学務システムで在籍延長を確認';
}
