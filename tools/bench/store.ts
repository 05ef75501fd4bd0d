// Store benchmarks: autosave latency on the encrypted database against the same write on an
// unencrypted file, and openCore / list / search over 10,000 cases (quick mode: 40 autosaves,
// 1,000 cases). Figures and goals are printed and returned; nothing fails.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type Database from 'better-sqlite3-multiple-ciphers';
import { createAuditLog } from '../../src-main/core/audit/audit-log';
import { personalHash } from '../../src-main/core/audit/hash';
import { createCases } from '../../src-main/core/cases/cases-service';
import { searchText } from '../../src-main/core/cases/search-text';
import { memorySecretStore, openCore } from '../../src-main/core';
import { migrations } from '../../src-main/core/migrations';
import { DEFAULT_SETTINGS } from '../../src-main/core/settings/defaults';
import { DATABASE_KEY_NAME } from '../../src-main/core/store/database-key';
import { migrate } from '../../src-main/core/store/migrate';
import { databasePath, openDatabase } from '../../src-main/core/store/open-database';
import { completeCase } from '../fixtures/case-fixtures';
import { figure, type BenchOptions, type Figure } from './support/figure';

let AUTOSAVES = 400;
let CASES = 10_000;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
const ms = (v: number) => `${v.toFixed(2)} ms`;

function casesOn(db: Database.Database) {
  migrate(db, migrations);
  const hashKey = db.prepare<[], string>(`SELECT value FROM meta WHERE key = 'hash-key'`).pluck().get()!;
  const audit = createAuditLog(db, hashKey, () => new Date());
  return createCases({ db, now: () => new Date(), audit: audit.append, settings: () => ({ ...DEFAULT_SETTINGS, department: { code: 'engineering', name: '工学部' } }), hashKey });
}

/** Autosave latencies: the same core code (cases.update) on an encrypted and a plain file, interleaved. */
async function autosave(): Promise<Figure[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'salvage-bench-'));
  try {
    const key = randomUUID().replace(/-/g, '') + randomUUID().replace(/-/g, '');
    const enc = openDatabase(path.join(dir, 'enc.db'), { hexKey: key });
    const plain = openDatabase(path.join(dir, 'plain.db'), { hexKey: null });
    const targets = [{ name: 'encrypted', db: enc }, { name: 'unencrypted', db: plain }].map((t) => ({ ...t, cases: casesOn(t.db), times: [] as number[], id: '' }));
    for (const t of targets) t.id = (await t.cases.api.createDraft(completeCase())).id;
    for (let i = 0; i < AUTOSAVES; i += 1) {
      for (const t of i % 2 === 0 ? targets : [...targets].reverse()) {
        const start = performance.now();
        await t.cases.api.update(t.id, { request: { reason: `在学時の研究データが論文の根拠資料として必要なため(${i})` } });
        t.times.push(performance.now() - start);
      }
    }
    const [e, p] = targets.map((t) => t.times.sort((a, b) => a - b)) as [number[], number[]];
    console.log(`autosave (${AUTOSAVES} updates each, WAL, synchronous=FULL, same core code):`);
    console.log(`  encrypted    p50 ${ms(percentile(e, 50))}  p99 ${ms(percentile(e, 99))}`);
    console.log(`  unencrypted  p50 ${ms(percentile(p, 50))}  p99 ${ms(percentile(p, 99))}`);
    const ratio = percentile(e, 99) / percentile(p, 99);
    console.log(`  p99 ratio ${ratio.toFixed(2)}  (goal ≤ 1.5: ${ratio <= 1.5 ? 'met' : 'NOT met'}); p50 ratio ${(percentile(e, 50) / percentile(p, 50)).toFixed(2)}`);
    enc.close();
    plain.close();
    return [figure(`autosave p99, encrypted / unencrypted (${AUTOSAVES} each)`, ratio, '×', { atMost: 1.5 })];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** 10,000 realistic cases written straight into the encrypted file (one transaction). */
async function populate(dataDir: string, secrets: ReturnType<typeof memorySecretStore>): Promise<void> {
  const core = await openCore({ dataDir, secrets });
  await core.close();
  const db = openDatabase(databasePath(dataDir), { hexKey: (await secrets.get(DATABASE_KEY_NAME))! });
  const hashKey = db.prepare<[], string>(`SELECT value FROM meta WHERE key = 'hash-key'`).pluck().get()!;
  const insert = db.prepare(
    `INSERT INTO cases (id, status, input, search, account_hash, services, case_number, submission_id, department_code, case_year, case_seq,
       created_at, updated_at, finalized_at, finalized_by, status_changed_at)
     VALUES (@id, @status, @input, @search, @account_hash, @services, @case_number, @submission_id, 'engineering', 2026, @seq, @at, @at, @fin, @by, @at)`,
  );
  const families = ['東大', '本郷', '駒場', '柏', '白金', '弥生', '浅野', '山田', '佐藤', '鈴木'];
  const given = ['花子', '太郎', '次郎', '桜', '葵', '蓮', '陽翔', '結衣', '湊', '凛'];
  db.transaction(() => {
    for (let i = 0; i < CASES; i += 1) {
      const c = completeCase();
      const account = String(1_000_000_000 + i * 7919);
      const input = { ...c, applicant: { ...c.applicant, utokyoAccount: account, name: `${families[i % 10]} ${given[Math.floor(i / 10) % 10]}${i}` } };
      const finalized = i % 3 !== 0;
      const seq = finalized ? i + 1 : null;
      const caseNumber = finalized ? `engineering-2026-${String(i + 1).padStart(6, '0')}` : null;
      const at = new Date(Date.UTC(2026, 3, 1) + i * 60_000).toISOString();
      insert.run({
        id: randomUUID(), status: finalized ? (i % 3 === 1 ? 'finalized' : 'delivered') : 'draft', input: JSON.stringify(input),
        search: searchText(input, caseNumber), account_hash: personalHash(hashKey, `account:${account}`), services: JSON.stringify(c.request.services),
        case_number: caseNumber, submission_id: finalized ? randomUUID() : null, seq, at, fin: finalized ? at : null, by: finalized ? '窓口' : null,
      });
    }
  })();
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
}

async function timed<T>(fn: () => Promise<T>, runs: number): Promise<{ median: number; value: T }> {
  const times: number[] = [];
  let value!: T;
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    value = await fn();
    times.push(performance.now() - start);
  }
  return { median: times.sort((a, b) => a - b)[Math.floor(runs / 2)]!, value };
}

