import fs from 'node:fs'; import os from 'node:os'; import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { memorySecretStore, openCore } from '../../src-main/core';
import { createAuditLog } from '../../src-main/core/audit/audit-log';
import { auditKey } from '../../src-main/core/audit/audit-secrets';
import { DATABASE_KEY_NAME } from '../../src-main/core/store/database-key';
import { databasePath, openDatabase } from '../../src-main/core/store/open-database';
import { migrate } from '../../src-main/core/store/migrate';
import { migrations } from '../../src-main/core/migrations';
import { randomUUID } from 'node:crypto';

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'prof-'));
  const secrets = memorySecretStore();
  await (await openCore({ dataDir: dir, secrets, profilePath: null })).close();
  const key = (await secrets.get(DATABASE_KEY_NAME))!;
  let db = openDatabase(databasePath(dir), { hexKey: key });
  const log = createAuditLog(db, await auditKey(secrets), () => new Date());
  const N = Number(process.argv[2] ?? 100000);
  db.transaction(() => { for (let i = 0; i < N; i++) log.append({ action: 'update', operator: '窓口 太郎', caseId: randomUUID(), details: { fields: 'request.reason' }, personal: { 'request.reason': 'x' + i } }); })();
  db.pragma('wal_checkpoint(TRUNCATE)'); db.close();
  await (await openCore({ dataDir: dir, secrets, profilePath: null })).close();
  console.log('size MiB', (fs.statSync(databasePath(dir)).size / 1048576).toFixed(1));
  for (let r = 0; r < 3; r++) {
    const t = (l: string, t0: number) => console.log(l.padEnd(20), (performance.now() - t0).toFixed(1));
    let t0 = performance.now();
    const raw = new Database(databasePath(dir), { fileMustExist: true });
    raw.pragma(`cipher='sqlcipher'`); raw.pragma(`key="x'${key}'"`);
    raw.prepare('SELECT count(*) FROM sqlite_master').get(); t('key+master', t0);
    t0 = performance.now(); raw.pragma('integrity_check'); t('integrity_check', t0);
    t0 = performance.now(); raw.pragma('quick_check'); t('quick_check', t0);
    raw.close();
    t0 = performance.now(); db = openDatabase(databasePath(dir), { hexKey: key }); t('openDatabase', t0);
    t0 = performance.now(); migrate(db, migrations); t('migrate', t0);
    db.close();
    t0 = performance.now(); const c = await openCore({ dataDir: dir, secrets, profilePath: null }); t('openCore', t0);
    await c.close();
  }
  fs.rmSync(dir, { recursive: true, force: true });
}
void main();
