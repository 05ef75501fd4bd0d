// IPC fuzzing (issue 11, item 12): generated calls across every channel of the contract, through
// the real dispatcher (src-main/ipc) to a real core over a temporary data folder. Payloads are
// derived from the zod contract (zod-arbitrary.ts), mutated, or plain garbage; ids and operators
// are often swapped for real ones so calls reach deep into the core. Every answer must be a
// Result whose error code is not 'internal', and the store must stay whole.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { memorySecretStore, openCore, type Core } from '../../src-main/core';
import { dispatch } from '../../src-main/ipc/dispatch';
import { createHandlers, type OutputHost } from '../../src-main/ipc/handlers';
import { channels, ipcContract, type Channel } from '../../src-shared/ipc-contract';
import type { AuditVerification } from '../../src-shared/core-api';
import { completeCase } from '../fixtures/case-fixtures';
import { DATABASE_KEY_NAME } from '../../src-main/core/store/database-key';
import { databasePath, openDatabase } from '../../src-main/core/store/open-database';
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
}

const STAFF = [{ name: '窓口 太郎', role: '学務係' }, { name: '確認 花子', role: '係長' }];
const NOW = new Date('2026-05-01T03:00:00Z');

/** The OS-facing doubles the IPC tests use: dialogs answer at once, printing succeeds, no restore. */
function hostDouble(outDir: string): OutputHost {
  let n = 0;
  return {
    chooseSavePath: async (kind) => (kind === 'backup' ? null : path.join(outDir, `${(n += 1)}-${kind}`)),
    chooseBackupToRestore: async () => null,
    printPdf: async () => true,
    copyText: async () => undefined,
    openMailForm: async () => false,
  };
}

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
  if ('passphrase' in out && rnd() < 0.5) out.passphrase = 'correct horse battery staple';
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

function payloadsFor(channel: Channel, n: number, seedValue: number): unknown[] {
  return fc.sample(arbitraryFor(ipcContract[channel].request), { numRuns: n, seed: seedValue });
}

function isResult(r: unknown): r is { ok: true } | { ok: false; error: { code: string } } {
  if (!r || typeof r !== 'object') return false;
  const x = r as { ok?: unknown; error?: { code?: unknown } };
  return x.ok === true || (x.ok === false && typeof x.error?.code === 'string');
}

export async function runIpcFuzz(options: { calls?: number; seed?: number } = {}): Promise<FuzzReport> {
  const total = options.calls ?? 10_000;
  const seedValue = options.seed ?? 20_261_203;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'salvage-fuzz-'));
  const dataDir = path.join(dir, 'data');
  fs.mkdirSync(path.join(dir, 'out'));
  const secrets = memorySecretStore();
  const core = await openCore({
    dataDir,
    secrets,
    now: () => NOW,
    fetch: async () => {
      throw new TypeError('fetch failed'); // no network in the fuzzer: every delivery is "offline"
    },
  });
  const silence = { onUnexpected: (channel: string, name: string) => bad.push({ channel, detail: `unexpected ${name}` }) };
  const bad: { channel: string; detail: string }[] = [];
  const errors: Record<string, number> = {};
  let ok = 0;
  const started = performance.now();
  try {
    await seed(core);
    const handlers = createHandlers(core, hostDouble(path.join(dir, 'out')), () => NOW);
    const ids = (await core.cases.list()).map((c) => c.id);
    const rnd = fc.sample(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), { numRuns: total * 8, seed: seedValue });
    let ri = 0;
    const next = () => rnd[(ri += 1) % rnd.length]!;
    const perChannel = Math.ceil(total / channels.length);
    const junk = fc.sample(fc.anything({ withNullPrototype: true, withMap: true, withBigInt: true, withDate: true, maxDepth: 3 }), { numRuns: total, seed: seedValue + 1 });
    const pools = new Map(channels.map((c, i) => [c, payloadsFor(c, perChannel, seedValue + 10 + i)]));
    for (let i = 0; i < total; i += 1) {
      const channel = channels[i % channels.length]!;
      const base = pools.get(channel)![Math.floor(i / channels.length) % perChannel];
      const kind = next();
      const payload = kind < 0.45 ? aim(base, ids, next) : kind < 0.8 ? mutate(aim(base, ids, next), next, junk[i]) : junk[i];
      let result: unknown;
      try {
        result = await dispatch(handlers, channel, payload, silence);
      } catch (e) {
        bad.push({ channel, detail: `threw ${e instanceof Error ? e.name : typeof e}` });
        continue;
      }
      if (!isResult(result)) bad.push({ channel, detail: 'not a Result' });
      else if (result.ok) {
        ok += 1;
        const v = (result as { value?: { id?: unknown } }).value;
        if (v && typeof v === 'object' && typeof v.id === 'string' && ids.length < 200) ids.push(v.id);
      } else {
        errors[result.error.code] = (errors[result.error.code] ?? 0) + 1;
        if (result.error.code === 'internal') bad.push({ channel, detail: 'internal' });
      }
    }
    const ms = performance.now() - started;
    const audit = await core.verifyAudit();
    await core.close();
    // openDatabase runs PRAGMA integrity_check and refuses anything but 'ok'.
    let integrity = 'ok';
    try {
      openDatabase(databasePath(dataDir), { hexKey: (await secrets.get(DATABASE_KEY_NAME))! }).close();
    } catch (e) {
      integrity = e instanceof Error ? e.message : 'failed';
    }
    return { calls: total, ok, errors, bad, channels: channels.length, ms, integrity, audit };
  } finally {
    await core.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
