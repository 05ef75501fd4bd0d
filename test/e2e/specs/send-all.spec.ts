// 今すぐすべて送信 after the desk comes back delivers everything at once.
// With the desk down, three finalized cases wait in the outbox for their next retry (backoff);
// once the desk answers again, one press sends them all without waiting, says how many were
// sent, and the desk holds each submission exactly once.
import { test, expect } from '../support/fixtures';
import { fillCompleteCase, finalizeAndSend, newCase, startAsOperator } from '../support/case-flow';
import type { PreviewProcess } from '../../../tools/preview-driver/preview-process';

const CASES = 3;
/** Each item must still be waiting at least this long when the button is pressed (so the press, not
 *  the scheduler's own retry, is what sends it — even on a loaded machine). */
const MIN_WAIT_LEFT_MS = 8_000;

const accountOf = (i: number): string => `12345678${String(i).padStart(2, '0')}`;

async function waitingItems(preview: PreviewProcess) {
  return (await preview.value('outbox:list-outbox', {})).filter((i) => i.kind === 'request');
}

test('今すぐすべて送信 after the desk comes back delivers everything at once', async ({ page, preview }) => {
  test.setTimeout(240_000);
  await preview.setDesk(false);
  await startAsOperator(page, preview);

  const caseIds: string[] = [];
  for (let i = 0; i < CASES; i++) {
    await page.getByRole('link', { name: '案件一覧' }).click();
    caseIds.push(await newCase(page, accountOf(i)));
    await fillCompleteCase(page, 'in-person', accountOf(i));
    await finalizeAndSend(page);
    }

  await page.getByRole('link', { name: '未送付', exact: true }).click();
  const items = page.getByTestId('outbox-item');
  await expect(items).toHaveCount(CASES);
  await expect(page.getByTestId('outbox-count')).toHaveText(`未送付 ${CASES} 件`);
  for (let i = 0; i < CASES; i++) {
    await expect(items.nth(i)).toHaveAttribute('data-state', 'queued', { timeout: 30_000 });
    await expect(items.nth(i)).toContainText('最後のエラー', { timeout: 30_000 });
  }

  // Wait until every item has failed at least once and its next retry is comfortably in the future
  // (the jittered backoff grows with each failure), so only the button can deliver them now.
  await expect.poll(async () => {
    const now = Date.now();
    const list = await waitingItems(preview);
    return list.length === CASES && list.every((i) => i.state === 'queued' && i.attempts >= 1 && i.nextAttemptAt !== null
      && Date.parse(i.nextAttemptAt) - now >= MIN_WAIT_LEFT_MS);
  }, { timeout: 150_000, intervals: [500] }).toBe(true);
  const before = await waitingItems(preview);
  const earliestRetry = Math.min(...before.map((i) => Date.parse(i.nextAttemptAt!)));
  expect(preview.deskSubmissions()).toEqual([]);

  await preview.setDesk(true);
  await page.getByRole('button', { name: '今すぐすべて送信' }).click();

  // Every item delivered, and the result is announced (role=status, aria-live) with the count.
  const announcement = page.getByTestId('outbox-announcement');
  await expect(announcement).toHaveAttribute('aria-live', 'polite');
  await expect(announcement).toHaveText(`${CASES}件送信しました。`, { timeout: 30_000 });
  for (let i = 0; i < CASES; i++) await expect(items.nth(i)).toHaveAttribute('data-state', 'delivered');
  await expect(page.getByTestId('receipt')).toHaveCount(CASES);
  await expect(page.getByTestId('outbox-count')).toHaveText('未送付 0 件');

  // At once: the desk received all of them before the earliest wait would have run out.
  const submissions = preview.deskSubmissions();
  for (const s of submissions) expect(Date.parse(s.receivedAt)).toBeLessThan(earliestRetry);

  // Exactly once each: one stored submission per case, with the case's own submission id.
  const expected: string[] = [];
  for (const id of caseIds) {
    const view = await preview.value('cases:get-case', { id });
    expect(view.status).toBe('delivered');
    expected.push(view.submissionId!);
  }
  expect(submissions.map((s) => s.submissionId).sort()).toEqual(expected.sort());
  expect(new Set(submissions.map((s) => s.submissionId)).size).toBe(CASES);
  const after = await waitingItems(preview);
  expect(after.map((i) => i.state)).toEqual(Array(CASES).fill('delivered'));
});
