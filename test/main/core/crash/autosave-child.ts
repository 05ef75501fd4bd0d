// Child process of the crash-safety test: autosaves drafts as fast as it can and prints a line
// after each promise resolves ("C <id>" for a new draft, "U <id> <n>" for update number n).
// Linux pipes are written synchronously, so a printed line means the call had resolved.
import { memorySecretStore, openCore } from '../../../../src-main/core';
import { DATABASE_KEY_NAME } from '../../../../src-main/core/store/database-key';
import { AUDIT_KEY_SECRET } from '../../../../src-main/core/audit/audit-secrets';

async function main(): Promise<void> {
  const dataDir = process.env.CRASH_DATA_DIR;
  const key = process.env.CRASH_DB_KEY;
  if (!dataDir || !key) throw new Error('CRASH_DATA_DIR and CRASH_DB_KEY are required');
  // The keychain outlives the process: the same database and audit keys at every start.
  const auditKey = process.env.CRASH_AUDIT_KEY ?? key;
  const core = await openCore({ dataDir, secrets: memorySecretStore({ [DATABASE_KEY_NAME]: key, [AUDIT_KEY_SECRET]: auditKey }) });
  process.stdout.write('O\n');
  let id = '';
  for (let n = 0; n < 1_000_000; n += 1) {
    if (n % 20 === 0) {
      id = (await core.cases.createDraft({ applicant: { name: `crash ${process.pid}` } })).id;
      process.stdout.write(`C ${id}\n`);
    }
    await core.cases.update(id, { request: { reason: `step-${n}` }, applicant: { nameKana: 'x'.repeat(n % 90) } });
    process.stdout.write(`U ${id} ${n}\n`);
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
  process.exit(1);
});
