// Refusals that are clear and recorded, and dates and e-mails as staff type them: 和暦 accepted and
// shown with the Western date, an impossible day named, a future leaving date confirmed first;
// a full-width e-mail folded as typed; a wrong faculty stops with a script and the later steps are
// not offered; a used service cannot be ticked; a video case with a My Number card shows no ✗; a
// failed identity check is closed as not verified, printed, and never awaits hand-off.
import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { eraName } from '../../../src-shared/domain';
import { test, expect } from '../support/fixtures';
import {
  completeFromChecklist, fillCompleteCase, fillMethod, fillRoute, finalize, newCase, next, openWindowDeparture, startAsOperator, stepHeading,
} from '../support/case-flow';

const eraShort = (iso: string): string => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `R${y - 2018}.${m}.${d}`;
};
const fullWidth = (s: string): string => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

test('和暦 is read and shown with its Western date; an impossible day and a future date say so', async ({ page, preview }, info) => {
  await startAsOperator(page, preview);
  const caseId = await newCase(page);
  const departure = openWindowDeparture();
  const field = page.getByLabel('離籍日(卒業・修了・退学などの日)');
  await field.fill(eraShort(departure));
  await field.blur();
  await expect(field).toHaveValue(departure);
  await expect(page.getByTestId('date-echo-eligibility.departureDate')).toHaveText(`${eraName(departure)}(西暦 ${departure})`);
  await field.fill(fullWidth(eraName(departure) ?? ''));
  await field.blur();
  await expect(field).toHaveValue(departure);
  await expect.poll(async () => (await preview.value('cases:get-case', { id: caseId })).input.eligibility?.departureDate).toBe(departure);

  await field.fill('2026-02-30');
  await field.blur();
  await expect(page.getByTestId('error-eligibility.departureDate')).toContainText('2026年2月30日 という日はありません(2026年2月は28日まで)');
  await expect(page.getByTestId('error-eligibility.departureDate')).not.toContainText('YYYY-MM-DD');

  // A leaving date after today asks first; once confirmed, the case says the account is still valid.
  const nextYear = `${Number(departure.slice(0, 4)) + 1}-03-31`;
  await field.fill(nextYear);
  await field.blur();
  const ask = page.getByTestId('departure-future');
  await expect(ask).toContainText(`離籍日(${nextYear})が今日`);
  await expect(page.getByTestId('stop')).toHaveCount(0);
  await page.screenshot({ path: info.outputPath('future-date-ja.png'), fullPage: true });
  await ask.getByRole('checkbox', { name: 'この離籍日で正しい(学籍記録で確認した)' }).check();
  await expect(page.getByTestId('stop')).toContainText('UTokyo Account はまだ有効です');
});

test('a full-width e-mail turns ASCII as it is typed and is stored so', async ({ page, preview }) => {
  await startAsOperator(page, preview);
  const caseId = await newCase(page);
  await page.getByTestId('step-applicant').click();
  const email = page.getByLabel('本人連絡先メールアドレス');
  await email.pressSequentially('ｍｉｓａｋｉ＠ｅｘａｍｐｌｅ．ｃｏｍ');
  await expect(email).toHaveValue('misaki@example.com');
  await page.getByLabel('メールアドレス(確認のためもう一度)').fill('ｍｉｓａｋｉ＠ｅｘａｍｐｌｅ．ｃｏｍ');
  await expect(page.getByLabel('メールアドレス(確認のためもう一度)')).toHaveValue('misaki@example.com');
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
  const saved = await preview.value('cases:get-case', { id: caseId });
  expect(saved.input.applicant).toMatchObject({ contactEmail: 'misaki@example.com', contactEmailConfirm: 'misaki@example.com' });
});

test('a wrong faculty stops with a script; later steps are not offered; the review leads with the stop', async ({ page, preview }, info) => {
  await startAsOperator(page, preview);
  await newCase(page);
  await fillRoute(page);
  await page.getByLabel('離籍直前の学部・研究科等').selectOption('science');
  const stop = page.getByTestId('stop');
  await expect(stop).toContainText('理学部');
  await expect(stop).toContainText('離籍直前まで所属していた学部・研究科等の学務・教務担当窓口が行います');
  await expect(stop).not.toContainText('合意');
  await expect(page.getByRole('button', { name: '次へ' })).toHaveCount(0);
  for (const step of ['method', 'checklist', 'applicant', 'request', 'consent']) await expect(page.getByTestId(`step-${step}`)).toBeDisabled();
  await page.screenshot({ path: info.outputPath('wrong-faculty-ja.png'), fullPage: true });
  await page.getByTestId('step-review').click();
  await expect(stepHeading(page)).toContainText('確認と確定');
  // The stop comes first: before the lead's verdict and the summary.
  const banners = page.locator('.step-review > .banner');
  await expect(banners.first()).toHaveAttribute('data-testid', 'stop');
  await expect(banners.first()).toContainText('申請者に案内すること');
  await expect(page.getByTestId('finalize')).toBeDisabled();
});

