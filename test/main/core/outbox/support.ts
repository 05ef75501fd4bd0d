// An outbox on the fake context, its department key registered with a real loopback receiver.
import type { RegistryKey } from '../../../../src-shared/protocol';
import { createKeys } from '../../../../src-main/core/keys';
import { createOutbox, type OutboxOptions } from '../../../../src-main/core/outbox';
import { startReceiver } from '../../../../tools/desk';
import { fakeCoreContext } from '../../../support/fake-core-context';
import { tempDir } from '../../../../tools/fixtures/desk-signing';

export async function outboxRig(options: Partial<OutboxOptions> & { fetch?: typeof fetch; register?: boolean } = {}) {
  const ctx = fakeCoreContext({ fetch: options.fetch });
  const keys = await createKeys(ctx);
  // Registered as the desk does: for the department the fake context signs for.
  const jwks: { keys: RegistryKey[] } = { keys: options.register === false ? [] : [{ ...(await keys.publicJwk()), use: 'sig', alg: 'EdDSA', department: ctx.settings.department.code }] };
  const deskDir = tempDir('desk');
  const desk = await startReceiver({ keys: jwks, dataDir: deskDir, host: '127.0.0.1' });
  ctx.settings = { ...ctx.settings, endpointUrl: desk.url };
  const outbox = createOutbox(ctx, { random: () => 0.5, signingKey: keys.signingKey, ...options });
  return { ctx, keys, jwks, desk, deskDir, outbox };
}

export const advance = (ctx: { clock: Date }, ms: number): void => {
  ctx.clock = new Date(ctx.clock.getTime() + ms);
};
