// Store benchmarks: autosave latency on the encrypted database against the same write on an
// unencrypted file; open time against the age of the audit trail (100,000 entries against none);
// and openCore / first list() / search over 10,000 cases with a realistic trail (20 entries per
// case, appended through the core's own audit log) and a delivered request item (its signed
// request stored) for every finalized case. Quick mode (`--quick`): the same code paths on
// 1/10 of the sizes. Each figure is printed beside its goal and returned for the runner's table.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type Database from 'better-sqlite3-multiple-ciphers';
import { createAuditLog } from '../../src-main/core/audit/audit-log';
import { auditKey } from '../../src-main/core/audit/audit-secrets';
import { personalHash } from '../../src-main/core/audit/hash';
import { createCaseEvents } from '../../src-main/core/cases/case-events';
import { createCases } from '../../src-main/core/cases/cases-service';
import { summaryOf } from '../../src-main/core/cases/case-summary';
import { searchText } from '../../src-main/core/cases/search-text';
import { memorySecretStore, openCore, type SecretStore } from '../../src-main/core';
import type { AuditEvent } from '../../src-main/core/context';
import { migrations } from '../../src-main/core/migrations';
import { DEFAULT_SETTINGS } from '../../src-main/core/settings/defaults';
import { DATABASE_KEY_NAME } from '../../src-main/core/store/database-key';
import { migrate } from '../../src-main/core/store/migrate';
import { databasePath, openDatabase } from '../../src-main/core/store/open-database';
import { completeCase } from '../fixtures/case-fixtures';
import { figure, type BenchOptions, type Figure } from './support/figure';

/** A figure for the runner's table (support/figure.ts), also printed here beside its goal. */
function report(name: string, value: number, unit: string, atMost: number | null): Figure {
  const f = figure(name, value, unit, atMost === null ? null : { atMost });
  const goal = atMost === null ? '' : `  (goal ≤ ${atMost} ${unit}: ${f.met ? 'met' : 'NOT met'})`;
  console.log(`  ${name.padEnd(58)} ${value.toFixed(unit === '×' ? 2 : 1).padStart(9)} ${unit}${goal}`);
  return f;
}

interface Sizes {
  readonly autosaves: number;
  readonly cases: number;
  readonly entriesPerCase: number;
  readonly ageEntries: number;
  readonly runs: number;
}
const FULL: Sizes = { autosaves: 400, cases: 10_000, entriesPerCase: 20, ageEntries: 100_000, runs: 31 };
const QUICK: Sizes = { autosaves: 40, cases: 1_000, entriesPerCase: 20, ageEntries: 10_000, runs: 11 };

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function casesOn(db: Database.Database) {
  migrate(db, migrations);
  const hashKey = db.prepare<[], string>(`SELECT value FROM meta WHERE key = 'hash-key'`).pluck().get()!;
  const audit = createAuditLog(db, hashKey, () => new Date());
  return createCases({ db, now: () => new Date(), audit: audit.append, settings: () => ({ ...DEFAULT_SETTINGS, department: { code: 'engineering', name: '工学部' } }), hashKey, events: createCaseEvents() });
}

