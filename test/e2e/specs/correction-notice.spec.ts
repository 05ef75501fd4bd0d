// A correction after hand-off produces a signed notice that verifies.
// With the mail-form channel, a case is handed over; then staff correct the applicant's e-mail
// (typed twice) on the review step. The outbox gets its own item "<number> の訂正" awaiting
// hand-off; its copied text verifies with the desk's module as a correction notice referring to
// the original submission, the original request's text stays as it was, and an edited line is
// caught.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from '../support/fixtures';
import { applicant, chooseMailForm, fillCompleteCase, finalize, newCase, startAsOperator } from '../support/case-flow';
import type { PreviewProcess } from '../../../tools/preview-driver/preview-process';
import { verifyPasted } from '../../../src-shared/protocol/verify';
import { readRegistryFile } from '../../../tools/desk';

const NEW_EMAIL = 'hanako.todai@example.org';
const REASON = '申請者からの申し出(メールアドレスの誤記)';

const clipboard = (preview: PreviewProcess): string => {
  try {
    return readFileSync(path.join(preview.dataDir, 'output', 'clipboard.txt'), 'utf8');
  } catch {
    return '';
  }
};
const registry = (preview: PreviewProcess) => readRegistryFile(path.join(preview.dataDir, 'desk', 'department.jwks.json'));

test('a correction after hand-off produces a signed notice that verifies', async ({ page, preview }) => {
  test.setTimeout(150_000);
  await startAsOperator(page, preview);

  await chooseMailForm(page);

  await page.getByRole('link', { name: '案件一覧' }).click();
  const caseId = await newCase(page);
  await fillCompleteCase(page);
  await finalize(page);

  // The request's block, copied before the hand-off (the preview's clipboard is a file).
  const handOff = page.getByTestId('next-step-hand-off');
  await handOff.getByRole('button', { name: '文面をコピー' }).click();
  await expect.poll(() => clipboard(preview)).toContain(applicant.email);
  const requestText = clipboard(preview);
  const view = await preview.value('cases:get-case', { id: caseId });
  const original = await verifyPasted(requestText, registry(preview));
  expect(original.ok && original.kind).toBe('request');

  await page.getByTestId('mark-handed-over').click();
  await page.getByRole('button', { name: 'はい、送付済みにする' }).click();
  await expect(handOff).toHaveAttribute('data-done', 'true');
  await expect(page.getByTestId('case-outbox-state')).toHaveAttribute('data-state', 'handed-over');

  // The correction: a new e-mail must be typed twice.
  await page.getByLabel('訂正する項目').selectOption({ label: '本人連絡先メールアドレス' });
  await expect(page.getByTestId('amend-current')).toContainText(applicant.email);
  await page.locator('#amend-value').fill(NEW_EMAIL);
  await expect(page.locator('#amend-value-confirm')).toBeVisible();
  await page.locator('#amend-value-confirm').fill(NEW_EMAIL);
  await page.locator('#amend-reason').fill(REASON);
  await page.getByRole('button', { name: '訂正を記録する' }).click();
  await expect(page.getByTestId('amend-notice')).toContainText('訂正を記録しました(No. 1');

  // The outbox: the request stays handed over; the notice is its own item awaiting hand-off.
  await page.getByRole('link', { name: '未送付', exact: true }).click();
  const notice = page.locator('[data-testid="outbox-item"][data-kind="amendment"]');
  await expect(notice).toHaveCount(1);
  await expect(notice.getByRole('heading', { level: 2 })).toHaveText(`${view.caseNumber} の訂正通知`);
  await expect(notice).toHaveAttribute('data-state', 'awaiting-hand-off');
  await expect(page.locator('[data-testid="outbox-item"][data-kind="request"]')).toHaveAttribute('data-state', 'handed-over');

  await notice.getByRole('button', { name: /^文面をコピー/ }).click();
  await expect(page.getByTestId('outbox-announcement')).toContainText(`${view.caseNumber}: `);
  await expect.poll(() => clipboard(preview)).toContain(NEW_EMAIL);
  const noticeText = clipboard(preview);
  expect(noticeText).toContain('【クラウドデータ救出 申請の訂正(本人確認済み)】');

  // The desk's check: a signed correction notice for the original submission, with what was recorded.
  const verdict = await verifyPasted(noticeText, registry(preview));
  expect(verdict.ok, verdict.ok ? '' : `${verdict.code}: ${verdict.message.en}`).toBe(true);
  if (!verdict.ok || verdict.kind !== 'amendment') throw new Error(`expected a verified correction notice, got ${verdict.ok ? verdict.kind : verdict.code}`);
  expect(verdict.header.typ).toBe('salvage-amendment+jws');
  expect(verdict.comparison.compared).toBe(true);
  expect(verdict.payload).toEqual(expect.objectContaining({
    submissionId: view.submissionId,
    caseNumber: view.caseNumber,
    field: 'applicant.contactEmail',
    oldValue: applicant.email,
    newValue: NEW_EMAIL,
    reason: REASON,
    by: expect.objectContaining({ name: '窓口 太郎' }),
  }));
  const items = await preview.value('outbox:list-outbox', {});
  expect(items.find((i) => i.kind === 'amendment')).toEqual(expect.objectContaining({ id: verdict.payload.amendmentId, amendsSubmissionId: view.submissionId, channel: 'mail-form' }));

  // The original request's block is what it was at hand-off: still the old e-mail, still verifying.
  const requestItem = items.find((i) => i.kind === 'request')!;
  const requestNow = (await preview.value('outbox:get-mail-form-link', { id: requestItem.id })).text;
  expect(requestNow).toBe(requestText);
  expect(requestNow).not.toContain(NEW_EMAIL);

  // An edited readable line is caught even though the signature is intact.
  const edited = noticeText.replace(`訂正後: ${NEW_EMAIL}`, '訂正後: someone.else@example.org');
  expect(edited).not.toBe(noticeText);
  const tampered = await verifyPasted(edited, registry(preview));
  expect(tampered.ok).toBe(false);
  if (!tampered.ok) expect(tampered.code).toBe('text-mismatch');
});
