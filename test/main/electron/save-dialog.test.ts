// Every channel that saves a file goes through the one save-dialog path (saveThroughDialog over the
// native dialog, with the central electron mock): cancelling, or a dialog that answers without a
// path, writes nothing and audits nothing and answers saved: false; a chosen path is where the
// file goes.
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Channel } from '../../../src-shared/ipc-contract';
import { BrowserWindow, electronMock } from '../../support/electron-mock';
import { createFakeCore, type FakeCore } from '../ipc/fake-core';
import { validRequests } from '../ipc/sample-requests';

vi.mock('electron', () => import('../../support/electron-mock'));
const core: { current: FakeCore } = { current: createFakeCore() };
vi.mock('../../../src-main/core/index', () => ({
  openCore: vi.fn(async () => core.current),
  keytarSecretStore: vi.fn(() => ({})),
  restoreBackup: vi.fn(),
}));
const { startApp } = await import('../../../src-main/electron/start-app');
const { saveThroughDialog } = await import('../../../src-main/ipc/save-through-dialog');

/** Each saving channel, and the writes it makes (files in the folder or core exports) once a place is chosen. */
const savers = {
  'records:save-record-pdf': (c: FakeCore) => [c.records.logOutput],
  'records:save-applicant-notice-pdf': (c: FakeCore) => [c.records.logOutput],
  'keys:export-public-key': (c: FakeCore) => [c.keys.exportPublicJwks],
  'keys:rotate-key': (c: FakeCore) => [c.keys.exportPublicJwks],
  'backup:export-backup': (c: FakeCore) => [c.exportBackup],
  'ledger:export-ledger': (c: FakeCore) => [c.exportLedger],
  'settings:export-profile': () => [],
} satisfies Partial<Record<Channel, (c: FakeCore) => unknown[]>>;
const channels = Object.keys(savers) as Array<keyof typeof savers>;

async function start(): Promise<BrowserWindow> {
  core.current = createFakeCore();
  const running = startApp({ buildDir: '/app/.vite/build' });
  electronMock.app.readyResolve();
  if (!(await running)) throw new Error('startApp failed');
  return BrowserWindow.instances[0] as BrowserWindow;
}

async function save(channel: (typeof channels)[number]): Promise<unknown> {
  const win = await start();
  return electronMock.invoke(channel, { sender: win.webContents, senderFrame: win.webContents.mainFrame }, validRequests[channel]);
}

const savedOf = (result: unknown): unknown => (result as { ok: boolean; value?: { saved?: unknown } }).value?.saved;

beforeEach(() => electronMock.reset());

describe('one save dialog, one cancel behaviour', () => {
  const cancels: Array<[string, { canceled: boolean; filePath?: string }]> = [
    ['cancelled', { canceled: true }],
    ['cancelled with a stale path', { canceled: true, filePath: '/tmp/should-not-be-written' }],
    ['answered without a path', { canceled: false, filePath: '' }],
  ];
  describe.each(cancels)('dialog %s', (_name, dialogResult) => {
    it.each(channels)('%s writes and audits nothing, and answers saved: false', async (channel) => {
      electronMock.saveDialogResult = dialogResult;
      const result = await save(channel);
      expect((result as { ok: boolean }).ok).toBe(true);
      expect(savedOf(result)).toBe(false);
      for (const write of savers[channel](core.current)) expect(write).not.toHaveBeenCalled();
      expect(existsSync('/tmp/should-not-be-written')).toBe(false);
    });
  });

  it.each(channels)('%s writes to the chosen path and answers saved: true', async (channel) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sd-save-dialog-'));
    const target = path.join(dir, 'chosen.out');
    electronMock.saveDialogResult = { canceled: false, filePath: target };
    const result = await save(channel);
    expect(savedOf(result)).toBe(true);
    const writes = savers[channel](core.current);
    const exported = writes.some((w) => (w as ReturnType<typeof vi.fn>).mock.calls.some((call) => call[0] === target));
    // Files the shell writes itself land at the path; core exports receive it.
    expect(exported || readdirSync(dir).includes('chosen.out')).toBe(true);
  });

  it('the helper itself: null from the dialog skips the write, a path runs it once', async () => {
    const write = vi.fn(async (_target: string) => undefined);
    expect(await saveThroughDialog({ chooseSavePath: async () => null }, 'ledger', 'l.csv', write)).toBe(false);
    expect(write).not.toHaveBeenCalled();
    expect(await saveThroughDialog({ chooseSavePath: async (_k, name) => `/chosen/${name}` }, 'ledger', 'l.csv', write)).toBe(true);
    expect(write).toHaveBeenCalledExactlyOnceWith('/chosen/l.csv');
  });

  it('no handler asks the save dialog itself: saveThroughDialog is the only caller', () => {
    const dir = path.join(process.cwd(), 'src-main', 'ipc');
    const callers = readdirSync(dir).filter((f) => /\.chooseSavePath\(/.test(readFileSync(path.join(dir, f), 'utf8')));
    expect(callers).toEqual(['save-through-dialog.ts']);
  });
});
