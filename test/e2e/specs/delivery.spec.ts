// A whole case from the start screen to "delivered" at the reference receiver, in person and by
// video, and the offline path: the desk is down, the case waits in the outbox, then arrives once.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from '../support/fixtures';
import { applicant, fillCompleteCase, finalizeAndSend, jwsPayload, newCase, startAsOperator } from '../support/case-flow';

test('an in-person case goes from the start screen to delivered at the desk', async ({ page, preview }) => {
  await startAsOperator(page, preview);
  const caseId = await newCase(page);
  await fillCompleteCase(page, 'in-person');
  await finalizeAndSend(page);
  await expect(page.getByTestId('case-outbox-state')).toHaveAttribute('data-state', 'delivered', { timeout: 20_000 });
  await expect(page.getByTestId('case-outbox-state')).toContainText('受付ID');

  const view = await preview.value('cases:get-case', { id: caseId });
  expect(view.status).toBe('delivered');
  const submissions = preview.deskSubmissions();
  expect(submissions.map((s) => s.submissionId)).toEqual([view.submissionId]);
  const stored = submissions[0]!;
  const payload = jwsPayload(stored.jws) as { applicant: { name: string; utokyoAccount: string }; verification: { method: string; verifier: { name: string } } };
  expect(payload.applicant.name).toBe(applicant.name);
  expect(payload.applicant.utokyoAccount).toBe(applicant.account);
  expect(payload.verification.method).toBe('in-person');
  expect(payload.verification.verifier.name).toBe('窓口 太郎');

  // The verification record: the preview has no dialogs, so "save as PDF" writes to its output folder.
  await page.getByRole('button', { name: '確認記録を PDF で保存' }).click();
  await expect(page.getByTestId('review-notice')).toHaveText('確認記録を出力しました。');
  const pdf = readdirSync(path.join(preview.dataDir, 'output')).find((f) => f.endsWith('.pdf'));
  expect(pdf).toBe(`${view.caseNumber}.pdf`);
  expect(readFileSync(path.join(preview.dataDir, 'output', pdf!)).subarray(0, 5).toString()).toBe('%PDF-');

  await page.getByRole('link', { name: '未送付', exact: true }).click();
  await expect(page.getByTestId('receipt')).toContainText(stored.receiptId);
});

test('a video case records the video checks and is delivered', async ({ page, preview }) => {
  await startAsOperator(page, preview);
  const caseId = await newCase(page);
  await fillCompleteCase(page, 'video');
  await expect(page.getByText('ずっと映像に映っていた')).toBeVisible();
  await finalizeAndSend(page);
  await expect(page.getByTestId('case-outbox-state')).toHaveAttribute('data-state', 'delivered', { timeout: 20_000 });
  const view = await preview.value('cases:get-case', { id: caseId });
  const stored = preview.deskSubmissions().find((s) => s.submissionId === view.submissionId);
  expect(stored).toBeDefined();
  const payload = jwsPayload(stored!.jws) as {
    verification: { method: string; videoReason: string; checklist: { id: string; ok: boolean }[] };
  };
  expect(payload.verification.method).toBe('video');
  expect(payload.verification.videoReason).toBe('海外在住のため来学できない');
  expect(payload.verification.checklist.filter((c) => c.id.startsWith('video-')).every((c) => c.ok)).toBe(true);
  expect(payload.verification.checklist.filter((c) => c.id.startsWith('video-'))).toHaveLength(4);
});

test('with the desk down the case waits in the outbox, then is delivered exactly once', async ({ page, preview }) => {
  await preview.setDesk(false);
  await startAsOperator(page, preview);
  // The header always shows connectivity: the PC's network, then whether the desk answers.
  await preview.setNetwork(false);
  await expect(page.getByTestId('network')).toHaveText('オフライン');
  await preview.setNetwork(true);
  await expect(page.getByTestId('network')).toHaveText('オンライン');
  const caseId = await newCase(page);
  await fillCompleteCase(page);
  await finalizeAndSend(page);

  await page.getByRole('link', { name: '未送付', exact: true }).click();
  const item = page.getByTestId('outbox-item');
  await expect(item).toHaveAttribute('data-state', 'queued', { timeout: 20_000 });
  await expect(item).toContainText('最後のエラー', { timeout: 20_000 });
  await expect(item).toContainText('次にすること');
  await expect(page.getByTestId('outbox-count')).toHaveText('未送付 1 件');
  await expect(page.getByTestId('network')).toHaveText('送付先に接続できません');

  await preview.setDesk(true);
  await item.getByRole('button', { name: /今すぐ再送/ }).click();
  await expect(item).toHaveAttribute('data-state', 'delivered', { timeout: 20_000 });
  await expect(page.getByTestId('receipt')).toBeVisible();
  await expect(page.getByTestId('outbox-count')).toHaveText('未送付 0 件');
  await expect(page.getByTestId('network')).toHaveText('オンライン');

  const view = await preview.value('cases:get-case', { id: caseId });
  expect(view.status).toBe('delivered');
  expect(preview.deskSubmissions().map((s) => s.submissionId)).toEqual([view.submissionId]);
});