/** Autosave latencies: the same core code (cases.update) on an encrypted and a plain file, interleaved. */
async function autosave(sizes: Sizes): Promise<Figure[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'salvage-bench-'));
  try {
    const key = randomUUID().replace(/-/g, '') + randomUUID().replace(/-/g, '');
    const enc = openDatabase(path.join(dir, 'enc.db'), { hexKey: key });
    const plain = openDatabase(path.join(dir, 'plain.db'), { hexKey: null });
    const targets = [{ name: 'encrypted', db: enc }, { name: 'unencrypted', db: plain }].map((t) => ({ ...t, cases: casesOn(t.db), times: [] as number[], id: '' }));
    for (const t of targets) t.id = (await t.cases.api.createDraft(completeCase())).id;
    for (let i = 0; i < sizes.autosaves; i += 1) {
      for (const t of i % 2 === 0 ? targets : [...targets].reverse()) {
        const start = performance.now();
        await t.cases.api.update(t.id, { request: { reason: `在学時の研究データが論文の根拠資料として必要なため(${i})` } });
        t.times.push(performance.now() - start);
      }
    }
    const [e, p] = targets.map((t) => t.times.sort((a, b) => a - b)) as [number[], number[]];
    enc.close();
    plain.close();
    console.log(`autosave (${sizes.autosaves} updates each, WAL, synchronous=FULL, same core code):`);
    return [
      report('autosave p99, encrypted / unencrypted', percentile(e, 99) / percentile(p, 99), '×', 1.5),
      report('autosave p50, encrypted', percentile(e, 50), 'ms', null),
    ];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The trail of one case as the counter leaves it: created, autosaved, finalized, printed, sent. */
function trailOf(caseId: string, caseNumber: string, n: number): AuditEvent[] {
  const operator = '窓口 太郎';
  const events: AuditEvent[] = [{ action: 'create', operator, caseId, details: { fields: 'applicant.name' }, personal: { 'applicant.name': `name-${caseId}` } }];
  for (let i = 0; events.length < n - 4; i += 1) {
    events.push({ action: 'update', operator, caseId, details: { fields: 'request.reason' }, personal: { 'request.reason': `reason ${i}` } });
  }
  events.push(
    { action: 'finalize', operator: '係長', caseId, details: { caseNumber, status: 'finalized' } },
    { action: 'print', operator, caseId, details: { caseNumber, document: 'record' } },
    { action: 'enqueue', operator, caseId, details: { caseNumber, kind: 'request' } },
    { action: 'deliver', operator: 'system', caseId, details: { caseNumber, receiptId: randomUUID() } },
  );
  return events;
}

/** Cases written straight into the encrypted file, and their trail through the core's audit log. */
async function populate(dataDir: string, secrets: SecretStore, cases: number, entriesPerCase: number): Promise<void> {
  const core = await openCore({ dataDir, secrets, profilePath: null });
  await core.close();
  const db = openDatabase(databasePath(dataDir), { hexKey: (await secrets.get(DATABASE_KEY_NAME))! });
  const hashKey = db.prepare<[], string>(`SELECT value FROM meta WHERE key = 'hash-key'`).pluck().get()!;
  const log = createAuditLog(db, await auditKey(secrets), () => new Date());
  const insert = db.prepare(
    `INSERT INTO cases (id, status, input, search, account_hash, services, summary, case_number, submission_id, department_code, case_year, case_seq,
       created_at, updated_at, finalized_at, finalized_by, status_changed_at)
     VALUES (@id, @status, @input, @search, @account_hash, @services, @summary, @case_number, @submission_id, 'engineering', 2026, @seq, @at, @at, @fin, @by, @at)`,
  );
  // Every finalized case has its request item (migration 0009 makes sure of it), here delivered,
  // as its trail says: the signed request (the case's input, base64url, as a JWS carries it) is
  // stored with it, well over a kilobyte per row.
  const request = db.prepare(
    `INSERT INTO outbox (id, kind, case_id, case_number, channel, state, jws, payload_sha256, kid, attempts, receipt_id, received_at, queued_at, updated_at, delivered_at)
     VALUES (@id, 'request', @case_id, @case_number, 'endpoint', 'delivered', @jws, @sha, 'bench-kid', 1, @receipt, @at, @at, @at, @at)`,
  );
  const families = ['東大', '本郷', '駒場', '柏', '白金', '弥生', '浅野', '山田', '佐藤', '鈴木'];
  const given = ['花子', '太郎', '次郎', '桜', '葵', '蓮', '陽翔', '結衣', '湊', '凛'];
  db.transaction(() => {
    for (let i = 0; i < cases; i += 1) {
      const c = completeCase();
      const account = String(1_000_000_000 + i * 7919);
      const input = { ...c, applicant: { ...c.applicant, utokyoAccount: account, name: `${families[i % 10]} ${given[Math.floor(i / 10) % 10]}${i}` } };
      const finalized = i % 3 !== 0;
      const seq = finalized ? i + 1 : null;
      const caseNumber = finalized ? `engineering-2026-${String(i + 1).padStart(6, '0')}` : null;
      // Recent cases (inside the retention period), so open-time retention has nothing to erase.
      const at = new Date(Date.now() - (cases - i) * 60_000).toISOString();
      const id = randomUUID();
      const submissionId = finalized ? randomUUID() : null;
      insert.run({
        id, status: finalized ? 'finalized' : 'draft', input: JSON.stringify(input),
        search: searchText(input, caseNumber), summary: summaryOf(input), account_hash: personalHash(hashKey, `account:${account}`), services: JSON.stringify(c.request.services),
        case_number: caseNumber, submission_id: submissionId, seq, at, fin: finalized ? at : null, by: finalized ? '窓口' : null,
      });
      if (caseNumber !== null && submissionId !== null) {
        const payload = Buffer.from(JSON.stringify({ caseNumber, input })).toString('base64url');
        const jws = `${Buffer.from('{"alg":"EdDSA","kid":"bench-kid"}').toString('base64url')}.${payload}.${randomBytes(64).toString('base64url')}`;
        request.run({ id: submissionId, case_id: id, case_number: caseNumber, jws, sha: createHash('sha256').update(payload).digest('hex'), receipt: randomUUID(), at });
      }
      for (const event of trailOf(id, caseNumber ?? '', entriesPerCase)) log.append(event);
    }
  })();
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
}

/** Only the trail: `entries` audit entries over a handful of cases' keys, no cases. */
async function populateTrail(dataDir: string, secrets: SecretStore, entries: number): Promise<void> {
  const core = await openCore({ dataDir, secrets, profilePath: null });
  await core.close();
  const db = openDatabase(databasePath(dataDir), { hexKey: (await secrets.get(DATABASE_KEY_NAME))! });
  const log = createAuditLog(db, await auditKey(secrets), () => new Date());
  db.transaction(() => {
    for (let written = 0; written < entries;) {
      const events = trailOf(randomUUID(), 'engineering-2026-000001', Math.min(20, entries - written));
      for (const e of events) log.append(e);
      written += events.length;
    }
  })();
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
}

/** The open the app does after the trail was written (it walks the rows it has not verified yet). */
async function settle(dataDir: string, secrets: SecretStore): Promise<number> {
  const t0 = performance.now();
  const core = await openCore({ dataDir, secrets, profilePath: null });
  const ms = performance.now() - t0;
  await core.close();
  return ms;
}

/** Median time of openCore alone (close outside the timing), `runs` times. */
async function openTimes(dataDir: string, secrets: SecretStore, runs: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const t0 = performance.now();
    const core = await openCore({ dataDir, secrets, profilePath: null });
    times.push(performance.now() - t0);
    await core.close();
  }
  return times;
}

