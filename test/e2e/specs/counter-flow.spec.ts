// The counter flow as staff work it — the expiry override with its warning acknowledged
// and carried in the signed payload; a video case with a My Number card (front only); the early
// once-per-service stop naming the earlier case; a click on 次へ right after typing the date.
import { test, expect } from '../support/fixtures';
import {
  applicant, completeFromChecklist, fillCompleteCase, finalize, fillMethod, finalizeAndSend, jwsPayload, newCase, next, openWindowDeparture, startAsOperator, stepHeading,
} from '../support/case-flow';
import { findJws } from '../../../src-shared/protocol';
import { accountExpiryFor, addDays, tokyoDate } from '../../../src-shared/domain';

/** A departure whose computed deadline passed, and an override (the 1st of this month) that makes it eligible. */
function revivedDates(): { departure: string; override: string } {
  const today = tokyoDate(new Date());
  return { departure: addDays(today, -400), override: `${today.slice(0, 8)}01` };
}

async function signedPayload(preview: Parameters<typeof startAsOperator>[1], caseId: string): Promise<Record<string, unknown>> {
  const view = await preview.value('cases:get-case', { id: caseId });
  const text = await preview.value('outbox:get-mail-form-text', { id: view.submissionId ?? '' });
  const jws = findJws(text);
  if (!jws) throw new Error('no JWS in the mail-form text');
  return { ...jwsPayload(jws), mailFormText: text };
}

test('an expiry override needs its source and reason, its revival warning is acknowledged, and it is signed', async ({ page, preview }) => {
  const { departure, override } = revivedDates();
  await startAsOperator(page, preview);
  const caseId = await newCase(page);
  await page.getByLabel('UTokyo Account(10桁の数字)').fill(applicant.account);
  await page.getByRole('radio', { name: 'はい' }).check();
  await page.getByRole('radio', { name: 'マイナンバーカードを保有していない' }).check();
  await page.getByLabel('離籍日(卒業・修了・退学などの日)').fill(departure);
  await expect(page.getByTestId('stop')).toContainText('期限後は申請できません');
  await page.getByLabel(/失効日が分かっている場合は上書き/).fill(override);
  await expect(page.getByTestId('stop')).toHaveCount(0);
  await expect(page.getByText(/失効日の上書きにより、自動計算では期限切れ/)).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('override-ja.png') });
  // Without source and reason the step does not move on, naming both fields.
  await page.getByRole('button', { name: '次へ' }).click();
  await expect(page.getByTestId('error-eligibility.accountExpiryOverrideSource')).toContainText('根拠');
  await expect(page.getByTestId('error-eligibility.accountExpiryOverrideReason')).toContainText('理由');
  await page.getByRole('radio', { name: '学務システム' }).check();
  await page.getByLabel('上書きの理由').fill('学務システムで在籍期間の延長を確認');
  await next(page, '確認方法と書類');
  await fillMethod(page, 'in-person');
  await next(page, '本人確認チェック');
  await completeFromChecklist(page);

  const box = page.getByTestId('acknowledgements');
  await expect(box).toContainText('申請可能');
  await expect(page.getByTestId('review-errors')).toContainText('警告を確認済みとしてチェック');
  await expect(page.getByTestId('finalize')).toBeDisabled();
  await page.screenshot({ path: test.info().outputPath('ack-ja.png'), fullPage: true });
  await page.getByRole('button', { name: 'English' }).click();
  await expect(box).toContainText('Warnings to acknowledge before finalizing');
  await page.screenshot({ path: test.info().outputPath('ack-en.png'), fullPage: true });
  await page.getByRole('button', { name: '日本語' }).click();
  await box.getByRole('checkbox').check();
  await finalizeAndSend(page);

  const stored = await preview.value('cases:get-case', { id: caseId });
  expect(stored.input.acknowledgements).toEqual({ 'expiry-override-revives': true, 'my-number-card-contradiction': false, 'departure-in-future': false });
  const payload = await signedPayload(preview, caseId) as { eligibility: { accountExpiry: string; expiryOverride?: unknown }; mailFormText: string };
  expect(payload.eligibility.accountExpiry).toBe(override);
  expect(payload.eligibility.expiryOverride).toEqual({
    computed: accountExpiryFor(departure), override, source: 'academic-system', reason: '学務システムで在籍期間の延長を確認',
  });
  expect(payload.mailFormText).toContain('失効日上書きの根拠: 学務システム');
});

