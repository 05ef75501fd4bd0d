// Child process for the keychain-unavailable test: tries to open a core with the real keychain
// and prints the error code (run with a D-Bus address that leads nowhere).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { keytarSecretStore, openCore } from '../../../../src-main/core';

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'salvage-keychain-'));
  try {
    const core = await openCore({ dataDir, secrets: keytarSecretStore(`Salvage Desk unavailable test ${process.pid}`) });
    await core.close();
    console.log(JSON.stringify({ opened: true }));
  } catch (e) {
    const err = e as { code?: string; messages?: unknown };
    console.log(JSON.stringify({ opened: false, code: err.code, messages: err.messages, files: fs.readdirSync(dataDir) }));
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
}
}

void main();
