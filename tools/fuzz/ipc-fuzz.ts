// IPC fuzzing through the front door: generated calls across every channel of the contract, each
// answered by the shell's own IPC function (src-main/electron/ipc-call.ts: the sender check, then
// dispatch) over a real core in a temporary data folder. Some calls come from forged senders and
// must be refused before any handler runs; the dialogs hand over real, crafted and broken backups
// and department profiles, so restore (with its folder swap and the restart after it) and profile
// import run for real; and I/O faults are injected into single calls: a full disk, a refused
// rename, a keychain that refuses. Every answer must be a Result whose error code is not
// 'internal'; afterwards the database passes integrity_check and the audit trail verifies.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { memorySecretStore, openCore, restoreBackup, type Core } from '../../src-main/core';
import { settleRestore } from '../../src-main/core/backup/swap-data-dir';
import { createInFlight } from '../../src-main/electron/in-flight';
import { FORBIDDEN, ipcCall, type IpcRegistration } from '../../src-main/electron/ipc-call';
import { createRestoreFlow } from '../../src-main/electron/restore-flow';
import { createHandlers, type ChannelHandlers, type OutputHost } from '../../src-main/ipc/handlers';
import { channels, ipcContract, type Channel } from '../../src-shared/ipc-contract';
import type { AuditVerification } from '../../src-shared/core-api';
import { completeCase } from '../fixtures/case-fixtures';
import { seededRandom } from '../fixtures/seeded-random';
import { DATABASE_KEY_NAME } from '../../src-main/core/store/database-key';
import { databasePath, openDatabase } from '../../src-main/core/store/open-database';
import { FAULT_KINDS, installFaults, type FaultKind, type Faults } from './faults';
import { forgedEvents, senderCheck, trustedEvent } from './front-door';
import { FUZZ_PASSPHRASE, makeFuzzFiles, type FuzzFiles } from './fuzz-files';
import { arbitraryFor } from './zod-arbitrary';

export interface FuzzReport {
  readonly calls: number;
  readonly ok: number;
  readonly errors: Readonly<Record<string, number>>;
  /** Calls that threw or answered with something other than a Result, or with code 'internal'. */
  readonly bad: readonly { channel: string; detail: string }[];
  readonly channels: number;
  readonly ms: number;
  readonly integrity: string;
  readonly audit: AuditVerification;
  /** Calls from forged senders, and how many of them reached a handler (must be 0). */
  readonly forged: { readonly calls: number; readonly reached: number };
  readonly restores: { readonly restored: number; readonly restarts: number };
  readonly faults: Readonly<Record<FaultKind, number>>;
  readonly profileImports: number;
}

const STAFF = [{ name: '窓口 太郎', role: '学務係' }, { name: '確認 花子', role: '係長' }];
const NOW = new Date('2026-05-01T03:00:00Z');
const FAULT_SHARE = 0.12;
const FORGED_SHARE = 0.08;

async function seed(core: Core): Promise<void> {
  await core.settings.update({ department: { code: 'engineering', name: '工学部' }, staff: STAFF }, { operator: STAFF[0]!.name });
  for (let i = 0; i < 3; i += 1) {
    const c = completeCase();
    const d = await core.cases.createDraft({ ...c, applicant: { ...c.applicant, utokyoAccount: `123456789${i}` } }, { operator: STAFF[0]!.name });
    if (i > 0) await core.cases.finalize(d.id, { operator: STAFF[1]!.name });
  }
  await core.cases.createDraft({ applicant: { name: '下書き 中子' } }, { operator: STAFF[0]!.name });
}

/** Replace id-like and operator-like fields with real ones (most of the time), so calls reach rows. */
function aim(payload: unknown, ids: readonly string[], rnd: () => number): unknown {
  if (!payload || typeof payload !== 'object' || Array.isArray(payload)) return payload;
  const out: Record<string, unknown> = { ...(payload as Record<string, unknown>) };
  for (const k of ['id', 'caseId']) if (k in out && rnd() < 0.7 && ids.length > 0) out[k] = ids[Math.floor(rnd() * ids.length)];
  for (const k of ['operator', 'by']) if (k in out && rnd() < 0.7) out[k] = STAFF[Math.floor(rnd() * STAFF.length)]!.name;
  if ('passphrase' in out && rnd() < 0.5) out.passphrase = FUZZ_PASSPHRASE;
  return out;
}

function mutate(payload: unknown, rnd: () => number, junk: unknown): unknown {
  if (!payload || typeof payload !== 'object' || Array.isArray(payload)) return junk;
  const out: Record<string, unknown> = { ...(payload as Record<string, unknown>) };
  const keys = Object.keys(out);
  const key = keys.length > 0 && rnd() < 0.8 ? keys[Math.floor(rnd() * keys.length)]! : `extra${Math.floor(rnd() * 3)}`;
  const r = rnd();
  if (r < 0.3) delete out[key];
  else if (r < 0.6) out[key] = junk;
  else if (r < 0.8) out[key] = typeof out[key] === 'string' ? `${out[key] as string}${'\u3000'.repeat(300)}` : [out[key]];
  else out.__proto__ = junk;
  return out;
}

