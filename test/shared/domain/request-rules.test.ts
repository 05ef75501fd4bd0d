// The request (SPEC §2 "Services" and "reason"): services chosen, once-per-service history, reason.
import { describe, expect, it } from 'vitest';
import { evaluateCase, REASON_MIN_LENGTH, reasonExample, reasonOnlyForgot, type HistoryEntry } from '../../../src-shared/domain';
import { caseWith, codes, context, evaluate, expectClean, expectFinding, expectOnly } from './support';

describe('reason', () => {
  it('accepts the seed example and shows it as the model reason', () => {
    expectClean(evaluate((c) => { c.request.reason = reasonExample.ja; }));
    expect(reasonExample.ja).toContain('投稿論文');
    expect(reasonOnlyForgot(reasonExample.ja)).toBe(false);
    expect(reasonOnlyForgot(reasonExample.en)).toBe(false);
  });

  it('counts code points of the trimmed text: 19 is too short, 20 is enough', () => {
    const nineteen = 'あ'.repeat(REASON_MIN_LENGTH - 1);
    const hit = expectOnly(evaluate((c) => { c.request.reason = `  ${nineteen}\u3000\n`; }), 'reason.too-short', 'request.reason');
    expect(hit.message.en).toContain(`${REASON_MIN_LENGTH - 1} characters`);
    expect(hit.message.ja).toContain(`${REASON_MIN_LENGTH}文字以上`);
    expectClean(evaluate((c) => { c.request.reason = `  ${'あ'.repeat(REASON_MIN_LENGTH)}  `; }));
    // 19 characters outside the BMP are 38 UTF-16 units but still 19 characters.
    expectOnly(evaluate((c) => { c.request.reason = '𠮷'.repeat(REASON_MIN_LENGTH - 1); }), 'reason.too-short', 'request.reason');
  });

  it('reports an empty reason as too short, without the only-forgot hint', () => {
    expectOnly(evaluate((c) => { c.request.reason = ''; }), 'reason.too-short', 'request.reason');
  });

  it('warns when the reason only says the backup was forgotten (seed: 「バックアップを忘れていたため」)', () => {
    const e = evaluate((c) => { c.request.reason = 'バックアップを忘れていたため'; });
    expectFinding(e, 'reason.only-forgot', 'request.reason', 'warning');
    expectFinding(e, 'reason.too-short', 'request.reason');
  });

  it.each([
    '離籍前にデータのバックアップを取るのをうっかり忘れていました。申し訳ありません。',
    '卒業前にバックアップを取る時間がなかったので、データを救出してほしいです。',
    'バックアップが必要だと知らなかったため、何も保存していませんでした。',
    'I forgot to back up my files before I graduated, sorry about that.',
    'I did not have time to back up my mailbox before leaving the university.',
    "I didn't know I needed to back up before my account expired.",
    // The words of this procedure (申請, 手続き) are not a need for the data.
    'うっかり忘れてしまったため、クラウドデータ救出を申請します。',
    'バックアップを失念しておりました。データ救出の申請をお願いいたします。',
    '期限に気づかなかったため、離籍前に手続きができませんでした。',
    '忘れていて、卒業前にバックアップの手続きをしませんでした。',
  ])('warns (long enough, but only a failure): %s', (reason) => {
    expectOnly(evaluate((c) => { c.request.reason = reason; }), 'reason.only-forgot', 'request.reason', 'warning');
  });

  it.each([
    'バックアップを忘れていましたが、就職先に提出する成績証明の手続きでメールの記録が必要になったため',
    '研究データのバックアップに失敗しており、投稿中の論文の査読対応で元データを参照する必要があるため',
    'I forgot to back up, and I need the experiment logs as evidence for a paper under review.',
    'My thesis data is needed for a journal submission; the backup failed before I left.',
    'The mailbox holds the contract with my landlord, which I must show the court next month.',
  ])('stays quiet when the reason says why the data is needed now: %s', (reason) => {
    expectClean(evaluate((c) => { c.request.reason = reason; }));
  });
});

describe('services', () => {
  it('requires at least one service', () => {
    expectOnly(evaluate((c) => { c.request.services = []; }), 'services.empty', 'request.services');
  });

  it('accepts both services together', () => {
    expectClean(evaluate((c) => { c.request.services = ['eccs-mail', 'onedrive']; }));
  });

  it('refuses a service the applicant declares was salvaged before, naming it', () => {
    const e = evaluate((c) => { c.eligibility.priorUse.onedrive = true; c.request.services = ['onedrive']; });
    const hit = expectOnly(e, 'services.used-before', 'request.services');
    expect(hit.message.ja).toContain('OneDrive');
    expect(hit.message.ja).toContain('申告');
    expect(hit.message.en).toContain('declared');
  });

  it('needs the applicant\'s answer about prior use for each service', () => {
    const e = evaluateCase(caseWith((c) => { delete (c.eligibility.priorUse as Partial<typeof c.eligibility.priorUse>).onedrive; }), context());
    expectOnly(e, 'prior-use.required', 'eligibility.priorUse.onedrive');
  });

  it('allows the other service after one was used', () => {
    expectClean(evaluate((c) => { c.eligibility.priorUse.onedrive = true; c.request.services = ['eccs-mail']; }));
  });
});

describe('local history of the same account', () => {
  const entry = (over: Partial<HistoryEntry>): HistoryEntry => ({ utokyoAccount: '1234567890', services: ['eccs-mail'], status: 'delivered', caseNumber: 'ENG-2026-0001', ...over });

  it('a delivered case for the same account (typed differently) means used before', () => {
    const e = evaluate(undefined, { history: [entry({ utokyoAccount: '１２３４ ５６７８９０' })] });
    const hit = expectOnly(e, 'services.used-before', 'request.services');
    expect(hit.message.en).toContain('delivered case');
    expect(hit.message.en).toContain('ECCS Cloud Mail');
  });

  it('a delivered request for both services uses the one chance for both', () => {
    const e = evaluate((c) => { c.request.services = ['onedrive']; }, { history: [entry({ services: ['eccs-mail', 'onedrive'] })] });
    expectOnly(e, 'services.used-before', 'request.services');
  });

  it('a request handed over through the mail form also means used before (the desk has it)', () => {
    expectOnly(evaluate(undefined, { history: [entry({ status: 'handed-over' })] }), 'services.used-before', 'request.services');
  });

  it.each(['finalized', 'awaiting-hand-off', 'queued', 'sending'] as const)('a %s case for the same account is a pending duplicate', (status) => {
    const hit = expectOnly(evaluate(undefined, { history: [entry({ status })] }), 'services.pending', 'request.services');
    expect(hit.message.en).toContain('ENG-2026-0001');
  });

  it.each(['draft', 'discarded', 'needs-attention'] as const)('a %s case does not block a new request', (status) => {
    expectClean(evaluate(undefined, { history: [entry({ status })] }));
  });

  it('a different account, or another service, is not a conflict', () => {
    expectClean(evaluate(undefined, { history: [entry({ utokyoAccount: '1234567891' }), entry({ services: ['onedrive'] })] }));
  });

  it('an unfinished account never matches an unfinished history entry', () => {
    const e = evaluate((c) => { c.applicant.utokyoAccount = ''; }, { history: [entry({ utokyoAccount: '' })] });
    expect(codes(e)).toEqual(['account.format']);
  });
});
