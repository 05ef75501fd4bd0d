// A whole case completed with the keyboard only (Tab, Space, arrows, Enter, typing): no mouse.
import { test, expect } from '../support/fixtures';
import { applicant, openWindowDeparture, stepHeading } from '../support/case-flow';
import { tabAndPress, tabAndType, tabTo } from '../support/keyboard';

test('a case can be completed and sent with the keyboard alone', async ({ page, preview }) => {
  await page.goto(preview.url);
  await tabAndPress(page, page.getByRole('button', { name: /^窓口 太郎/ }));
  await tabAndPress(page, page.getByTestId('new-case'));
  await expect(stepHeading(page)).toContainText('申請経路の確認');

  // Step 1: the account first; radio groups are one Tab stop each; Space picks, arrows move within the group.
  await tabAndType(page, page.getByLabel('UTokyo Account(10桁の数字)'), applicant.account);
  await tabAndPress(page, page.getByRole('radio', { name: 'はい' }), 'Space');
  await tabTo(page, page.getByRole('radio', { name: '在籍中に本人確認サービスの事前連携をしていない' }));
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'マイナンバーカードを保有していない' })).toBeChecked();
  const [y, m, d] = openWindowDeparture().split('-');
  // Digits only, as staff often type a date; leaving the field shows it as YYYY-MM-DD.
  await tabAndType(page, page.getByLabel('離籍日(卒業・修了・退学などの日)'), `${y}${m}${d}`);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('離籍日(卒業・修了・退学などの日)')).toHaveValue(openWindowDeparture());
  await tabAndPress(page, page.getByRole('button', { name: '次へ' }));
  await expect(stepHeading(page)).toContainText('確認方法と書類');

  // Step 2: in person, driver's licence; the verifier is already the operator.
  await tabAndPress(page, page.getByRole('radio', { name: '対面' }), 'Space');
  await tabAndPress(page, page.getByRole('radio', { name: '運転免許証' }), 'Space');
  await tabAndPress(page, page.getByRole('button', { name: '次へ' }));
  await expect(stepHeading(page)).toContainText('本人確認チェック');

  // Step 3: every checkbox with Space.
  const boxes = page.locator('.step-fieldset input[type="checkbox"]');
  for (let i = 0; i < (await boxes.count()); i++) await tabAndPress(page, boxes.nth(i), 'Space');
  await tabAndPress(page, page.getByRole('button', { name: '次へ' }));
  await expect(stepHeading(page)).toContainText('申請者の情報');

  // Step 4: typed fields; Enter in a field moves on (the form submits to "Next").
  await tabAndType(page, page.getByLabel('離籍直前の学籍番号(学生証番号)'), applicant.studentNumber);
  await tabAndType(page, page.getByLabel('氏名', { exact: true }), applicant.name);
  await tabAndType(page, page.getByLabel('本人連絡先メールアドレス'), applicant.email);
  await tabAndType(page, page.getByLabel('メールアドレス(確認のためもう一度)'), applicant.email);
  await page.keyboard.press('Enter');
  await expect(stepHeading(page)).toContainText('救出の申請内容');

  // Step 5.
  await tabAndPress(page, page.getByRole('checkbox', { name: /ECCSクラウドメール/ }), 'Space');
  await tabAndType(page, page.getByLabel('救出が必要な理由'), applicant.reason);
  await tabAndPress(page, page.getByRole('button', { name: '次へ' }));
  await expect(stepHeading(page)).toContainText('条件の説明と同意');

  // Step 6.
  for (let i = 0; i < (await boxes.count()); i++) await tabAndPress(page, boxes.nth(i), 'Space');
  await tabAndPress(page, page.getByRole('button', { name: '次へ' }));
  await expect(stepHeading(page)).toContainText('確認と確定');

  // Step 7: finalize asks first (focus on the answer), then focus lands on what to do next.
  await tabAndPress(page, page.getByTestId('finalize'));
  await expect(page.getByTestId('confirm-finalize')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: '次にすること' })).toBeFocused();
  // The request was queued with 確定: nothing else to press, it goes to the desk by itself.
  await expect(page.getByTestId('case-outbox-state')).toHaveAttribute('data-state', 'delivered', { timeout: 20_000 });
  expect(preview.deskSubmissions()).toHaveLength(1);
});
