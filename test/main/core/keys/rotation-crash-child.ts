// Child process of the rotation crash test: opens the core on a file-backed keychain, rotates the
// signing key, and dies by SIGKILL the moment the new key has reached the keychain, before the
// database hears of it. Prints "K <old kid>" once open.
import { openCore } from '../../../../src-main/core';
import { SIGNING_KEY_SECRET } from '../../../../src-main/core/keys';
import { fileSecretStore } from '../../../support/file-secret-store';

async function main(): Promise<void> {
  const dataDir = process.env.ROTATE_DATA_DIR;
  const keychain = process.env.ROTATE_KEYCHAIN;
  if (!dataDir || !keychain) throw new Error('ROTATE_DATA_DIR and ROTATE_KEYCHAIN are required');
  const file = fileSecretStore(keychain);
  const opened = { value: false };
  const secrets = {
    ...file,
    async set(name: string, value: string) {
      await file.set(name, value);
      if (opened.value && name === SIGNING_KEY_SECRET) process.kill(process.pid, 'SIGKILL');
    },
  };
  const core = await openCore({ dataDir, secrets, profilePath: null });
  await core.settings.update({ department: { code: 'engineering', name: '工学部' }, staff: [{ name: '係長', role: '学務係長' }] }, { operator: '係長' });
  opened.value = true;
  process.stdout.write(`K ${await core.keys.thumbprint()}\n`);
  await core.keys.rotate({ operator: '係長', reason: 'staff-change' });
  process.stdout.write('survived\n');
}

main().catch((e: unknown) => {
  process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
  process.exit(1);
});
