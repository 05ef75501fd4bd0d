// From 確定 to handed over nothing depends on memory: finalize creates the case's hand-off item in
// its own transaction (awaiting-hand-off on the mail form, queued on the endpoint), and a
// correction its notice. A failure at any point inside (the case update, the item, either audit
// entry; injected with a trigger through a second connection) leaves neither; a process killed at
// any moment leaves, after reopening, every finalized case with its item.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore } from '../../../../src-main/core';
import { completeCase } from '../../../../tools/fixtures/case-fixtures';
import { fileSecretStore } from '../../../support/file-secret-store';
import { openTestCore, rejection, tempDir, type TestCore } from '../open-test-core';
import { rawDb } from '../raw-db';

let t: TestCore | undefined;
afterEach(async () => {
  await t?.cleanup();
  t = undefined;
});

async function draft(core: TestCore['core'], account = '1234567890') {
  const c = completeCase();
  return core.cases.createDraft({ ...c, applicant: { ...c.applicant, utokyoAccount: account } });
}

describe('finalize makes the hand-off item with the case', () => {
  it('mail form: awaiting hand-off at once, counted by the status filter; opening the form never makes a second one', async () => {
    t = await openTestCore();
    const { core } = t;
    const c = await core.cases.finalize((await draft(core)).id, { operator: '窓口 太郎' });
    const items = await core.outbox.list();
    expect(items).toEqual([expect.objectContaining({ caseId: c.id, kind: 'request', channel: 'mail-form', state: 'awaiting-hand-off', caseNumber: c.caseNumber })]);
    expect(c.status).toBe('awaiting-hand-off');
    expect((await core.cases.list({ status: ['awaiting-hand-off', 'queued', 'sending', 'needs-attention'] })).map((v) => v.id)).toEqual([c.id]);
    await core.outbox.mailFormLink(items[0]!.id);
    expect(await core.outbox.enqueue(c.id, { operator: '窓口 太郎' })).toMatchObject({ id: items[0]!.id });
    expect(await core.outbox.list()).toHaveLength(1);
  });

  it('endpoint: queued at once', async () => {
    t = await openTestCore();
    const { core } = t;
    await core.settings.update({ deliveryChannel: 'endpoint', endpointUrl: 'http://127.0.0.1:9/submissions' }, { operator: '窓口 太郎', confirmDestinations: ['http://127.0.0.1:9/submissions'] });
    const c = await core.cases.finalize((await draft(core)).id, { operator: '窓口 太郎' });
    expect(await core.outbox.list()).toEqual([expect.objectContaining({ caseId: c.id, channel: 'endpoint', state: 'queued' })]);
    expect(c.status).toBe('queued');
  });

  const points = [
    ['the case update', `BEFORE UPDATE OF status ON cases WHEN NEW.status = 'finalized'`],
    ['the finalize audit entry', `AFTER INSERT ON audit WHEN NEW.action = 'finalize'`],
    ['the item insert', `BEFORE INSERT ON outbox`],
    ['after the item, at its audit entry', `AFTER INSERT ON audit WHEN NEW.action = 'enqueue'`],
  ] as const;
  for (const [point, when] of points) {
    it(`a failure at ${point} leaves neither the finalized case nor an item; the draft finalizes afterwards`, async () => {
      t = await openTestCore();
      const { core } = t;
      const d = await draft(core);
      const raw = await rawDb(t.dataDir, t.secrets);
      raw.exec(`CREATE TRIGGER simulated_crash ${when} BEGIN SELECT RAISE(ABORT, 'simulated crash'); END;`);
      await rejection(core.cases.finalize(d.id, { operator: '窓口 太郎' }));
      expect((await core.cases.get(d.id)).status).toBe('draft');
      expect(await core.outbox.list()).toEqual([]);
      raw.exec('DROP TRIGGER simulated_crash');
      raw.close();
      const c = await core.cases.finalize(d.id, { operator: '窓口 太郎' });
      expect((await core.outbox.list()).map((i) => i.caseId)).toEqual([c.id]);
      expect(await core.verifyAudit()).toMatchObject({ ok: true });
    });
  }

  it('a correction and its notice: a failure at the notice leaves neither; without one, both', async () => {
    t = await openTestCore();
    const { core } = t;
    const c = await core.cases.finalize((await draft(core)).id, { operator: '窓口 太郎' });
    const change = { field: 'applicant.nameKana', value: 'とうだい はなこ(訂正)', reason: '読みの訂正', by: '係長' };
    const raw = await rawDb(t.dataDir, t.secrets);
    raw.exec(`CREATE TRIGGER simulated_crash BEFORE INSERT ON outbox WHEN NEW.kind = 'amendment' BEGIN SELECT RAISE(ABORT, 'simulated crash'); END;`);
    await rejection(core.cases.amend(c.id, change));
    expect((await core.cases.get(c.id)).amendments).toEqual([]);
    expect(await core.outbox.list()).toHaveLength(1);
    raw.exec('DROP TRIGGER simulated_crash');
    raw.close();
    await core.cases.amend(c.id, change);
    expect((await core.cases.get(c.id)).amendments).toHaveLength(1);
    expect((await core.outbox.list()).map((i) => i.kind)).toEqual(['amendment', 'request']);
  });
});

