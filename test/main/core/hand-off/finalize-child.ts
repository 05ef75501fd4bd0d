// The app process of the finalize crash test: opens a data folder and finalizes cases one after
// another (each with a different account; `run` keeps the accounts of each run apart), printing each case id as its finalize resolves, until
// the test kills it (SIGKILL) at some moment inside or between the transactions.
import { openCore } from '../../../../src-main/core';
import { completeCase } from '../../../../tools/fixtures/case-fixtures';
import { fileSecretStore } from '../../../support/file-secret-store';

async function main(): Promise<void> {
  const [dataDir, secretsFile, channel, run] = process.argv.slice(2) as [string, string, 'mail-form' | 'endpoint', string];
  const core = await openCore({ dataDir, secrets: fileSecretStore(secretsFile), now: () => new Date('2026-05-01T03:00:00Z'), profilePath: null });
  await core.settings.update({
    department: { code: 'engineering', name: '工学部' }, deliveryChannel: channel, endpointUrl: channel === 'endpoint' ? 'http://127.0.0.1:9/s' : null,
    staff: [{ name: '窓口', role: '学務係' }],
  }, { operator: '窓口', ...(channel === 'endpoint' ? { confirmDestinations: ['http://127.0.0.1:9/s'] } : {}) });
  const input = completeCase();
  process.stdout.write('ready\n');
  for (let i = 0; ; i++) {
    const d = await core.cases.createDraft({ ...input, applicant: { ...input.applicant, utokyoAccount: String(3_000_000_000 + Number(run) * 100_000 + i) } });
    await core.cases.finalize(d.id, { operator: '窓口' });
    process.stdout.write(`${d.id}\n`);
  }
}

void main();
