// The hand-off end to end, as two counter PCs of one department and the desk live it: two preview
// instances (two data folders, one department profile) and the desk's verifier page built fresh.
// Each PC finalizes a case and the header counts it from 確定 on; each hands it over through the
// mail form (the prefilled URL read from the preview's event stream, as the system browser would
// get it); the desk's page verifies both pastes, with two different case numbers; PC A records a
// correction whose signed notice is its own step and verifies at the desk; tampered pastes fail
// with the right reasons (data-reason, not wording); and both badges return to 0.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { destinationLabel } from '../../../src-shared/protocol/mail-form-destination';
import { buildDeskVerifier } from '../../../tools/desk-verifier/build';
import { tempDir } from '../../../tools/fixtures/desk-signing';
import { chooseMailForm, fillCompleteCase, finalize, newCase, startAsOperator } from '../support/case-flow';
import { watchPreviewEvents, type PreviewEvents } from '../../../tools/preview-driver/preview-events';
import { launchPreview, type PreviewProcess } from '../../../tools/preview-driver/preview-process';

const TEMPLATE = 'https://docs.google.com/forms/d/e/1FAIpQLSdeskform/viewform?usp=pp_url'
  + '&entry.1001=%7B%7BcaseNumber%7D%7D&entry.1004=%7B%7BrequestText%7D%7D';
const NEW_EMAIL = 'hanako.todai@example.org';

interface Counter {
  readonly name: string;
  readonly preview: PreviewProcess;
  readonly page: Page;
  readonly events: PreviewEvents;
  /** This PC's station code as Settings shows it. */
  readonly station: string;
}

async function counterPc(browser: Browser, name: string, preview: PreviewProcess, shot: string): Promise<Counter> {
  const context = await browser.newContext();
  const page = await context.newPage();
  // Personal data must never leave 127.0.0.1: any other request is refused.
  await page.route(/^(?!http:\/\/127\.0\.0\.1[:/]).*/, (route) => route.abort());
  await startAsOperator(page, preview);
  await chooseMailForm(page, TEMPLATE);
  const panel = page.getByRole('region', { name: 'この端末の端末コード' });
  await expect(panel.getByTestId('station-code')).toHaveText(/^[A-Z0-9]{3}$/);
  const station = (await panel.getByTestId('station-code').textContent()) ?? '';
  await panel.screenshot({ path: shot });
  await page.getByRole('link', { name: '案件一覧' }).click();
  return { name, preview, page, events: await watchPreviewEvents(preview), station };
}

const badge = (pc: Counter) => pc.page.getByTestId('outbox-count');

/** Presses an 「メールフォームを開く」 button and returns the block the prefilled link carries. */
async function openedBlock(pc: Counter, button: ReturnType<Page['getByTestId']>): Promise<{ caseNumber: string; block: string }> {
  const { url } = await pc.events.after<{ url: string }>('preview:open-external', () => button.click());
  const opened = new URL(url);
  expect(opened.origin + opened.pathname).toBe('https://docs.google.com/forms/d/e/1FAIpQLSdeskform/viewform');
  return { caseNumber: opened.searchParams.get('entry.1001') ?? '', block: opened.searchParams.get('entry.1004') ?? '' };
}

/** The desk's page: paste, verify, and the verdict region (data-state, data-reason). */
async function deskVerdict(desk: Page, text: string) {
  await desk.getByTestId('paste').fill(text);
  await desk.getByTestId('verify').click();
  const verdict = desk.getByTestId('verdict');
  await expect(verdict).toHaveAttribute('data-state', /verified|failed/);
  return verdict;
}

async function markHandedOver(pc: Counter, step: ReturnType<Page['getByTestId']>): Promise<void> {
  await step.getByTestId('mark-handed-over').click();
  await pc.page.getByRole('button', { name: '送付済みとして記録する' }).click();
  await expect(step).toHaveAttribute('data-done', 'true');
}

