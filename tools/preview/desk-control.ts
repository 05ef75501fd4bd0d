// `--desk`: the reference receiver in-process, trusting this department's public key (registered
// for the department set at start, at start() and after a restore, as the desk would register it),
// with the endpoint setting pointed at it. It can be stopped and started again on the same port, so
// end-to-end tests can take the desk "down" and watch the outbox wait and then deliver once.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Core } from '../../src-main/core/core-types';
import { registerExportedFile, startReceiver, type Receiver } from '../desk';
import { destinationLabel } from '../../src-shared/protocol/mail-form-destination';

export interface DeskControl {
  /** The submissions URL the endpoint setting points at. */
  readonly url: string;
  readonly running: boolean;
  /** The running receiver (null while stopped). */
  readonly receiver: Receiver | null;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Trust `core`'s department key and point its endpoint here (after a restore). */
  register(core: Core): Promise<void>;
}

/** The core's public keys, registered as the desk would (desk:register) for its department (engineering until one is set). */
async function exportAndRegister(core: Core, file: string, operator: string): Promise<void> {
  await core.keys.exportPublicJwks(file, { operator });
  const code = (await core.settings.get()).department.code;
  await registerExportedFile(file, file, code === '' ? 'engineering' : code);
}

export async function startDeskControl(core: Core, deskDir: string, operator: string): Promise<DeskControl> {
  mkdirSync(deskDir, { recursive: true, mode: 0o700 });
  const jwksFile = path.join(deskDir, 'department.jwks.json');
  // The receiver reads this file at start and re-reads it when it changes (see register()).
  await exportAndRegister(core, jwksFile, operator);
  let receiver: Receiver | null = await startReceiver({ keys: jwksFile, dataDir: path.join(deskDir, 'receiver') });
  const port = receiver.port;
  const url = receiver.url;
  let current = core;
  const register = async (target: Core): Promise<void> => {
    current = target;
    await exportAndRegister(target, jwksFile, operator);
    // The desk is an endpoint: say so explicitly (the default channel is the mail form).
    // The preview's own local desk: confirmed by name like any destination other than the built-in ones.
    await target.settings.update({ endpointUrl: url, deliveryChannel: 'endpoint' }, { operator, confirmDestinations: [destinationLabel(url)] });
  };
  await register(core);
  return {
    register,
    url,
    get running() {
      return receiver !== null;
    },
    get receiver() {
      return receiver;
    },
    async start() {
      if (receiver === null) await exportAndRegister(current, jwksFile, operator);
      receiver ??= await startReceiver({ keys: jwksFile, dataDir: path.join(deskDir, 'receiver'), port });
    },
    async stop() {
      const r = receiver;
      receiver = null;
      await r?.close();
    },
  };
}
