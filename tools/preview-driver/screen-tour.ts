// A walk through every screen of the app (in either language), calling `visit(name)` on each:
// used by the accessibility spec, the 200 % zoom spec and `npm run screenshots`. Selectors are
// language-neutral (ids and test ids). No test-runner imports, so scripts can use it too.
import type { Page } from '@playwright/test';
import { completeCase } from '../fixtures/case-fixtures';
import { addDays, tokyoDate } from '../../src-shared/domain';
import type { PreviewProcess } from './preview-process';
import { openWindowDeparture } from './dates';

export type Visit = (name: string) => Promise<void>;

const field = (name: string) => `#f-${name.replace(/[^A-Za-z0-9]+/g, '-')}`;

/** Select a radio or tick a checkbox by keyboard: immune to the layout moving as errors clear. */
async function choose(page: Page, selector: string): Promise<void> {
  const box = page.locator(selector);
  if (await box.isChecked()) return;
  await box.focus();
  await page.keyboard.press('Space');
  await page.waitForFunction((sel) => (document.querySelector(sel) as HTMLInputElement | null)?.checked === true, selector);
}

async function settle(page: Page): Promise<void> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

async function step(page: Page, n: number): Promise<void> {
  await page.locator('.wizard-nav button[type="submit"]').click();
  await page.locator('#step-title .step-number').filter({ hasText: String(n) }).waitFor();
}

async function tickAll(page: Page): Promise<void> {
  const ids = await page.locator('.step-fieldset input[type="checkbox"]').evaluateAll((els) => els.map((e) => e.id));
  for (const id of ids) await choose(page, `#${id}`);
}

async function apiCase(preview: PreviewProcess, departure: string, send: boolean, override?: string): Promise<string> {
  const c = completeCase();
  const input = { ...c, eligibility: { ...c.eligibility, departureDate: departure, ...(override ? { accountExpiryOverride: override, accountExpiryOverrideSource: 'academic-system' as const, accountExpiryOverrideReason: '学務システムで確認' } : {}) }, applicant: { ...c.applicant, name: send ? '送信 待子' : '期限 近子', utokyoAccount: send ? '2234567890' : '3234567890' } };
  const created = await preview.value('cases:create-case', { input, operator: '窓口 太郎' });
  if (send) {
    await preview.value('cases:finalize-case', { id: created.id, operator: '窓口 太郎' });
    await preview.value('outbox:enqueue', { caseId: created.id, operator: '窓口 太郎' });
  }
  return created.id;
}

/** What each stage of the tour shares: the browser page, the preview behind it and the visitor. */
interface Tour {
  readonly page: Page;
  readonly preview: PreviewProcess;
  readonly visit: Visit;
}

async function startScreen({ page, preview, visit }: Tour, language: 'ja' | 'en'): Promise<void> {
  // The case of the tour is handed over through the mail form (the installation default); the
  // outbox part switches to the preview's endpoint later.
  await preview.value('settings:update-settings', { patch: { deliveryChannel: 'mail-form' }, operator: '窓口 太郎' });
  await page.goto(preview.url);
  await page.locator('.button-operator').first().waitFor();
  if (language === 'en') {
    await page.locator('.lang-switch').click();
    await page.locator('html[lang="en"]').waitFor({ state: 'attached' });
  }
  await settle(page);
  await visit('start');
}

/** A new case through steps 1–3: errors first, then the route, the method and the checklist. */
async function firstSteps({ page, visit }: Tour): Promise<void> {
  await page.locator('.button-operator').first().click();
  await page.getByTestId('new-case').click();
  await page.locator('#step-title').waitFor();
  await page.locator('.wizard-nav button[type="submit"]').click();
  await page.locator('.field-error').first().waitFor();
  await visit('step1-errors');

  await page.locator(field('applicant.utokyoAccount')).fill('1234567890');
  await choose(page, `${field('eligibility.studentBeforeLeaving')}-yes`);
  await choose(page, `${field('eligibility.onlineServiceUnavailable')}-no-card`);
  await page.locator(field('eligibility.departureDate')).fill(openWindowDeparture());
  await page.locator('#step-title').click();
  await visit('step1-route');
  await step(page, 2);
  await choose(page, `${field('verification.method')}-video`);
  await page.locator(field('verification.videoReason')).fill('海外在住のため来学できない');
  await choose(page, `${field('verification.documentType')}-passport`);
  await visit('step2-method');
  await step(page, 3);
  await visit('step3-checklist');
  await tickAll(page);
}

/** Steps 4–7: the applicant, the request, consent and the review. */
async function laterSteps({ page, visit }: Tour): Promise<void> {
  await step(page, 4);
  await page.locator(field('applicant.studentNumber')).fill('03-123456');
  await page.locator(field('applicant.name')).fill('東大 花子');
  await page.locator(field('applicant.nameKana')).fill('とうだい はなこ');
  await page.locator(field('applicant.contactEmail')).fill('hanako@mail.u-tokyo.ac.jp');
  await page.locator(field('applicant.contactEmailConfirm')).fill('hanako@mail.u-tokyo.ac.jp');
  await page.locator('#step-title').click();
  await visit('step4-applicant');
  await step(page, 5);
  await choose(page, '#f-service-eccs-mail');
  await page.locator(field('request.reason')).fill('在学時の研究データの一部のバックアップに失敗しており、それが投稿論文の作成にあたって必要な根拠資料であるため');
  await visit('step5-request');
  await step(page, 6);
  await visit('step6-consent');
  await tickAll(page);
  await step(page, 7);
  await page.getByTestId('finalize').and(page.locator(':enabled')).waitFor();
  await visit('step7-review');
}