describe('items added by migration 0009', () => {
  it('are signed when the core opens with the key: the same block as any other request', async () => {
    t = await openTestCore();
    const c = await t.core.cases.finalize((await draft(t.core)).id, { operator: '窓口 太郎' });
    const raw = await rawDb(t.dataDir, t.secrets);
    raw.prepare(`UPDATE outbox SET jws = '', payload_sha256 = '', kid = '' WHERE case_id = ?`).run(c.id); // as the migration leaves it
    raw.close();
    await t.reopen();
    const [item] = await t.core.outbox.list();
    expect(item).toMatchObject({ caseId: c.id, state: 'awaiting-hand-off', payloadSha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(await t.core.outbox.mailFormText(item!.id)).toContain(`案件番号: ${c.caseNumber}`);
    expect(await t.core.verifyAudit()).toMatchObject({ ok: true });
  });
});

describe('a process killed while finalizing', () => {
  const bin = path.resolve('node_modules/.bin');
  const env = { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}` };
  const child = path.resolve('test/main/core/hand-off/finalize-child.ts');

  async function killWhileFinalizing(dir: string, channel: 'mail-form' | 'endpoint', run: number, afterMs: number): Promise<string[]> {
    const app = spawn(path.join(bin, 'tsx'), [child, path.join(dir, 'app'), path.join(dir, 'keychain.json'), channel, String(run)], { env, detached: true, stdio: ['ignore', 'pipe', 'inherit'] });
    const done: string[] = [];
    let buffer = '';
    const ready = new Promise<void>((resolve) => {
      app.stdout.on('data', (chunk: Buffer) => {
        buffer += chunk.toString('utf8');
        const lines = buffer.split('\n');
        buffer = lines.pop() ?? '';
        for (const line of lines) {
          if (line === 'ready') resolve();
          else if (line) done.push(line);
        }
      });
    });
    const exited = new Promise<void>((resolve) => app.on('exit', () => resolve()));
    await ready;
    await new Promise((r) => setTimeout(r, afterMs));
    expect(app.exitCode, 'the child stopped by itself').toBeNull();
    process.kill(-app.pid!, 'SIGKILL');
    await exited;
    return done;
  }

  /** Opens the data folder again once the killed process group has let go of its file locks. */
  async function reopen(dir: string) {
    for (let attempt = 0; ; attempt++) {
      try {
        return await openCore({ dataDir: path.join(dir, 'app'), secrets: fileSecretStore(path.join(dir, 'keychain.json')), profilePath: null });
      } catch (e) {
        if (attempt >= 50 || !/locked|busy/i.test(String(e))) throw e;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  }

  it('after reopening, every finalized case has its item and every item its finalized case', async () => {
    const dir = tempDir('finalize-crash-');
    const seen: string[] = [];
    // Kills at different moments: each lands somewhere in a finalize (or between two).
    for (const [i, afterMs] of [137, 211, 389].entries()) {
      const finished = await killWhileFinalizing(dir, i % 2 === 0 ? 'mail-form' : 'endpoint', i, afterMs);
      const core = await reopen(dir);
      try {
        const cases = (await core.cases.list({})).filter((c) => c.status !== 'draft');
        const items = (await core.outbox.list()).filter((o) => o.kind === 'request');
        expect(cases.length).toBeGreaterThanOrEqual(seen.length + finished.length);
        expect(new Set(items.map((o) => o.caseId))).toEqual(new Set(cases.map((c) => c.id)));
        for (const c of cases) expect(c.status).not.toBe('finalized'); // always the item's state
        for (const id of finished) expect(cases.map((c) => c.id)).toContain(id);
        seen.push(...finished);
        console.log(`finalize crash (${afterMs} ms): ${finished.length} finalizes had resolved, ${cases.length} finalized cases and ${items.length} request items after reopening`);
        expect(await core.verifyAudit()).toMatchObject({ ok: true });
      } finally {
        await core.close();
      }
    }
    expect(seen.length).toBeGreaterThan(0);
  }, 120_000);
});
