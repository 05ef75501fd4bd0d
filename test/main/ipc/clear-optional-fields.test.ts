// Staff must be able to empty an optional field (ふりがな, the expiry override, the second checker)
// and find it empty when they reopen the case: through dispatch() with the real core, both as the
// merge patch's `null` and as the wizard sends it (toDraft blanks every cleared field).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CaseView, Evaluation, Result } from '../../../src-shared/core-api';
import { dispatch } from '../../../src-main/ipc/dispatch';
import { createHandlers, type OutputHost } from '../../../src-main/ipc/handlers';
import { fromDraft, toDraft } from '../../../src-renderer/case/wizard/case-form';
import { completeCase } from '../../../tools/fixtures/case-fixtures';
import { openTestCore, type TestCore } from '../core/open-test-core';

const operator = '窓口 太郎';
const host: OutputHost = {
  chooseSavePath: async () => null,
  chooseBackupToRestore: async () => null,
  printPdf: async () => false,
  copyText: async () => undefined,
  openMailForm: async () => false,
};

let t: TestCore;
beforeEach(async () => {
  t = await openTestCore();
});
afterEach(async () => {
  await t.cleanup();
});

async function call<T>(channel: string, payload: unknown): Promise<T> {
  const result = (await dispatch(createHandlers(t.core, host), channel, payload)) as Result<T>;
  if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
  return result.value;
}

/** A draft of the complete case with every optional field filled in. */
async function filledDraft(): Promise<CaseView> {
  const c = completeCase();
  return call<CaseView>('cases:create-case', {
    input: {
      ...c,
      eligibility: { ...c.eligibility, accountExpiryOverride: '2026-04-30' },
      verification: { ...c.verification, secondChecker: { name: '確認 次郎', role: '係長' } },
    },
    operator,
  });
}

describe('clearing optional fields over IPC (cases:update)', () => {
  it('null removes the field, and it stays removed after the app reopens', async () => {
    const d = await filledDraft();
    expect(d.accountExpiry).toBe('2026-04-30');
    const patch = { applicant: { nameKana: null }, eligibility: { accountExpiryOverride: null }, verification: { secondChecker: null } };
    const saved = await call<CaseView>('cases:update-case', { id: d.id, patch, operator });
    expect(saved.input.applicant).not.toHaveProperty('nameKana');
    await t.reopen();
    const reopened = await call<CaseView>('cases:get-case', { id: d.id });
    expect(reopened.input.applicant).not.toHaveProperty('nameKana');
    expect(reopened.input.eligibility).not.toHaveProperty('accountExpiryOverride');
    expect(reopened.input.verification).not.toHaveProperty('secondChecker');
    expect(reopened.accountExpiry).toBe('2026-04-01'); // back to the date derived from the departure
    expect(reopened.input.applicant?.name).toBe('東大 花子'); // the rest untouched
  });

  it('null removes one field of the second checker or a checklist tick', async () => {
    const d = await filledDraft();
    await call('cases:update-case', { id: d.id, patch: { verification: { secondChecker: { role: null }, checklist: { 'id-valid': null } } }, operator });
    const v = (await call<CaseView>('cases:get-case', { id: d.id })).input.verification;
    expect(v?.secondChecker).toEqual({ name: '確認 次郎' });
    expect(v?.checklist).not.toHaveProperty('id-valid');
  });

  it('still refuses a wrong type next to a null, and writes nothing', async () => {
    const d = await filledDraft();
    const result = await dispatch(createHandlers(t.core, host), 'cases:update-case', {
      id: d.id, patch: { applicant: { nameKana: null, name: 42 } }, operator,
    });
    expect(result.ok ? [] : result.error.issues.map((i) => i.path)).toEqual(['patch.applicant.name']);
    expect((await call<CaseView>('cases:get-case', { id: d.id })).input.applicant?.nameKana).toBe('とうだい はなこ');
  });
});

describe('clearing optional fields in the wizard (toDraft)', () => {
  it('blanked fields are saved blank, come back blank, and do not count as a half-filled second checker', async () => {
    const d = await filledDraft();
    const form = fromDraft(d.input);
    form.applicant.nameKana = '';
    form.eligibility.accountExpiryOverride = '';
    form.verification.secondChecker = { name: '', role: '' };
    await call('cases:update-case', { id: d.id, patch: toDraft(form), operator });
    await t.reopen();
    const reopened = await call<CaseView>('cases:get-case', { id: d.id });
    const back = fromDraft(reopened.input);
    expect(back.applicant.nameKana).toBe('');
    expect(back.eligibility.accountExpiryOverride).toBe('');
    expect(back.verification.secondChecker).toEqual({ name: '', role: '' });
    expect(reopened.accountExpiry).toBe('2026-04-01');
    const evaluation = await call<Evaluation>('cases:evaluate-case', { id: d.id });
    expect(evaluation.issues).toEqual([]);
    expect(evaluation.ok).toBe(true);
  });
});
