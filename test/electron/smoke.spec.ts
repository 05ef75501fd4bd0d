// The real Electron shell, end to end, as counter staff use it (npm run test:electron; needs the
// Electron binary and a display, run before every release): the start screen in Japanese, a case
// created and finalized through the UI, the record printed through the print window (to a PDF
// here: a test cannot press the system dialog's buttons), "copy for the mail form" on Electron's
// clipboard, and quit leaving no process behind. What the browser preview cannot show.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { _electron, expect, test, type ElectronApplication } from '@playwright/test';
import { uiMessages } from '../../src-shared/messages/ui';
import { fillCompleteCase, finalizeAndSend, newCase } from '../e2e/support/case-flow';

const ja = uiMessages.ja;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** In the main process: print jobs become PDFs kept for the test instead of the system dialog. */
async function capturePrints(app: ElectronApplication): Promise<void> {
  await app.evaluate(({ app: electronApp }) => {
    electronApp.on('browser-window-created', (_event, win) => {
      const contents = win.webContents;
      contents.print = ((_options: unknown, callback?: (success: boolean, reason: string) => void) => {
        void contents.printToPDF({}).then((pdf) => {
          (globalThis as { printed?: string[] }).printed = [...((globalThis as { printed?: string[] }).printed ?? []), pdf.toString('base64')];
          callback?.(true, '');
        });
      }) as typeof contents.print;
    });
  });
}

test('the desktop app: first run, a case to the end, print, copy, quit', async () => {
  const binary = process.env.SALVAGE_ELECTRON_BINARY;
  const main = process.env.SALVAGE_ELECTRON_MAIN;
  test.skip(!binary || !main, 'run through npm run test:electron (it builds the test app and finds Electron)');
  const userData = mkdtempSync(path.join(tmpdir(), 'salvage-electron-smoke-'));
  const app = await _electron.launch({
    executablePath: binary!,
    args: [main!],
    env: { ...process.env, SALVAGE_TEST_USER_DATA: userData, SALVAGE_TEST_MEMORY_KEYCHAIN: '1' },
  });
  try {
    await capturePrints(app);
    const page = await app.firstWindow();

    // A fresh PC opens in Japanese on Settings (first run), then the start screen.
    await expect(page.getByRole('heading', { level: 1, name: ja['settings.title'] })).toBeVisible();
    await expect(page.getByText(ja['settings.first-run'])).toBeVisible();
    await page.getByLabel(ja['settings.department']).selectOption('engineering');
    await page.getByRole('button', { name: ja['settings.staff-add'] }).click();
    await page.getByLabel(ja['settings.staff-name']).fill('窓口 太郎');
    await page.getByTestId('save-settings').click();
    await page.getByRole('button', { name: /^窓口 太郎/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: ja['nav.cases'] })).toBeVisible();

    // A case through the wizard, finalized.
    await newCase(page);
    await fillCompleteCase(page);
    await finalizeAndSend(page);

    // The record through the hidden print window.
    await page.getByRole('button', { name: ja['review.print'] }).click();
    await expect(page.getByTestId('review-notice')).toContainText(ja['review.printed']);
    const printed = await app.evaluate(() => (globalThis as { printed?: string[] }).printed ?? []);
    expect(printed).toHaveLength(1);
    expect(Buffer.from(printed[0]!, 'base64').subarray(0, 5).toString('latin1')).toBe('%PDF-');

    // "Copy for the mail form" lands on the system clipboard.
    await page.getByRole('button', { name: ja['handoff.copy-text'] }).click();
    await expect.poll(() => app.evaluate(({ clipboard }) => clipboard.readText())).toContain('検証コード');

    // Quit: every process of the app goes away.
    const pids = await app.evaluate(({ app: electronApp }) => electronApp.getAppMetrics().map((m) => m.pid));
    expect(pids.length).toBeGreaterThan(1);
    const exited = new Promise((resolve) => app.process().once('exit', resolve));
    await app.evaluate(({ app: electronApp }) => electronApp.quit());
    await exited;
    await expect.poll(() => pids.filter(alive)).toEqual([]);
  } finally {
    if (app.process().exitCode === null) await app.close();
    rmSync(userData, { recursive: true, force: true });
  }
});
