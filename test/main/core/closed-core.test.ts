// After close() (quit, backup restore) a late call — a debounced autosave, a click in the window —
// gets the typed CoreError('closed') that tells staff to restart, never better-sqlite3's raw error.
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Core, SecretStore } from '../../../src-main/core';
import { memorySecretStore } from '../../../src-main/core';
import { SIGNING_KEY_SECRET } from '../../../src-main/core/keys';
import { dispatch } from '../../../src-main/ipc/dispatch';
import { createHandlers, type OutputHost } from '../../../src-main/ipc/handlers';
import { channels } from '../../../src-shared/ipc-contract';
import { validRequests } from '../ipc/sample-requests';
import { openTestCore, rejection, type TestCore } from './open-test-core';

let t: TestCore;
beforeEach(async () => {
  t = await openTestCore();
});
afterEach(async () => {
  await t.cleanup();
});

/** One call of every public core method (arguments valid as far as the core goes). */
function everyCall(core: Core, dir: string): [string, () => unknown][] {
  const op = { operator: '窓口 太郎' };
  return [
    ['settings.get', () => core.settings.get()],
    ['settings.update', () => core.settings.update({ language: 'en' }, op)],
    ['cases.createDraft', () => core.cases.createDraft({}, op)],
    ['cases.update', () => core.cases.update('c', {}, op)],
    ['cases.get', () => core.cases.get('c')],
    ['cases.list', () => core.cases.list()],
    ['cases.evaluate', () => core.cases.evaluate('c')],
    ['cases.finalize', () => core.cases.finalize('c', op)],
    ['cases.discard', () => core.cases.discard('c', op)],
    ['cases.amend', () => core.cases.amend('c', { field: 'applicant.name', value: 'x', reason: 'r', by: 'b' })],
    ['outbox.enqueue', () => core.outbox.enqueue('c', op)],
    ['outbox.flush', () => core.outbox.flush()],
    ['outbox.list', () => core.outbox.list()],
    ['outbox.retry', () => core.outbox.retry('s', op)],
    ['outbox.mailFormText', () => core.outbox.mailFormText('s')],
    ['outbox.testConnection', () => core.outbox.testConnection('http://127.0.0.1:9/')],
    ['records.pdf', () => core.records.pdf('c')],
    ['records.logOutput', () => core.records.logOutput('c', 'print', op)],
    ['keys.publicJwk', () => core.keys.publicJwk()],
    ['keys.thumbprint', () => core.keys.thumbprint()],
    ['keys.exportPublicJwks', () => core.keys.exportPublicJwks(path.join(dir, 'k.json'), op)],
    ['keys.rotate', () => core.keys.rotate(op)],
    ['verifyAudit', () => core.verifyAudit()],
    ['purgeExpired', () => core.purgeExpired()],
    ['exportBackup', () => core.exportBackup(path.join(dir, 'b.sdbackup'), 'correct horse battery', op)],
    ['exportLedger', () => core.exportLedger(path.join(dir, 'l.csv'), op)],
  ];
}

async function outcome(call: () => unknown): Promise<unknown> {
  try {
    return await call();
  } catch (e) {
    return e;
  }
}

describe('a closed core', () => {
  it('refuses every method with CoreError("closed") and a ja/en message to restart', async () => {
    await t.core.close();
    for (const [name, call] of everyCall(t.core, t.dataDir)) {
      const e = (await outcome(call)) as { name?: string; code?: string; messages?: { ja: string; en: string } };
      expect({ name, error: e?.name, code: e?.code }).toEqual({ name, error: 'CoreError', code: 'closed' });
      expect(e.messages?.ja).toContain('再起動');
      expect(e.messages?.en).toContain('Restart the app');
    }
  });

  it('refuses to start a scheduler or subscribe to changes', async () => {
    await t.core.close();
    expect(() => t.core.outbox.startScheduler()).toThrow(expect.objectContaining({ code: 'closed' }));
    expect(() => t.core.outbox.onChange(() => undefined)).toThrow(expect.objectContaining({ code: 'closed' }));
  });

  it('closes twice without error and still holds the data', async () => {
    const d = await t.core.cases.createDraft({ applicant: { name: '東大 花子' } }, { operator: 'x' });
    await t.core.close();
    await expect(t.core.close()).resolves.toBeUndefined();
    await Promise.all([t.core.close(), t.core.close()]);
    await t.reopen();
    expect((await t.core.cases.get(d.id)).input.applicant?.name).toBe('東大 花子');
  });

  it('answers every IPC channel with {ok:false, error:{code:"closed"}}, not an internal error', async () => {
    const host: OutputHost = {
      chooseSavePath: async (_kind, name) => path.join(t.dataDir, name),
      chooseBackupToRestore: async () => null,
      printPdf: async () => true,
      copyText: async () => undefined,
      openMailForm: async () => false,
    };
    const handlers = createHandlers(t.core, host);
    await t.core.close();
    const onUnexpected = vi.fn();
    // Copying to the clipboard and the desk's verifier page (a file shipped with the app) need no
    // data: they still work after close.
    const noData: readonly string[] = ['backup:restore-backup', 'clipboard:copy-text', 'desk-verifier:get-desk-verifier', 'desk-verifier:save-desk-verifier'];
    for (const channel of channels.filter((c) => !noData.includes(c))) {
      const result = await dispatch(handlers, channel, validRequests[channel], { onUnexpected });
      expect({ channel, result }).toEqual({
        channel,
        result: { ok: false, error: { code: 'closed', message: { ja: expect.stringContaining('再起動'), en: expect.any(String) }, issues: [] } },
      });
      expect(JSON.stringify(result)).not.toMatch(/database connection|at .*\.ts:|TypeError/);
    }
    expect(onUnexpected).not.toHaveBeenCalled();
  });

  it('a call already running when the core closes under it fails with "closed" too', async () => {
    // The keychain write of a key rotation is held until the core has closed.
    let release: () => void = () => undefined;
    const held = new Promise<void>((r) => {
      release = r;
    });
    let hold = false;
    const inner = memorySecretStore();
    const secrets: SecretStore = {
      get: (n) => inner.get(n),
      delete: (n) => inner.delete(n),
      set: async (n, v) => {
        if (hold && n === SIGNING_KEY_SECRET) await held; // the audit anchor written at close is not held
        return inner.set(n, v);
      },
    };
    await t.cleanup();
    t = await openTestCore({ secrets });
    hold = true;
    const rotating = rejection(t.core.keys.rotate({ operator: 'x' }));
    await t.core.close();
    release();
    expect((await rotating).code).toBe('closed');
  });
});