async function openAgainstAge(sizes: Sizes): Promise<Figure[]> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'salvage-bench-age-'));
  try {
    const young = { dir: path.join(root, 'young'), secrets: memorySecretStore() };
    const old = { dir: path.join(root, 'old'), secrets: memorySecretStore() };
    await settle(young.dir, young.secrets);
    await populateTrail(old.dir, old.secrets, sizes.ageEntries);
    const first = await settle(old.dir, old.secrets);
    // Warm-up (JIT, and the garbage of the walk above collected), then interleaved, so both see the same load.
    await openTimes(young.dir, young.secrets, 3);
    await openTimes(old.dir, old.secrets, 3);
    const youngTimes: number[] = [];
    const oldTimes: number[] = [];
    // An open takes a few ms: many of them, so the median stands above the noise of a busy machine.
    const runs = sizes.runs * 4;
    for (let i = 0; i < runs; i += 1) {
      youngTimes.push(...(await openTimes(young.dir, young.secrets, 1)));
      oldTimes.push(...(await openTimes(old.dir, old.secrets, 1)));
    }
    const n = sizes.ageEntries.toLocaleString('en');
    console.log(`\nopen against the age of the trail (${runs} opens each, interleaved, medians):`);
    return [
      report('openCore, empty trail', median(youngTimes), 'ms', null),
      report(`openCore, ${n} audit entries`, median(oldTimes), 'ms', null),
      report(`open with ${n} entries / open with none`, median(oldTimes) / median(youngTimes), '×', 1.2),
      report('the same, fastest open of each (least disturbed by load)', Math.min(...oldTimes) / Math.min(...youngTimes), '×', null),
      report(`first open after ${n} unverified entries (one full walk)`, first, 'ms', null),
    ];
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

async function timed<T>(fn: () => Promise<T>, runs: number): Promise<{ median: number; value: T }> {
  const times: number[] = [];
  let value!: T;
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    value = await fn();
    times.push(performance.now() - start);
  }
  return { median: median(times), value };
}

