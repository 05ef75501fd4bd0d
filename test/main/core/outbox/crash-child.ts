// The app process of the crash test: `setup <dataDir> <secrets> <endpoint> <n> <jwks>` queues n
// finalized cases; `flush <dataDir> <secrets>` sends them (and is killed mid-flush by the test).
import { openCore } from '../../../../src-main/core';
import { completeCase } from '../../../../tools/fixtures/case-fixtures';
import { fileSecretStore } from '../../../support/file-secret-store';
import { destinationLabel } from '../../../../src-shared/protocol/mail-form-destination';

async function main(): Promise<void> {
  const [mode, dataDir, secretsFile, endpoint, n, jwksFile] = process.argv.slice(2) as [string, string, string, string?, string?, string?];
  const core = await openCore({ dataDir, secrets: fileSecretStore(secretsFile), now: () => new Date('2026-05-01T03:00:00Z') });
  if (mode === 'setup') {
    await core.settings.update({ department: { code: 'engineering', name: '工学部' }, endpointUrl: endpoint ?? null, deliveryChannel: 'endpoint', staff: [{ name: '窓口', role: '学務係' }] }, { operator: '窓口', confirmDestinations: endpoint ? [destinationLabel(endpoint)] : [] });
    const input = completeCase();
    for (let i = 0; i < Number(n); i++) {
      const d = await core.cases.createDraft({ ...input, applicant: { ...input.applicant, utokyoAccount: String(2_000_000_000 + i) } });
      await core.cases.finalize(d.id, { operator: '窓口' });
      await core.outbox.enqueue(d.id);
    }
    await core.keys.exportPublicJwks(jwksFile!);
  } else {
    process.stdout.write('flushing\n');
    const items = await core.outbox.flush();
    process.stdout.write(`${JSON.stringify(items.map((i) => i.state))}\n`);
  }
  await core.close();
}

void main();