function isResult(r: unknown): r is { ok: true } | { ok: false; error: { code: string } } {
  if (!r || typeof r !== 'object') return false;
  const x = r as { ok?: unknown; error?: { code?: unknown } };
  return x.ok === true || (x.ok === false && typeof x.error?.code === 'string');
}

/** Every handler, counted: a forged sender must never make the count move. */
function counted(handlers: ChannelHandlers, counter: { n: number }): ChannelHandlers {
  return Object.fromEntries(channels.map((c) => [c, (req: never) => {
    counter.n += 1;
    return (handlers[c] as (r: never) => Promise<unknown>)(req);
  }])) as unknown as ChannelHandlers;
}

interface Rig {
  readonly dataDir: string;
  readonly secrets: ReturnType<Faults['secrets']>;
  readonly faults: Faults;
  readonly files: FuzzFiles;
  readonly outDir: string;
  readonly rnd: () => number;
  readonly reached: { n: number };
  readonly bad: { channel: string; detail: string }[];
  core: Core;
  registration: IpcRegistration;
  restartWanted: boolean;
  restarts: number;
  restored: number;
  profileImports: number;
  clock: number;
}

const open = (rig: Pick<Rig, 'dataDir' | 'secrets'>, dataDir = rig.dataDir): Promise<Core> =>
  openCore({ dataDir, secrets: rig.secrets, now: () => NOW, profilePath: null, fetch: async () => { throw new TypeError('fetch failed'); } });

function pick<T>(items: readonly T[], rnd: () => number): T {
  return items[Math.floor(rnd() * items.length)]!;
}

/** The shell's OS side: dialogs answer at once with the fuzz's files, a restore runs the real flow. */
function hostFor(rig: Rig): OutputHost {
  let n = 0;
  const restoreFlow = createRestoreFlow({
    dataDir: rig.dataDir, secrets: rig.secrets, restoreBackup,
    confirm: async () => rig.rnd() < 0.7,
    shutdown: () => rig.core.close(),
    checkOpens: async (dir) => (await open(rig, dir)).close(),
    restart: () => void (rig.restartWanted = true),
    now: () => new Date(NOW.getTime() + (rig.clock += 1000)),
    restartDelayMs: 0,
  });
  return {
    chooseSavePath: async (kind) => (kind === 'backup' && rig.rnd() > 0.05 ? null : path.join(rig.outDir, `${(n += 1)}-${kind}`)),
    chooseBackupToRestore: async () => pick(rig.files.backups, rig.rnd),
    chooseProfileToImport: async () => {
      rig.profileImports += 1;
      return pick(rig.files.profiles, rig.rnd);
    },
    printPdf: async () => true,
    copyText: async () => undefined,
    openMailForm: async () => false,
    restoreBackup: async (source, passphrase, operator) => {
      const restored = await restoreFlow(source, passphrase, operator);
      if (restored) rig.restored += 1;
      return restored;
    },
  };
}

async function startShell(rig: Rig): Promise<void> {
  const faulted = rig.faults.armed;
  rig.faults.armed = null; // the next start happens after the fault (the lock gone, the disk freed)
  settleRestore(rig.dataDir);
  rig.core = await open(rig);
  rig.faults.armed = faulted;
  const handlers = counted(createHandlers(rig.core, hostFor(rig), () => NOW), rig.reached);
  rig.registration = {
    handlers, isTrustedSender: senderCheck, inFlight: createInFlight(),
    dispatchOptions: { onUnexpected: (channel, name) => rig.bad.push({ channel, detail: `unexpected ${name}` }) },
  };
}

/** One call through the front door; returns the Result or records what was wrong with it. */
async function callOnce(rig: Rig, channel: Channel, payload: unknown, forged: boolean): Promise<unknown> {
  const door = ipcCall(rig.registration, channel);
  const before = rig.reached.n;
  const result = await door(forged ? pick(forgedEvents, rig.rnd).event : trustedEvent, payload);
  if (forged && (result !== FORBIDDEN || rig.reached.n !== before)) rig.bad.push({ channel, detail: 'forged sender answered' });
  await new Promise((r) => setTimeout(r, 0)); // a restore asks for its restart on the next tick
  if (rig.restartWanted) {
    rig.restartWanted = false;
    rig.restarts += 1;
    await startShell(rig);
  }
  return result;
}


function payloadsFor(channel: Channel, n: number, seedValue: number): unknown[] {
  return fc.sample(arbitraryFor(ipcContract[channel].request), { numRuns: n, seed: seedValue });
}

function tally(rig: Rig, channel: Channel, result: unknown, ids: string[], errors: Record<string, number>): boolean {
  if (!isResult(result)) {
    rig.bad.push({ channel, detail: 'not a Result' });
    return false;
  }
  if (result.ok) {
    const v = (result as { value?: { id?: unknown } }).value;
    if (v && typeof v === 'object' && typeof v.id === 'string' && ids.length < 200) ids.push(v.id);
    return true;
  }
  errors[result.error.code] = (errors[result.error.code] ?? 0) + 1;
  if (result.error.code === 'internal') rig.bad.push({ channel, detail: 'internal' });
  return false;
}

