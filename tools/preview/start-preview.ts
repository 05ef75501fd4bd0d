// startPreview(): the real core behind the loopback preview server (see preview-server.ts), for
// `npm run preview`, Playwright's global setup and tests. Development tool only: never packaged.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Settings } from '../../src-shared/core-api';
import type { Core, CoreOptions, SecretStore } from '../../src-main/core/core-types';
import { openCore, restoreBackup, type RestoreOptions } from '../../src-main/core/index';
import { createHandlers, type OutputHost } from '../../src-main/ipc/handlers';
import { ensurePreviewAssets, type PreviewAssets } from './build-assets';
import { createCoreSession, type CoreSession } from './core-session';
import { createEventHub, type EventHub } from './event-stream';
import { startDeskControl, type DeskControl } from './desk-control';
import { previewOutputHost } from './preview-output-host';
import { createPreviewRestore } from './preview-restore';
import { createPreviewServer } from './preview-server';
import { createToken } from './token';
import { previewDeskVerifier } from './preview-desk-verifier';
import { withPublishedFormStandIn } from './published-form-stand-in';

export interface PreviewOptions {
  /** Keep data here (created if missing); default: a temporary folder removed on close. */
  readonly dataDir?: string;
  /** Port on 127.0.0.1; default 0 (any free port). */
  readonly port?: number;
  /** Use an in-memory keychain instead of the OS one (development only; said loudly). */
  readonly memoryKeychain?: boolean;
  /** Also run the reference desk receiver with this department's key, and point the endpoint at it. */
  readonly desk?: boolean;
  /** Set a demo department (engineering) and two staff members, for quick end-to-end tests. */
  readonly seedDemoSettings?: boolean;
  /** Project root (for building the renderer); default process.cwd(). */
  readonly projectRoot?: string;
  /** Serve these instead of building (tests). */
  readonly assets?: PreviewAssets;
  /** Progress and warnings (never personal data); default stderr. */
  readonly log?: (line: string) => void;
  /** Injected for tests; default: openCore from src-main/core. */
  readonly openCore?: (options: CoreOptions) => Promise<Core>;
  /** Injected for tests; default: keytar (or memory with memoryKeychain). */
  readonly secrets?: SecretStore;
  /** Injected for tests; default: restoreBackup from src-main/core. */
  readonly restoreBackup?: (options: RestoreOptions) => Promise<void>;
}

export interface PreviewHandle {
  /** http://127.0.0.1:PORT/#token=… — the fragment never reaches a server log. */
  readonly url: string;
  readonly origin: string;
  readonly token: string;
  readonly port: number;
  /** The open core (a new one after a backup restore). */
  readonly core: Core;
  readonly dataDir: string;
  readonly outputDir: string;
  readonly desk: DeskControl | null;
  setOnline(online: boolean): void;
  close(): Promise<void>;
}

export const DEMO_SETTINGS: Pick<Settings, 'department' | 'staff'> = {
  department: { code: 'engineering', name: '工学部' },
  staff: [
    { name: '窓口 太郎', role: '学務係' },
    { name: '確認 花子', role: '学務係長' },
  ],
};

// The preview's own setup steps are the app's actions, not a staff member's (operators are staff).
const PREVIEW_OPERATOR = 'system';

/**
 * The keychain for a preview: its own keytar service per data folder (never the installed app's
 * entries, and two previews never share a key), or memory with --memory-keychain. Names written
 * are remembered so a temporary preview can remove its entries when it closes.
 */
async function previewSecrets(dataDir: string, memory: boolean, log: (line: string) => void): Promise<SecretStore & { written: Set<string> }> {
  const secrets = await import('../../src-main/core/secrets');
  let inner: SecretStore;
  if (memory) {
    log('!!! WARNING: --memory-keychain: the database key lives only in this process. DEVELOPMENT ONLY. !!!');
    log('!!! The data of this preview cannot be reopened after it stops.                            !!!');
    inner = secrets.memorySecretStore();
  } else {
    inner = secrets.keytarSecretStore(`Salvage Desk Preview ${createHash('sha256').update(path.resolve(dataDir)).digest('hex').slice(0, 12)}`);
  }
  const written = new Set<string>();
  return {
    written,
    get: (name) => inner.get(name),
    set: async (name, value) => {
      await inner.set(name, value);
      written.add(name);
    },
    delete: (name) => inner.delete(name),
  };
}

/** What to undo when the preview closes, or when it fails to start: last added, first undone. */
interface Cleanups {
  add(fn: () => Promise<void> | void): void;
  run(): Promise<void>;
}

function createCleanups(): Cleanups {
  const fns: Array<() => Promise<void> | void> = [];
  return {
    add: (fn) => void fns.push(fn),
    run: async () => {
      for (const fn of fns.splice(0).reverse()) await fn();
    },
  };
}

/** What each start step shares: the options, the data folder and what to undo. */
interface StartContext {
  readonly options: PreviewOptions;
  readonly log: (line: string) => void;
  readonly dataDir: string;
  /** No data folder was given: the folder (and its keychain entries) go when the preview closes. */
  readonly temporary: boolean;
  readonly cleanups: Cleanups;
}

