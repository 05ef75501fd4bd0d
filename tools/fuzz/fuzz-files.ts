// The files the fuzz's dialogs hand to the core: a real backup and a real department profile
// (made by the core itself), and crafted or broken ones beside them.
import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '../../src-main/core';

export const FUZZ_PASSPHRASE = 'correct horse battery staple';

export interface FuzzFiles {
  readonly backups: readonly (string | null)[];
  readonly profiles: readonly (string | null)[];
}

/** A copy of a real backup whose header asks for another scrypt cost. */
function craftedBackup(real: Buffer): Buffer {
  const length = real.readUInt32BE(9);
  const header = JSON.parse(real.subarray(13, 13 + length).toString('utf8')) as Record<string, unknown>;
  const crafted = Buffer.from(JSON.stringify({ ...header, N: 2 ** 20, p: 16 }), 'utf8');
  const size = Buffer.alloc(4);
  size.writeUInt32BE(crafted.length);
  return Buffer.concat([real.subarray(0, 9), size, crafted, real.subarray(13 + length)]);
}

export async function makeFuzzFiles(core: Core, dir: string, operator: string): Promise<FuzzFiles> {
  fs.mkdirSync(dir, { recursive: true });
  const file = (name: string) => path.join(dir, name);
  await core.exportBackup(file('real.sdbackup'), FUZZ_PASSPHRASE, { operator });
  const real = fs.readFileSync(file('real.sdbackup'));
  fs.writeFileSync(file('crafted.sdbackup'), craftedBackup(real));
  fs.writeFileSync(file('truncated.sdbackup'), real.subarray(0, real.length >> 1));
  fs.writeFileSync(file('notes.txt'), 'not a backup');
  const profile = await core.settings.exportProfile();
  fs.writeFileSync(file('dept.salvage-profile.json'), JSON.stringify(profile));
  fs.writeFileSync(file('planted.salvage-profile.json'), JSON.stringify({ ...profile, deliveryChannel: 'endpoint', endpointUrl: 'https://phish.example/desk', retentionDays: 1 }));
  fs.writeFileSync(file('broken.salvage-profile.json'), '{"format": "salvage-desk-profile", ');
  fs.writeFileSync(file('huge.salvage-profile.json'), JSON.stringify({ ...profile, staff: Array.from({ length: 5000 }, (_, i) => ({ name: `職員${i}`, role: 'x'.repeat(300) })) }));
  const missing = file('missing.sdbackup');
  return {
    backups: [file('real.sdbackup'), file('real.sdbackup'), file('crafted.sdbackup'), file('truncated.sdbackup'), file('notes.txt'), missing, null],
    profiles: [file('dept.salvage-profile.json'), file('planted.salvage-profile.json'), file('broken.salvage-profile.json'), file('huge.salvage-profile.json'), missing, null],
  };
}
