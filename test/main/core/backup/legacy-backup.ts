// Writes a backup the way older versions did: the audit chain key in the key slot after the
// database key ("<database key>:<chain key>"), same header, scrypt and AES-256-GCM. Written here
// independently of backup-format.ts, so the tests restore the bytes an older version made.
import { createCipheriv, randomBytes, scrypt } from 'node:crypto';
import { SCRYPT } from '../../../../src-main/core/backup/backup-format';

function derive(passphrase: string, salt: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(passphrase.normalize('NFC'), salt, 32, { ...SCRYPT, maxmem: 256 * SCRYPT.N * SCRYPT.r + 2 ** 20 }, (e, k) => (e ? reject(e) : resolve(k)));
  });
}

function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
}

export async function sealLegacyBackup(
  contents: { readonly databaseKey: string; readonly database: Buffer }, chainKey: string, passphrase: string,
): Promise<Buffer> {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const header = Buffer.from(JSON.stringify({
    kdf: 'scrypt', ...SCRYPT, salt: salt.toString('base64'), iv: iv.toString('base64'), createdAt: '2026-04-01T03:00:00.000Z',
  }), 'utf8');
  const prefix = Buffer.concat([Buffer.from('SDBACKUP', 'ascii'), Buffer.from([1]), u32(header.length), header]);
  const cipher = createCipheriv('aes-256-gcm', await derive(passphrase, salt), iv);
  cipher.setAAD(prefix);
  const slot = Buffer.from(`${contents.databaseKey}:${chainKey}`, 'utf8');
  const body = Buffer.concat([cipher.update(Buffer.concat([u32(slot.length), slot, contents.database])), cipher.final()]);
  return Buffer.concat([prefix, body, cipher.getAuthTag()]);
}
