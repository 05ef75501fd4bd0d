// The backup file: one self-contained file, encrypted with a key derived from a passphrase.
//
//   "SDBACKUP" | u8 version (1) | u32 header length | header JSON | AES-256-GCM ciphertext | 16-byte tag
//
// The header (scrypt parameters, salt, IV, creation time, and the audit head the backup vouches
// for) is authenticated as associated data. The head (store id, seq, hash: nothing personal) carries
// an HMAC under a key derived from this PC's chain key (audit/backup-head.ts): the passphrase seals
// the file, but only the PC that made it can sign the head a restore must find the trail ending at.
// The plaintext is: u32 key length | database key (hex) | the encrypted database file's bytes.
// Older versions also put the audit chain key in the key slot ("<database key>:<chain key>"). A
// backup no longer carries it: whoever holds a backup and its passphrase must not be able to
// re-link an edited trail so that it verifies. Such a slot is still read, and the chain key in
// it ignored: a restored trail is verified under the restoring PC's own key (restore-audit.ts).
import { createCipheriv, createDecipheriv, randomBytes, scrypt } from 'node:crypto';
import { z } from 'zod';
import { backupHeadSchema, type BackupHead } from '../audit/backup-head';
import { CoreError } from '../errors';

const MAGIC = Buffer.from('SDBACKUP', 'ascii');
const VERSION = 1;
/** scrypt N=2^17, r=8, p=1 (128 MiB, ~0.3 s): costly to brute-force, fine once per backup. */
export const SCRYPT = { N: 2 ** 17, r: 8, p: 1 } as const;

/**
 * Every scrypt parameter set a backup may name: the ones this app has ever written. A header with
 * anything else is refused before any key derivation, so a crafted file cannot make a restore
 * spend seconds and gigabytes before "wrong passphrase". A future change of SCRYPT appends here.
 */
export const ACCEPTED_SCRYPT: readonly { readonly N: number; readonly r: number; readonly p: number }[] = [SCRYPT];

const isAccepted = (h: { N: number; r: number; p: number }): boolean => ACCEPTED_SCRYPT.some((a) => a.N === h.N && a.r === h.r && a.p === h.p);

const headerSchema = z.object({
  kdf: z.literal('scrypt'),
  N: z.number().int(),
  r: z.number().int(),
  p: z.number().int(),
  salt: z.string().min(16),
  iv: z.string().min(12),
  createdAt: z.string(),
  /** Absent in backups made before heads were signed. */
  head: backupHeadSchema.optional(),
});
type Header = z.infer<typeof headerSchema>;

export interface BackupContents {
  readonly databaseKey: string;
  readonly database: Buffer;
  /** The signed audit head of the snapshot (null or absent: none, as in older backups). */
  readonly head?: BackupHead | null;
}

function deriveKey(passphrase: string, h: Pick<Header, 'N' | 'r' | 'p' | 'salt'>): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(passphrase.normalize('NFC'), Buffer.from(h.salt, 'base64'), 32, { N: h.N, r: h.r, p: h.p, maxmem: 256 * h.N * h.r + 2 ** 20 }, (err, key) =>
      err ? reject(err) : resolve(key),
    );
  });
}

export async function sealBackup(contents: BackupContents, passphrase: string, createdAt: string): Promise<Buffer> {
  const header: Header = {
    kdf: 'scrypt', ...SCRYPT, salt: randomBytes(16).toString('base64'), iv: randomBytes(12).toString('base64'), createdAt,
    ...(contents.head ? { head: contents.head } : {}),
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const prefix = Buffer.concat([MAGIC, Buffer.from([VERSION]), u32(headerBytes.length), headerBytes]);
  const key = await deriveKey(passphrase, header);
  const cipher = createCipheriv('aes-256-gcm', key, Buffer.from(header.iv, 'base64'));
  cipher.setAAD(prefix);
  const keyBytes = Buffer.from(contents.databaseKey, 'utf8');
  const body = Buffer.concat([cipher.update(Buffer.concat([u32(keyBytes.length), keyBytes, contents.database])), cipher.final()]);
  return Buffer.concat([prefix, body, cipher.getAuthTag()]);
}

function notABackup(): CoreError {
  return new CoreError('io', {
    ja: 'このファイルは Salvage Desk のバックアップではないか、壊れています。正しいファイルを選んでください。',
    en: 'This file is not a Salvage Desk backup, or it is damaged. Choose the right file.',
  });
}

export function wrongPassphrase(): CoreError {
  return new CoreError('backup-passphrase', {
    ja: 'パスフレーズが違うか、バックアップファイルが壊れています。何も変更していません。バックアップ作成時のパスフレーズを入力し直してください。',
    en: 'Wrong passphrase, or the backup file is damaged. Nothing was changed. Type the passphrase used when the backup was made.',
  });
}

function unsupportedParameters(): CoreError {
  return new CoreError('io', {
    ja: 'このバックアップファイルの鍵導出の設定(scrypt のパラメーター)は Salvage Desk が作るものではありません。ファイルが壊れているか、改ざんされています。何も変更していません。Salvage Desk で作ったバックアップファイルを選んでください。',
    en: 'This backup file names key-derivation settings (scrypt parameters) that Salvage Desk never writes: the file is damaged or was tampered with. Nothing was changed. Choose a backup file made by Salvage Desk.',
  });
}

export async function openBackup(file: Buffer, passphrase: string): Promise<BackupContents> {
  if (file.length < MAGIC.length + 5 + 16 || !file.subarray(0, MAGIC.length).equals(MAGIC) || file[MAGIC.length] !== VERSION) throw notABackup();
  const headerLength = file.readUInt32BE(MAGIC.length + 1);
  const headerEnd = MAGIC.length + 5 + headerLength;
  if (headerEnd + 16 > file.length) throw notABackup();
  let header: Header;
  try {
    header = headerSchema.parse(JSON.parse(file.subarray(MAGIC.length + 5, headerEnd).toString('utf8')));
  } catch {
    throw notABackup();
  }
  if (!isAccepted(header)) throw unsupportedParameters();
  const key = await deriveKey(passphrase, header);
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(header.iv, 'base64'));
  decipher.setAAD(file.subarray(0, headerEnd));
  decipher.setAuthTag(file.subarray(file.length - 16));
  let plain: Buffer;
  try {
    plain = Buffer.concat([decipher.update(file.subarray(headerEnd, file.length - 16)), decipher.final()]);
  } catch {
    throw wrongPassphrase();
  }
  const keyLength = plain.readUInt32BE(0);
  // An older backup's ":<chain key>" after the database key is dropped here, unread.
  const [databaseKey = ''] = plain.subarray(4, 4 + keyLength).toString('utf8').split(':');
  return { databaseKey, database: plain.subarray(4 + keyLength), head: header.head ?? null };
}

function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
}