function createStartContext(options: PreviewOptions): StartContext {
  const temporary = options.dataDir === undefined;
  const dataDir = options.dataDir ?? mkdtempSync(path.join(tmpdir(), 'salvage-desk-preview-'));
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const cleanups = createCleanups();
  if (temporary) cleanups.add(() => rmSync(dataDir, { recursive: true, force: true }));
  return { options, log: options.log ?? ((line: string) => process.stderr.write(`${line}\n`)), dataDir, temporary, cleanups };
}

/** The injected keychain, or the preview's own; a temporary preview removes the entries it wrote. */
async function openSecrets(ctx: StartContext): Promise<SecretStore> {
  const secrets = ctx.options.secrets ?? (await previewSecrets(ctx.dataDir, ctx.options.memoryKeychain ?? false, ctx.log));
  if (ctx.temporary && 'written' in secrets) {
    const { written } = secrets as { written: Set<string> };
    ctx.cleanups.add(async () => {
      for (const name of written) await secrets.delete(name).catch(() => false);
    });
  }
  return secrets;
}

/** The open core behind its session, the event hub and the simulated network switch. */
interface LiveCore {
  readonly open: (options: CoreOptions) => Promise<Core>;
  readonly coreDir: string;
  readonly session: CoreSession;
  readonly events: EventHub;
  online(): boolean;
  setOnline(online: boolean): void;
}

async function openLiveCore(ctx: StartContext, secrets: SecretStore): Promise<LiveCore> {
  const open = ctx.options.openCore ?? openCore;
  const coreDir = path.join(ctx.dataDir, 'core');
  const first = await open({ dataDir: coreDir, secrets, fetch: withPublishedFormStandIn(globalThis.fetch) });
  const events = createEventHub();
  let online = true;
  const session = createCoreSession(first, events, () => online, ctx.log);
  ctx.cleanups.add(() => session.close());
  const setOnline = (next: boolean): void => {
    if (next === online) return;
    online = next;
    session.scheduler()?.networkChanged(next);
    events.emit('network:changed', { online: next });
  };
  return { open, coreDir, session, events, online: () => online, setOnline };
}

/** The output host's backup restore: reopens the core and tells the desk and the screens. */
function restoreFor(ctx: StartContext, live: LiveCore, secrets: SecretStore, desk: DeskControl | null) {
  return createPreviewRestore({
    coreDir: live.coreDir,
    secrets,
    session: live.session,
    restoreBackup: ctx.options.restoreBackup ?? restoreBackup,
    openCore: live.open,
    afterRestore: async (restored) => {
      if (desk) await desk.register(restored);
      live.events.emit('outbox:changed', await restored.outbox.list().catch(() => []));
    },
  });
}

/** The loopback server over the app's handlers; answers its port and the run's token. */
async function serve(ctx: StartContext, live: LiveCore, host: OutputHost, assets: PreviewAssets, desk: DeskControl | null) {
  const token = createToken();
  const server = createPreviewServer({
    token,
    handlers: createHandlers(live.session.proxy, host),
    events: live.events,
    rendererDir: assets.rendererDir,
    bridgeFile: assets.bridgeFile,
    online: live.online,
    setOnline: live.setOnline,
    desk,
  });
  const port = await server.listen(ctx.options.port ?? 0);
  ctx.cleanups.add(() => server.close());
  return { token, port };
}

async function startWith(ctx: StartContext): Promise<PreviewHandle> {
  const { options, dataDir } = ctx;
  const secrets = await openSecrets(ctx);
  const live = await openLiveCore(ctx, secrets);
  const core = live.session.proxy;
  // Built after the core opened, so a keychain problem is reported at once, not after a build.
  const assets = options.assets ?? (await ensurePreviewAssets(options.projectRoot ?? process.cwd(), ctx.log));
  if (options.seedDemoSettings) await core.settings.update(DEMO_SETTINGS, { operator: PREVIEW_OPERATOR });
  const desk = options.desk ? await startDeskControl(core, path.join(dataDir, 'desk'), PREVIEW_OPERATOR) : null;
  if (desk) ctx.cleanups.add(() => desk.stop());
  const outputDir = path.join(dataDir, 'output');
  const host = { ...previewOutputHost(outputDir, ctx.log, restoreFor(ctx, live, secrets, desk), live.events), deskVerifierPage: previewDeskVerifier(dataDir, ctx.log) };
  const { token, port } = await serve(ctx, live, host, assets, desk);
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/#token=${token}`,
    origin,
    token,
    port,
    get core() {
      return live.session.current();
    },
    dataDir,
    outputDir,
    desk,
    setOnline: live.setOnline,
    close: ctx.cleanups.run,
  };
}

export async function startPreview(options: PreviewOptions = {}): Promise<PreviewHandle> {
  const ctx = createStartContext(options);
  try {
    return await startWith(ctx);
  } catch (error) {
    await ctx.cleanups.run();
    throw error;
  }
}