async function largeStore(): Promise<Figure[]> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'salvage-bench-10k-'));
  const secrets = memorySecretStore();
  try {
    await populate(dataDir, secrets);
    const size = fs.statSync(databasePath(dataDir)).size;
    console.log(`\n${CASES.toLocaleString()} cases (${(size / 1024 / 1024).toFixed(1)} MiB encrypted):`);
    const open = await timed(async () => {
      const core = await openCore({ dataDir, secrets });
      await core.close();
    }, 5);
    console.log(`  openCore (integrity_check, migrations, retention)  median ${ms(open.median)}  (goal ≤ 300 ms: ${open.median <= 300 ? 'met' : 'NOT met'})`);
    const core = await openCore({ dataDir, secrets });
    try {
      const cold = await timed(() => core.cases.list(), 1);
      console.log(`  list() first call after open (decrypt + parse + cache)  ${ms(cold.median)}`);
      const all = await timed(() => core.cases.list(), 5);
      const byName = await timed(() => core.cases.list({ query: '駒場 葵' }), 5);
      const byAccount = await timed(() => core.cases.list({ query: String(1_000_000_000 + 4242 * 7919) }), 5);
      const byNumber = await timed(() => core.cases.list({ query: 'engineering-2026-00424' }), 5);
      const drafts = await timed(() => core.cases.list({ status: 'draft' }), 5);
      const line = (label: string, r: { median: number; value: unknown[] }) =>
        console.log(`  ${label.padEnd(34)} median ${ms(r.median).padStart(10)}  ${String(r.value.length).padStart(6)} results  (goal ≤ 20 ms: ${r.median <= 20 ? 'met' : 'NOT met'})`);
      line('list() — every case (warm)', all);
      line('list({status: draft})', drafts);
      line('search by name', byName);
      line('search by account', byAccount);
      line('search by case number prefix', byNumber);
      const n = CASES.toLocaleString('en');
      return [
        figure(`openCore over ${n} cases, median`, open.median, 'ms', { atMost: 300 }),
        figure(`first list() after open, ${n} cases`, cold.median, 'ms', { atMost: 50 }),
        ...([['warm list()', all], ['search by name', byName], ['search by account', byAccount], ['search by case number', byNumber]] as const)
          .map(([label, r]) => figure(`${label}, ${n} cases, median`, r.median, 'ms', { atMost: 20 })),
      ];
    } finally {
      await core.close();
    }
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

export default async function run({ quick }: BenchOptions): Promise<Figure[]> {
  AUTOSAVES = quick ? 40 : 400;
  CASES = quick ? 1_000 : 10_000;
  return [...(await autosave()), ...(await largeStore())];
}
