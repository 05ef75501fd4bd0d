// Starts `npm run preview -- --desk --memory-keychain --seed-demo-settings --data DIR` as a child
// process (exactly what a developer runs), reads the URL it prints, and talks to it the way the
// bridge does: POST /api/<channel> with the per-run token. A separate process also keeps the
// core's own module format out of Playwright's test transpiler.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Result } from '../../src-shared/core-api';
import type { Channel, RequestOf, ResponseOf } from '../../src-shared/ipc-contract';
import { openDeskStore, type StoredSubmission } from '../desk/desk-store';

const START_TIMEOUT_MS = 60_000;

export interface PreviewProcess {
  readonly url: string;
  readonly origin: string;
  /** The per-run token (for the event stream, which the bridge reads with it in a header). */
  readonly token: string;
  readonly dataDir: string;
  /** One IPC-contract call, as the renderer would make it. */
  call<C extends Channel>(channel: C, request: RequestOf<C>): Promise<Result<ResponseOf<C>>>;
  /** Value of a call that must succeed. */
  value<C extends Channel>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>>;
  /** Take the in-process desk receiver down or bring it back (same port). */
  setDesk(running: boolean): Promise<void>;
  /** Simulate the PC's network going down or up (the app's network:changed event). */
  setNetwork(online: boolean): Promise<void>;
  /** What the desk receiver has accepted so far (read from its durable store). */
  deskSubmissions(): StoredSubmission[];
  stop(): Promise<void>;
}

export async function launchPreview(extraArgs: readonly string[] = []): Promise<PreviewProcess> {
  const root = process.cwd();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'salvage-e2e-'));
  const child: ChildProcess = spawn(
    process.execPath,
    [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'tools/scripts/preview.ts', '--desk', '--memory-keychain', '--seed-demo-settings', '--data', dataDir, ...extraArgs],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' } },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => { stderr = (stderr + chunk.toString('utf8')).slice(-4000); });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`preview did not start in time:\n${stderr}`)), START_TIMEOUT_MS);
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const line = /^(http:\/\/127\.0\.0\.1:\d+\/#token=\S+)$/m.exec(out);
      if (line?.[1]) {
        clearTimeout(timer);
        resolve(line[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`preview exited (${code}):\n${stderr}`));
    });
  });
  const origin = new URL(url).origin;
  const token = new URLSearchParams(new URL(url).hash.slice(1)).get('token') ?? '';
  const post = async (name: string, body: unknown): Promise<Result<unknown>> => {
    const res = await fetch(`${origin}/api/${name}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    return (await res.json()) as Result<unknown>;
  };
  const call = (async (channel: Channel, request: unknown) => post(channel, request)) as PreviewProcess['call'];

  return {
    url,
    origin,
    token,
    dataDir,
    call,
    async value(channel, request) {
      const result = await call(channel, request);
      if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message.en}`);
      return result.value;
    },
    async setDesk(running) {
      const result = await post('preview:desk', { running });
      if (!result.ok) throw new Error(`preview:desk failed: ${result.error.message.en}`);
    },
    async setNetwork(online) {
      const result = await post('preview:network', { online });
      if (!result.ok) throw new Error(`preview:network failed: ${result.error.message.en}`);
    },
    deskSubmissions() {
      const store = openDeskStore(path.join(dataDir, 'desk', 'receiver'));
      return store.ids().map((id) => store.get(id) as StoredSubmission);
    },
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