test('two counter PCs hand over through the mail form; the desk verifies both and a correction, and refuses tampering', async ({ browser }, info) => {
  test.setTimeout(300_000);
  const a = await launchPreview();
  const b = await launchPreview();
  try {
    // One department profile: PC A's exported profile applied to PC B (the keys stay each PC's own).
    const profile = await a.value('settings:export-profile', { operator: '窓口 太郎' });
    expect(profile.saved).toBe(true);
    const output = path.join(a.dataDir, 'output');
    const profileFile = path.join(output, readdirSync(output).find((f) => f.endsWith('.salvage-profile.json')) ?? 'missing');
    const profileJson = JSON.parse(readFileSync(profileFile, 'utf8')) as Record<string, unknown>;
    // The profile names PC A's local desk as the endpoint: not a built-in destination, so PC B's staff
    // confirm it by name, as the Settings screen asks them to.
    const endpoint = typeof profileJson.endpointUrl === 'string' ? [destinationLabel(profileJson.endpointUrl)] : [];
    await b.value('settings:apply-profile', { profile: profileJson, operator: '窓口 太郎', confirmDestinations: endpoint });

    // The desk: its page built fresh, with a registry holding both PCs' keys for the department.
    const dir = tempDir('two-counters-');
    const pageUrl = pathToFileURL(await buildDeskVerifier(path.join(dir, 'salvage-desk-verifier.html'))).href;
    const registry = path.join(dir, 'departments.jwks.json');
    const keysOf = (p: PreviewProcess) => (JSON.parse(readFileSync(path.join(p.dataDir, 'desk', 'department.jwks.json'), 'utf8')) as { keys: unknown[] }).keys;
    writeFileSync(registry, JSON.stringify({ keys: [...keysOf(a), ...keysOf(b)] }));
    const deskContext = await browser.newContext();
    await deskContext.route('**/*', (route) => (route.request().url() === pageUrl ? route.continue() : route.abort()));
    const desk = await deskContext.newPage();
    await desk.goto(pageUrl);
    await desk.getByTestId('registry-file').setInputFiles(registry);
    await expect(desk.getByTestId('registry-status')).toContainText('2');

    const pcs = [await counterPc(browser, 'A', a, info.outputPath('station-a.png')), await counterPc(browser, 'B', b, info.outputPath('station-b.png'))];
    const handedOver: { caseNumber: string; block: string }[] = [];
    for (const [i, pc] of pcs.entries()) {
      await expect(badge(pc)).toHaveText('未送付 0 件');
      const account = i === 0 ? '1234567890' : '2345678901';
      await newCase(pc.page, account);
      await fillCompleteCase(pc.page, 'in-person', account);
      await finalize(pc.page);
      // Counted from 確定 on, before anyone opens the form.
      await expect(badge(pc)).toHaveText('未送付 1 件');
      const step = pc.page.getByTestId('next-step-hand-off');
      await expect(step).toHaveAttribute('data-done', 'false');
      await expect(step.getByTestId('case-outbox-state')).toHaveAttribute('data-state', 'awaiting-hand-off');

      const opened = await openedBlock(pc, step.getByTestId('open-mail-form'));
      expect(opened.caseNumber).toMatch(new RegExp(`^engineering-\\d{4}-${pc.station}-000001$`)); // the code Settings shows
      expect(opened.block).toContain(`案件番号: ${opened.caseNumber}`);
      const verdict = await deskVerdict(desk, opened.block);
      await expect(verdict).toHaveAttribute('data-state', 'verified');
      await expect(verdict).toContainText(opened.caseNumber);
      await markHandedOver(pc, step);
      await expect(badge(pc)).toHaveText('未送付 0 件');
      handedOver.push(opened);
    }
    // Two PCs of one department, never connected: two different numbers (each PC's station code).
    expect(handedOver[0]!.caseNumber).not.toBe(handedOver[1]!.caseNumber);

    // PC A corrects the contact e-mail after the hand-off: the notice is its own step and item.
    const pcA = pcs[0]!;
    await pcA.page.getByLabel('訂正する項目').selectOption({ label: '本人連絡先メールアドレス' });
    await pcA.page.locator('#amend-value').fill(NEW_EMAIL);
    await pcA.page.locator('#amend-value-confirm').fill(NEW_EMAIL);
    await pcA.page.locator('#amend-reason').fill('申請者からの申し出(メールアドレスの誤記)');
    await pcA.page.getByRole('button', { name: '訂正を記録する' }).click();
    await expect(pcA.page.getByTestId('amend-notice')).toContainText('訂正を記録しました(No. 1');
    await expect(badge(pcA)).toHaveText('未送付 1 件');
    const correction = pcA.page.getByTestId('next-step-correction');
    await expect(correction).toHaveAttribute('data-done', 'false');
    await expect(correction.getByRole('heading', { level: 3 })).toContainText('訂正通知を引き渡す');
    await expect(pcA.page.getByTestId('next-step-reprint')).toBeVisible(); // what was printed now shows the old address
    await pcA.page.getByTestId('next-steps').screenshot({ path: info.outputPath('next-steps-after-correction.png') });
    const notice = await openedBlock(pcA, correction.getByTestId('open-mail-form'));
    expect(notice.caseNumber).toBe(handedOver[0]!.caseNumber);
    expect(notice.block).toContain(NEW_EMAIL);
    const noticeVerdict = await deskVerdict(desk, notice.block);
    await expect(noticeVerdict).toHaveAttribute('data-state', 'verified');
    await expect(noticeVerdict).toContainText(handedOver[0]!.caseNumber);
    await desk.screenshot({ path: info.outputPath('desk-notice-verified.png'), fullPage: true });
    await markHandedOver(pcA, correction);
    await expect(badge(pcA)).toHaveText('未送付 0 件');

    // Tampered pastes fail, each for its reason.
    const request = handedOver[1]!.block;
    const nameLine = /^氏名: .+$/m.exec(request)?.[0] ?? '';
    expect(nameLine).not.toBe('');
    await expect(await deskVerdict(desk, request.replace(nameLine, '氏名: 偽 名前'))).toHaveAttribute('data-reason', 'text-mismatch');
    await expect(await deskVerdict(desk, notice.block.replace(`訂正後: ${NEW_EMAIL}`, '訂正後: someone.else@example.org'))).toHaveAttribute('data-reason', 'text-mismatch');
    const signature = /eyJ[\w-]+\.[\w-]+\.([\w-]+)/.exec(request)?.[1] ?? '';
    expect(signature).toHaveLength(86); // Ed25519: 64 bytes
    const flipped = signature.slice(0, 10) + (signature[10] === 'A' ? 'B' : 'A') + signature.slice(11);
    await expect(await deskVerdict(desk, request.replace(signature, flipped))).toHaveAttribute('data-reason', 'bad-signature');

    for (const pc of pcs) await expect(badge(pc)).toHaveText('未送付 0 件');
    for (const pc of pcs) pc.events.close();
  } finally {
    await a.stop();
    await b.stop();
  }
});