test('a service declared used cannot be ticked at step 5, with the reason beside it', async ({ page, preview }) => {
  await startAsOperator(page, preview);
  await newCase(page);
  await fillRoute(page);
  await page.getByRole('checkbox', { name: /ECCSクラウドメール.*を利用済み/ }).check();
  await page.getByTestId('step-request').click();
  await expect(page.getByRole('checkbox', { name: /ECCSクラウドメール/ })).toBeDisabled();
  await expect(page.getByTestId('service-used-eccs-mail')).toContainText('申請者の申告により利用済みです');
  await expect(page.getByRole('checkbox', { name: /OneDrive/ })).toBeEnabled();
});

test('a video case with a My Number card: the review lists what step 3 asked, with no ✗', async ({ page, preview }) => {
  await startAsOperator(page, preview);
  await newCase(page);
  await fillRoute(page);
  // Not "no My Number card": that answer with a My Number card is a contradiction to acknowledge.
  await page.getByRole('radio', { name: '在籍中に本人確認サービスの事前連携をしていない' }).check();
  await next(page, '確認方法と書類');
  await fillMethod(page, 'video');
  await page.getByRole('radio', { name: /マイナンバーカード/ }).check();
  await next(page, '本人確認チェック');
  await expect(page.getByText(/マイナンバーカードの表面のみ/)).toBeVisible();
  await completeFromChecklist(page);
  const checklist = page.locator('section.review-section').filter({ has: page.getByRole('heading', { name: '本人確認チェック' }) });
  await expect(checklist).toContainText('表面のみ');
  await expect(checklist).not.toContainText('✗');
  await expect(page.getByText('すべての確認項目を満たしています。確定できます。')).toBeVisible();
});