test('a video case with a My Number card asks for the front only and signs that item', async ({ page, preview }) => {
  await startAsOperator(page, preview);
  const caseId = await newCase(page);
  await page.getByLabel('UTokyo Account(10桁の数字)').fill(applicant.account);
  await page.getByRole('radio', { name: 'はい' }).check();
  await page.getByRole('radio', { name: '在籍中に本人確認サービスの事前連携をしていない' }).check();
  await page.getByLabel('離籍日(卒業・修了・退学などの日)').fill(openWindowDeparture());
  await next(page, '確認方法と書類');
  await page.getByRole('radio', { name: 'ビデオ通話' }).check();
  await page.getByLabel('対面で確認できなかった理由').fill('海外在住のため来学できない');
  await page.getByRole('radio', { name: 'マイナンバーカード(表面のみ)' }).check();
  await next(page, '本人確認チェック');
  await expect(page.getByText(/マイナンバーカードの表面のみをカメラに近づけて示し/)).toBeVisible();
  await expect(page.getByText(/表裏/)).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('video-mynumber-ja.png') });
  await completeFromChecklist(page);
  await finalizeAndSend(page);
  const payload = await signedPayload(preview, caseId) as { verification: { checklist: { id: string; ok: boolean }[] } };
  const ids = payload.verification.checklist.map((c) => c.id);
  expect(ids).toContain('video-id-front-tilt');
  expect(ids).not.toContain('video-id-front-back-tilt');
  expect(payload.verification.checklist.every((c) => c.ok)).toBe(true);
});

test('step 1 names the earlier request for the same account before the identity check', async ({ page, preview }) => {
  await startAsOperator(page, preview);
  const first = await newCase(page);
  await fillCompleteCase(page, 'in-person');
  await finalize(page);
  const earlier = await preview.value('cases:get-case', { id: first });

  await page.getByRole('link', { name: '案件一覧' }).click();
  await newCase(page);
  await page.getByLabel('UTokyo Account(10桁の数字)').fill('１２３４５６７８９０');
  const panel = page.getByTestId('earlier-requests');
  await expect(panel).toContainText(earlier.caseNumber ?? 'missing');
  await expect(panel).toContainText(tokyoDate(new Date(earlier.finalizedAt ?? '')));
  await expect(panel).toContainText('ECCSクラウドメール');
  await expect(panel).toContainText('各サービス1回限り');
  await page.getByLabel('UTokyo Account(10桁の数字)').blur();
  await expect(page.getByLabel('UTokyo Account(10桁の数字)')).toHaveValue('1234567890');
  await page.screenshot({ path: test.info().outputPath('earlier-ja.png') });
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByTestId('earlier-requests')).toContainText('Requests on this PC for the same UTokyo Account');
  await page.screenshot({ path: test.info().outputPath('earlier-en.png') });
});

test('a click on 次へ right after typing the date works the first time, and 次へ is in view on every step', async ({ page, preview }) => {
  await startAsOperator(page, preview);
  await newCase(page);
  await page.getByLabel('UTokyo Account(10桁の数字)').fill(applicant.account);
  await page.getByRole('radio', { name: 'はい' }).check();
  await page.getByRole('radio', { name: 'マイナンバーカードを保有していない' }).check();
  await expect(page.getByRole('button', { name: '次へ' })).toBeInViewport();
  const date = page.getByLabel('離籍日(卒業・修了・退学などの日)');
  await date.click();
  await page.keyboard.type(openWindowDeparture().replace(/-/g, '/'));
  const before = await page.getByRole('button', { name: '次へ' }).boundingBox();
  // One click, straight from the date field: leaving it must not move the button under the pointer.
  await page.getByRole('button', { name: '次へ' }).click({ position: { x: 10, y: 10 } });
  await expect(stepHeading(page)).toContainText('確認方法と書類');
  expect(before).not.toBeNull();
  for (const [step, heading] of [['step-checklist', '本人確認チェック'], ['step-applicant', '申請者の情報'], ['step-request', '救出の申請内容'], ['step-consent', '条件の説明と同意']] as const) {
    await page.getByTestId(step).click();
    await expect(stepHeading(page)).toContainText(heading);
    await expect(page.getByRole('button', { name: '次へ' })).toBeInViewport();
  }
});