async function largeStore(sizes: Sizes): Promise<Figure[]> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'salvage-bench-10k-'));
  const secrets = memorySecretStore();
  try {
    await populate(dataDir, secrets, sizes.cases, sizes.entriesPerCase);
    await settle(dataDir, secrets);
    const size = fs.statSync(databasePath(dataDir)).size;
    const n = sizes.cases.toLocaleString('en');
    console.log(`\n${n} cases, ${(sizes.cases * sizes.entriesPerCase).toLocaleString('en')} audit entries (${(size / 1024 / 1024).toFixed(1)} MiB encrypted):`);
    const opens = await openTimes(dataDir, secrets, sizes.runs);
    const out = [report(`openCore, ${n} cases with their trail (median)`, median(opens), 'ms', 150)];
    const core = await openCore({ dataDir, secrets, profilePath: null });
    try {
      out.push(report('first list() after open', (await timed(() => core.cases.list(), 1)).median, 'ms', 50));
      const all = await timed(() => core.cases.list(), 5);
      const drafts = await timed(() => core.cases.list({ status: 'draft' }), 5);
      const byName = await timed(() => core.cases.list({ query: '駒場 葵' }), 5);
      const byAccount = await timed(() => core.cases.list({ query: String(1_000_000_000 + 4242 * 7919) }), 5);
      const byNumber = await timed(() => core.cases.list({ query: 'engineering-2026-00424' }), 5);
      for (const [label, r] of [['list() — every case (warm)', all], ['list({status: draft})', drafts], ['search by name', byName], ['search by account', byAccount], ['search by case number prefix', byNumber]] as const) {
        out.push(report(`${label}, median (${r.value.length} results)`, r.median, 'ms', 20));
      }
      const full = await timed(() => core.verifyAudit(), 1);
      await core.close();
      // What staff see: the list is usually opened after the work deferred past the first screen.
      const later = await openCore({ dataDir, secrets, profilePath: null, afterOpenDelayMs: 0 });
      await new Promise((r) => setTimeout(r, 100));
      for (let i = 0; i < 100 && (await later.getAuditStatus()).integrity === 'checking'; i += 1) await new Promise((r) => setTimeout(r, 50));
      out.push(report('list() after the after-open work', (await timed(() => later.cases.list(), 1)).median, 'ms', null));
      await later.close();
      out.push(report('full audit check (background after open, Settings)', full.median, 'ms', null));
    } finally {
      await core.close();
    }
    return out;
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

export default async function run(options: BenchOptions): Promise<Figure[]> {
  const sizes = options.quick ? QUICK : FULL;
  return [...(await autosave(sizes)), ...(await openAgainstAge(sizes)), ...(await largeStore(sizes))];
}
