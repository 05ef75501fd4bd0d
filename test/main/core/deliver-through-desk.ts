// Test helper: deliver finalized cases for real, through the outbox to the reference desk
// receiver over HTTP on 127.0.0.1, so retention and the ledger see genuinely delivered cases.
import fs from 'node:fs';
import path from 'node:path';
import { registerExportedFile, startReceiver, type Receiver } from '../../../tools/desk';
import type { Core } from '../../../src-main/core';
import { tempDir } from './open-test-core';
import { destinationLabel } from '../../../src-shared/protocol/mail-form-destination';

/** `now`: the desk's clock (its receipt time judges a retired key); pass the core's test clock when rotating keys. */
export async function startDesk(core: Core, now?: () => Date): Promise<{ desk: Receiver; keys: string; stop(): Promise<void> }> {
  const deskDir = tempDir('salvage-desk-');
  const keys = path.join(deskDir, 'departments.jwks.json');
  await core.keys.exportPublicJwks(keys);
  await registerExportedFile(keys, keys, (await core.settings.get()).department.code);
  const desk = await startReceiver({ keys, dataDir: deskDir, host: '127.0.0.1', ...(now ? { now } : {}) });
  await core.settings.update({ endpointUrl: desk.url, deliveryChannel: 'endpoint' }, { confirmDestinations: [destinationLabel(desk.url)] });
  return {
    desk,
    keys,
    async stop() {
      await desk.close();
      fs.rmSync(deskDir, { recursive: true, force: true });
    },
  };
}

/** Delivers the case's request (made at finalize), then any correction notice that follows it. */
export async function deliver(core: Core, caseId: string): Promise<void> {
  await core.outbox.enqueue(caseId);
  await core.outbox.flush();
  const items = await core.outbox.flush();
  const item = items.find((i) => i.caseId === caseId && i.kind === 'request');
  if (item?.state !== 'delivered') throw new Error(`not delivered: ${JSON.stringify(item?.lastError ?? item?.state)}`);
}