/**
 * Every fault kind once more on a call known to reach what it breaks (the keychain for a key
 * rotation, the disk for a ledger export), so a change in the generated calls can never leave a
 * fault kind untried.
 */
const DIRECTED: ReadonlyArray<readonly [FaultKind, Channel, unknown]> = [
  ['keychain', 'keys:rotate-key', { reason: 'scheduled', operator: STAFF[0]!.name }],
  ['disk-full', 'ledger:export-ledger', { operator: STAFF[0]!.name }],
  ['database-full', 'cases:create-case', { input: { applicant: { name: '東大 花子' } }, operator: STAFF[0]!.name }],
  ['rename', 'ledger:export-ledger', { operator: STAFF[0]!.name }],
];

async function directedFaults(rig: Rig, faults: Faults, ids: string[], errors: Record<string, number>): Promise<number> {
  let ok = 0;
  for (const [kind, channel, payload] of DIRECTED) {
    faults.armed = kind;
    try {
      if (tally(rig, channel, await callOnce(rig, channel, payload, false), ids, errors)) ok += 1;
    } catch (e) {
      rig.bad.push({ channel, detail: `threw ${e instanceof Error ? e.name : typeof e}` });
    } finally {
      faults.armed = null;
    }
  }
  return ok;
}

/** After the run, with every fault off: integrity_check of the database file and the audit trail. */
async function checkStore(rig: Rig): Promise<{ integrity: string; audit: AuditVerification }> {
  const audit = await rig.core.verifyAudit();
  await rig.core.close();
  let integrity = 'ok';
  try {
    // openDatabase runs PRAGMA integrity_check and refuses anything but 'ok'.
    openDatabase(databasePath(rig.dataDir), { hexKey: (await rig.secrets.get(DATABASE_KEY_NAME))! }).close();
  } catch (e) {
    integrity = e instanceof Error ? e.message : 'failed';
  }
  return { integrity, audit };
}

export async function runIpcFuzz(options: { calls?: number; seed?: number } = {}): Promise<FuzzReport> {
  const total = options.calls ?? 10_000;
  const seedValue = options.seed ?? 20_261_203;
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'salvage-fuzz-'));
  const faults = installFaults(root);
  const rnd = seededRandom(seedValue);
  const rig = {
    dataDir: path.join(root, 'data'), secrets: faults.secrets(memorySecretStore()), faults, outDir: path.join(root, 'out'),
    rnd, reached: { n: 0 }, bad: [], restartWanted: false, restarts: 0, restored: 0, profileImports: 0, clock: 0,
  } as unknown as Rig;
  fs.mkdirSync(rig.outDir);
  const errors: Record<string, number> = {};
  let ok = 0;
  let forged = 0;
  const started = performance.now();
  try {
    const first = await open(rig);
    await seed(first);
    (rig as { files: FuzzFiles }).files = await makeFuzzFiles(first, path.join(root, 'files'), STAFF[0]!.name);
    await first.close();
    await startShell(rig);
    const ids = (await rig.core.cases.list()).map((c) => c.id);
    const perChannel = Math.ceil(total / channels.length);
    const junk = fc.sample(fc.anything({ withNullPrototype: true, withMap: true, withBigInt: true, withDate: true, maxDepth: 3 }), { numRuns: total, seed: seedValue + 1 });
    const pools = new Map(channels.map((c, i) => [c, payloadsFor(c, perChannel, seedValue + 10 + i)]));
    ok += await directedFaults(rig, faults, ids, errors); // first, while the seeded staff are configured
    for (let i = 0; i < total; i += 1) {
      const channel = channels[i % channels.length]!;
      const base = pools.get(channel)![Math.floor(i / channels.length) % perChannel];
      const kind = rig.rnd();
      const payload = kind < 0.45 ? aim(base, ids, rig.rnd) : kind < 0.8 ? mutate(aim(base, ids, rig.rnd), rig.rnd, junk[i]) : junk[i];
      const isForged = rig.rnd() < FORGED_SHARE;
      forged += isForged ? 1 : 0;
      faults.armed = rig.rnd() < FAULT_SHARE ? pick(FAULT_KINDS, rig.rnd) : null;
      let result: unknown;
      try {
        result = await callOnce(rig, channel, payload, isForged);
      } catch (e) {
        rig.bad.push({ channel, detail: `threw ${e instanceof Error ? e.name : typeof e}` });
        continue;
      } finally {
        faults.armed = null;
      }
      if (!isForged && tally(rig, channel, result, ids, errors)) ok += 1;
    }
    const ms = performance.now() - started;
    const { integrity, audit } = await checkStore(rig);
    return {
      calls: total, ok, errors, bad: rig.bad, channels: channels.length, ms, integrity, audit,
      forged: { calls: forged, reached: rig.bad.filter((b) => b.detail === 'forged sender answered').length }, restores: { restored: rig.restored, restarts: rig.restarts },
      faults: { ...faults.hits }, profileImports: rig.profileImports,
    };
  } finally {
    faults.restore();
    await rig.core?.close();
    fs.rmSync(root, { recursive: true, force: true });
  }
}
