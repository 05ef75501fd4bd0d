// Drives the wizard the way counter staff do (Japanese UI). Each helper fills one step and moves on.
import type { Page } from '@playwright/test';
import type { PreviewProcess } from '../../../tools/preview-driver/preview-process';
import { expect } from './fixtures';

import { openWindowDeparture } from '../../../tools/preview-driver/dates';

export { openWindowDeparture };

export const applicant = {
  account: '1234567890',
  studentNumber: '03-123456',
  name: '東大 花子',
  kana: 'とうだい はなこ',
  email: 'hanako@example.com',
  reason: '在学時の研究データの一部のバックアップに失敗しており、それが投稿論文の作成にあたって必要な根拠資料であるため',
};

export const stepHeading = (page: Page) => page.locator('#step-title');

export async function startAsOperator(page: Page, preview: PreviewProcess, name = '窓口 太郎'): Promise<void> {
  await page.goto(preview.url);
  await page.getByRole('button', { name: new RegExp(`^${name}`) }).click();
  await expect(page.getByRole('heading', { level: 1, name: '案件一覧' })).toBeVisible();
}

/** Opens the wizard and types the account: the case exists only from the first typed value on. */
export async function newCase(page: Page, account = applicant.account): Promise<string> {
  await page.getByTestId('new-case').click();
  await expect(stepHeading(page)).toContainText('申請経路の確認');
  await expect(page).toHaveURL(/#\/cases\/new$/);
  await page.getByLabel('UTokyo Account(10桁の数字)').fill(account);
  await expect(page).toHaveURL(/#\/case\/[^/]+\/1$/);
  const id = /#\/case\/([^/]+)\//.exec(page.url())?.[1];
  if (!id) throw new Error(`no case id in ${page.url()}`);
  return id;
}

export async function next(page: Page, expectedStep: string): Promise<void> {
  await page.getByRole('button', { name: '次へ' }).click();
  await expect(stepHeading(page)).toContainText(expectedStep);
}

/** Step 1: the account first, then the route questions. */
export async function fillRoute(page: Page, departure = openWindowDeparture(), account = applicant.account): Promise<void> {
  await page.getByLabel('UTokyo Account(10桁の数字)').fill(account);
  await page.getByRole('radio', { name: 'はい' }).check();
  await page.getByRole('radio', { name: 'マイナンバーカードを保有していない' }).check();
  await page.getByLabel('離籍日(卒業・修了・退学などの日)').fill(departure);
}

export async function fillMethod(page: Page, method: 'in-person' | 'video'): Promise<void> {
  await page.getByRole('radio', { name: method === 'video' ? 'ビデオ通話' : '対面' }).check();
  if (method === 'video') await page.getByLabel('対面で確認できなかった理由').fill('海外在住のため来学できない');
  await page.getByRole('radio', { name: '運転免許証' }).check();
}

export async function tickAll(page: Page): Promise<void> {
  // Only the checklist and consent steps have boxes to tick: wait for one of them to be open.
  await expect(stepHeading(page)).toContainText(/本人確認チェック|条件の説明と同意/);
  const boxes = page.locator('.step-fieldset input[type="checkbox"]');
  await expect(boxes.first()).toBeVisible();
  const count = await boxes.count();
  for (let i = 0; i < count; i++) await boxes.nth(i).check();
}

export async function fillApplicant(page: Page): Promise<void> {
  await page.getByLabel('離籍直前の学籍番号(学生証番号)').fill(applicant.studentNumber);
  await page.getByLabel('氏名', { exact: true }).fill(applicant.name);
  await page.getByLabel('氏名(よみがな)').fill(applicant.kana);
  await page.getByLabel('本人連絡先メールアドレス').fill(applicant.email);
  await page.getByLabel('メールアドレス(確認のためもう一度)').fill(applicant.email);
}

export async function fillRequest(page: Page, reason = applicant.reason): Promise<void> {
  await page.getByRole('checkbox', { name: /ECCSクラウドメール/ }).check();
  await page.getByLabel('救出が必要な理由').fill(reason);
}

/** Steps 1–6 of a complete case, ending on the review step. */
export async function fillCompleteCase(page: Page, method: 'in-person' | 'video' = 'in-person', account = applicant.account): Promise<void> {
  await fillRoute(page, openWindowDeparture(), account);
  await next(page, '確認方法と書類');
  await fillMethod(page, method);
  await next(page, '本人確認チェック');
  await completeFromChecklist(page);
}

/** From the checklist step (3) to the review step: every item ticked, applicant, request, consent. */
export async function completeFromChecklist(page: Page): Promise<void> {
  await tickAll(page);
  await next(page, '申請者の情報');
  await fillApplicant(page);
  await next(page, '救出の申請内容');
  await fillRequest(page);
  await next(page, '条件の説明と同意');
  await tickAll(page);
  await next(page, '確認と確定');
}

/** 確定 asks first (it cannot be undone): answer yes. */
export async function finalize(page: Page): Promise<void> {
  await page.getByTestId('finalize').click();
  await page.getByTestId('confirm-finalize').click();
  await expect(page.getByTestId('review-notice')).toContainText('確定しました');
}

/** 確定 on the endpoint channel: the request is queued with the case (nothing else to press). */
export async function finalizeAndSend(page: Page): Promise<void> {
  await expect(page.getByText('すべての確認項目を満たしています。確定できます。')).toBeVisible();
  await finalize(page);
  await expect(page.getByTestId('case-outbox-state')).toHaveAttribute('data-state', /queued|sending|delivered/);
}

/** The payload of a JWS compact serialization (not verified: the receiver already did that). */
export function jwsPayload(jws: string): Record<string, unknown> {
  const part = jws.split('.')[1] ?? '';
  return JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as Record<string, unknown>;
}

/** Settings → 送付先: choose the mail form (the preview's --desk starts on its endpoint), with the desk's template if given. */
export async function chooseMailForm(page: Page, template?: string): Promise<void> {
  await page.getByRole('link', { name: '設定' }).click();
  await page.getByRole('radio', { name: 'メールフォーム(既定)' }).check();
  if (template !== undefined) await page.getByLabel('事前入力リンクのひな形(任意)').fill(template);
  await page.getByTestId('save-delivery').click();
  await expect(page.getByTestId('delivery-status')).toContainText('送付先を保存しました。');
}