/** 確定 asks first; then "next steps" with the mail form (the default channel) and 送付済みにする. */
async function finalizeAndHandOver({ page, visit }: Tour): Promise<void> {
  await page.getByTestId('finalize').click();
  await page.getByTestId('confirm-finalize').waitFor();
  await visit('step7-confirm');
  await page.getByTestId('confirm-finalize').click();
  await page.getByTestId('mark-handed-over').click();
  await page.locator('[data-testid="mark-form"] input').waitFor();
  await visit('step7-next-steps');
  await page.locator('[data-testid="mark-form"] input').fill('R-2026-0042');
  await page.locator('[data-testid="mark-form"] .button-primary').click();
  await page.locator('[data-testid="case-outbox-state"][data-state="handed-over"]').waitFor();
  await visit('step7-handed-over');
}

/** A correction on the delivered case: one recorded (the history), then one the core refuses. */
async function corrections({ page, visit }: Tour): Promise<void> {
  await page.locator('#amend-field').selectOption('applicant.name');
  await page.locator('#amend-value').fill('東大 華子');
  await page.locator('#amend-reason').fill('申請者からの申し出(漢字の誤記)');
  await page.getByTestId('amend-submit').click();
  await page.getByTestId('amend-notice').waitFor();
  await page.locator('#amend-field').selectOption('applicant.contactEmail');
  await page.locator('#amend-value').fill('hanako@example');
  await page.locator('#amend-value-confirm').fill('hanako@example');
  await page.locator('#amend-reason').fill('申請者からの申し出');
  await page.getByTestId('amend-submit').click();
  await page.getByTestId('amend-error-value').waitFor();
  await visit('step7-amendment');
}

/**
 * The outbox: the handed-over request, its correction notice awaiting hand-off, and (after
 * switching to the endpoint) a request the desk could not take yet.
 */
async function outboxScreen({ page, preview, visit }: Tour): Promise<void> {
  await preview.value('settings:update-settings', { patch: { deliveryChannel: 'endpoint' }, operator: '窓口 太郎' });
  await preview.setDesk(false);
  await apiCase(preview, openWindowDeparture(), true);
  await page.locator('a[href="#/outbox"]').first().click();
  await page.locator('.outbox-error').first().waitFor({ timeout: 20_000 });
  await page.locator('[data-testid="outbox-item"][data-state="awaiting-hand-off"]').waitFor();
  await visit('outbox');
  await preview.setDesk(true);
}

/** A case stopped at step 1, the case list with an urgent draft, and the settings. */
async function listAndSettings({ page, preview, visit }: Tour): Promise<void> {
  // A case past its deadline stops at step 1.
  const expired = await apiCase(preview, '2025-03-31', false);
  await page.goto(`${preview.origin}/#/case/${expired}/1`);
  await page.getByTestId('stop').waitFor();
  await settle(page);
  await visit('step1-stopped');
  // Discarding asks inline, like 確定.
  await page.getByTestId('discard').click();
  await page.getByTestId('confirm-discard').waitFor();
  await visit('discard-confirm');
  await page.locator('[data-testid="confirm-discard-box"] .button-secondary').click();

  // An urgent draft (expiry 170 days ago: 10 days left), then the list.
  const expiry = addDays(tokyoDate(new Date()), -170);
  await apiCase(preview, addDays(expiry, -1), false, expiry);
  await page.locator('a[href="#/cases"]').first().click();
  await page.locator('.row-urgent').first().waitFor();
  await visit('cases');

  await page.locator('a[href="#/settings"]').first().click();
  await page.getByTestId('thumbprint').filter({ hasNotText: '…' }).waitFor();
  await page.getByTestId('verifier-sha256').filter({ hasText: /^[0-9a-f]{64}$/ }).waitFor({ timeout: 60_000 });
  await visit('settings');
}

/** A new PC: the one guided setup, its errors beside their fields (the end of the tour: it removes the staff). */
async function firstRun({ page, preview, visit }: Tour, language: 'ja' | 'en'): Promise<void> {
  await preview.value('settings:update-settings', { patch: { staff: [] }, operator: '窓口 太郎' });
  await page.goto(preview.url);
  await page.reload(); // the same URL (only the hash differs): load the app again
  await page.getByTestId('save-setup').waitFor();
  if (language === 'en' && (await page.locator('html[lang="ja"]').count()) > 0) {
    await page.locator('.lang-switch').click();
    await page.locator('html[lang="en"]').waitFor({ state: 'attached' });
  }
  await page.getByTestId('save-setup').click();
  await page.locator('#s-staff-0-name-error').waitFor();
  await settle(page);
  await visit('first-run');
}

export async function tourScreens(page: Page, preview: PreviewProcess, language: 'ja' | 'en', visit: Visit): Promise<void> {
  const tour: Tour = { page, preview, visit };
  await startScreen(tour, language);
  await firstSteps(tour);
  await laterSteps(tour);
  await finalizeAndHandOver(tour);
  await corrections(tour);
  await outboxScreen(tour);
  await listAndSettings(tour);
  await firstRun(tour, language);
}