test('a failed identity check is closed as not verified: numbered, printed, never awaiting hand-off', async ({ page, preview }, info) => {
  await startAsOperator(page, preview);
  const caseId = await newCase(page, '5550001111');
  await fillRoute(page, openWindowDeparture(), '5550001111');
  await next(page, '確認方法と書類');
  await fillMethod(page, 'in-person');
  await next(page, '本人確認チェック');
  await page.getByTestId('close-not-verified').click();
  const form = page.getByTestId('close-form');
  await form.getByRole('button', { name: 'はい、本人確認できずとして記録する' }).click();
  await expect(page.getByTestId('close-reason-error')).toContainText('本人確認できなかった理由を記入してください');
  const reason = '運転免許証の写真と来訪者の顔が一致しないため、本人と確認できなかった。';
  await form.getByLabel('本人確認できなかった理由').fill(reason);
  await page.screenshot({ path: info.outputPath('close-form-ja.png'), fullPage: true });
  await form.getByRole('button', { name: 'はい、本人確認できずとして記録する' }).click();
  await expect(stepHeading(page)).toContainText('確認と確定');
  const panel = page.getByTestId('closed-panel');
  await expect(panel).toContainText('この案件は「本人確認できず」で終了しています');
  await expect(page.getByTestId('closed-reason')).toHaveText(reason);
  const view = await preview.value('cases:get-case', { id: caseId });
  expect(view.status).toBe('closed-not-verified');
  expect(view.caseNumber).toMatch(/-\d{6}$/);
  await panel.getByRole('button', { name: '記録を印刷(事務の控え)' }).click();
  await expect(page.getByTestId('print-closure-record-status')).toHaveText('記録を印刷しました。事務の控えとして保管してください。');
  await page.screenshot({ path: info.outputPath('closed-ja.png'), fullPage: true });
  const output = path.join(preview.dataDir, 'output');
  const file = readdirSync(output).find((f) => f.includes(view.caseNumber ?? 'missing'));
  expect(file).toBeDefined();
  const text = execFileSync('pdftotext', [path.join(output, file ?? ''), '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  expect(text).toContain('本人確認できず');
  expect(text).toContain(reason.replace(/\s+/g, ''));
  // Never handed off: no outbox item, and not under 未送付 in the case list.
  expect(await preview.value('outbox:list-outbox', {})).toEqual([]);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByTestId('closed-panel')).toContainText('This case was closed as not verified');
  await page.screenshot({ path: info.outputPath('closed-en.png'), fullPage: true });
  await page.getByRole('button', { name: '日本語' }).click();
});

test("the applicant's notice prints the counter's contact and the desk's pages set in Settings", async ({ page, preview }, info) => {
  await startAsOperator(page, preview);
  await page.getByRole('link', { name: '設定' }).click();
  const panel = page.getByRole('region', { name: '申請者控えに印刷する連絡先' });
  await panel.getByLabel('窓口の名称').fill('工学部・工学系研究科 学務課 教務チーム');
  await panel.getByLabel('電話番号').fill('03-5841-0000(内線 12345)');
  await panel.getByLabel('メールアドレス', { exact: true }).pressSequentially('ｇａｋｕｍｕ＠ｅｘａｍｐｌｅ．ａｃ．ｊｐ');
  await expect(panel.getByLabel('メールアドレス', { exact: true })).toHaveValue('gakumu@example.ac.jp');
  await panel.getByLabel('受付時間').fill('平日 9:00〜17:00(12:00〜13:00を除く)');
  await expect(panel.getByLabel('「離籍時のデータのバックアップについて」のページ')).toHaveValue('https://utelecon.adm.u-tokyo.ac.jp/systems/leave/backup');
  await panel.getByLabel('電話番号').fill('窓口でお尋ねください');
  await panel.getByTestId('save-contact').click();
  await expect(panel.getByText(/窓口の電話番号は数字とハイフン/)).toBeVisible();
  await panel.getByLabel('電話番号').fill('03-5841-0000(内線 12345)');
  // The desk's pages stay on the desk's own site: a page elsewhere is refused beside its field.
  const mailFormPage = panel.getByLabel('メールフォームのページ');
  await mailFormPage.fill('https://phish.example/utelecon-form');
  await panel.getByTestId('save-contact').click();
  await expect(mailFormPage).toHaveAccessibleDescription(/サポート窓口のサイト\(https:\/\/utelecon\.adm\.u-tokyo\.ac\.jp\/\)のページだけ/);
  await mailFormPage.fill('https://utelecon.adm.u-tokyo.ac.jp/support/email-form/');
  await panel.getByTestId('save-contact').click();
  await expect(panel.getByTestId('contact-status')).toContainText('連絡先を保存しました');
  await panel.screenshot({ path: info.outputPath('contact-settings-ja.png') });

  await page.getByRole('link', { name: '案件一覧' }).click();
  const caseId = await newCase(page);
  await fillCompleteCase(page, 'in-person');
  await finalize(page);
  await page.getByRole('button', { name: '申請者控えを印刷' }).click();
  await expect(page.getByTestId('print-applicant-notice-status')).toContainText('申請者控えを印刷しました');
  const view = await preview.value('cases:get-case', { id: caseId });
  const output = path.join(preview.dataDir, 'output');
  const file = readdirSync(output).find((f) => f.includes(`${view.caseNumber ?? 'missing'}-applicant-notice`));
  const text = execFileSync('pdftotext', [path.join(output, file ?? ''), '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  for (const expected of [
    '工学部・工学系研究科学務課教務チーム', '電話:03-5841-0000(内線12345)', 'メール:gakumu@example.ac.jp', '受付時間:平日9:00〜17:00',
    '「離籍時のデータのバックアップについて」(https://utelecon.adm.u-tokyo.ac.jp/systems/leave/backup)',
    'https://utelecon.adm.u-tokyo.ac.jp/support/email-form/', 'https://utelecon.adm.u-tokyo.ac.jp/systems/leave/salvage',
  ]) expect(text, expected).toContain(expected);
  expect(execFileSync('pdfinfo', [path.join(output, file ?? '')], { encoding: 'utf8' })).toMatch(/Pages:\s+1\n/);
});

for (const language of ['ja', 'en'] as const) {
  test(`axe: no serious violation on the refusal screens (${language})`, async ({ page, preview }) => {
    test.setTimeout(180_000);
    const found: string[] = [];
    const check = async (screen: string) => {
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
      for (const v of results.violations.filter((x) => x.impact === 'serious' || x.impact === 'critical')) {
        found.push(`${screen}: ${v.id} ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
      }
    };
    await startAsOperator(page, preview);
    if (language === 'en') await page.getByRole('button', { name: 'English' }).click();
    await page.getByTestId('new-case').click();
    await page.locator('#f-applicant-utokyoAccount').fill('5550002222');
    await page.locator('#f-eligibility-studentBeforeLeaving-yes').check();
    await page.locator('#f-eligibility-onlineServiceUnavailable-not-linked').check();
    await page.locator('#f-eligibility-departureDate').fill(eraShort(openWindowDeparture()));
    await page.locator('#f-eligibility-departureDate').blur();
    await page.locator('#f-applicant-facultyCode').selectOption('science');
    await expect(page.getByTestId('stop')).toBeVisible();
    await check('step 1 stopped');
    await page.getByTestId('step-review').click();
    await expect(page.locator('.step-review > .banner').first()).toHaveAttribute('data-testid', 'stop');
    await check('review stopped');
    await page.getByTestId('step-route').click();
    await page.locator('#f-applicant-facultyCode').selectOption('engineering');
    await page.getByTestId('close-not-verified').click();
    await page.locator('#close-reason').fill('写真と来訪者の顔が一致しない。');
    await check('close form');
    await page.getByTestId('confirm-close').click();
    await expect(page.getByTestId('closed-panel')).toBeVisible();
    await check('closed');
    await page.screenshot({ path: test.info().outputPath(`closed-review-${language}.png`), fullPage: true });
    await page.locator('a[href="#/settings"]').click();
    await expect(page.locator('#contact-title')).toBeVisible();
    await check('settings contact');
    expect(found).toEqual([]);
  });
}
