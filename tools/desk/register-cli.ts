// The desk's key registration command (tools/scripts/register-key.ts is the thin wrapper):
//   npm run desk:register -- --keys departments.jwks.json --department engineering exported.jwks.json
//   npm run desk:register -- --keys departments.jwks.json --list
//   npm run desk:register -- --keys departments.jwks.json --remove <kid>
// A counter exports its public key from Settings; the desk adds it here for the department it
// belongs to, after comparing the fingerprint it prints with the one the counter reads out from
// its Settings screen (by phone, never from the same e-mail). Every key is checked: Ed25519 public
// only, kid = its RFC 7638 thumbprint. A key already registered to another department is refused.
// Registered keys carry `department` (the code); the receiver and the verifier then refuse a
// submission whose payload names another department. The file is written atomically, so a running
// receiver (which re-reads it when it changes) never sees half a file.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { calculateJwkThumbprint, type JWK } from 'jose';
import { facultyByCode } from '../../src-shared/domain';
import { parseJwks } from './jwks-file';
import type { CliIo } from './verify-cli';

const USAGE = [
  'usage: npm run desk:register -- --keys departments.jwks.json --department <code> <exported-public-key.jwks.json>',
  '       npm run desk:register -- --keys departments.jwks.json --list',
  '       npm run desk:register -- --keys departments.jwks.json --remove <kid>',
].join('\n');

type RegisteredKey = JWK & { kid: string; department?: string; registered_at?: string; retired_at?: string };

function readRegistry(file: string): RegisteredKey[] {
  if (!existsSync(file)) return [];
  return parseJwks(JSON.parse(readFileSync(file, 'utf8'))).keys as RegisteredKey[];
}

function writeRegistry(file: string, keys: readonly RegisteredKey[]): void {
  const tmp = `${file}.tmp`;
  writeFileSync(tmp, `${JSON.stringify({ keys }, null, 2)}\n`, { mode: 0o644 });
  renameSync(tmp, file);
}

const describeKey = (k: RegisteredKey): string =>
  `${k.kid}  ${k.department ?? '(部局なし / no department)'}${k.retired_at ? `  retired ${k.retired_at}` : ''}${k.registered_at ? `  registered ${k.registered_at}` : ''}`;

export async function runRegister(args: readonly string[], io: Pick<CliIo, 'stdout' | 'stderr'>, now: () => Date = () => new Date()): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: { keys: { type: 'string' }, department: { type: 'string' }, list: { type: 'boolean' }, remove: { type: 'string' } },
    });
  } catch (e) {
    io.stderr(`${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  const modes = [values.list === true, values.remove !== undefined, positionals.length > 0].filter(Boolean).length;
  if (!values.keys || modes !== 1 || positionals.length > 1) {
    io.stderr(`${USAGE}\n`);
    return 2;
  }
  const registryFile = values.keys;
  let registry: RegisteredKey[];
  try {
    registry = readRegistry(registryFile);
  } catch (e) {
    io.stderr(`鍵ファイル(JWKS)を読めません。ファイルを直すか、別の名前を指定してください / cannot read the key file (JWKS); fix it or name another: ${(e as Error).message}\n`);
    return 2;
  }

  if (values.list) {
    if (registry.length === 0) io.stdout('登録済みの鍵はありません / no keys registered\n');
    for (const k of registry) io.stdout(`${describeKey(k)}\n`);
    return 0;
  }

  if (values.remove !== undefined) {
    const kept = registry.filter((k) => k.kid !== values.remove);
    if (kept.length === registry.length) {
      io.stderr(`鍵 ${values.remove} は登録されていません(--list で確認してください) / key ${values.remove} is not registered (see --list)\n`);
      return 1;
    }
    writeRegistry(registryFile, kept);
    io.stdout(`削除しました / removed: ${values.remove}\n`);
    return 0;
  }

  const department = values.department;
  if (!department) {
    io.stderr(`--department <部局コード> が必要です(例: engineering) / --department <code> is required (e.g. engineering)\n${USAGE}\n`);
    return 2;
  }
  if (!facultyByCode(department)) {
    io.stderr(`部局コード ${department} は学部・研究科の一覧にありません。アプリの設定画面に表示される部局コードを指定してください / ${department} is not a faculty code; use the code shown in the app's Settings\n`);
    return 2;
  }
  let exported: RegisteredKey[];
  try {
    const json = JSON.parse(readFileSync(positionals[0]!, 'utf8')) as unknown;
    exported = parseJwks(json).keys as RegisteredKey[];
  } catch (e) {
    io.stderr(`書き出された公開鍵ファイルを読めません(アプリの「公開鍵を書き出す」で作ったファイルを指定してください) / cannot read the exported public key file (use the file from the app's "Export public key"): ${(e as Error).message}\n`);
    return 1;
  }
  if (exported.length === 0) {
    io.stderr('公開鍵が1つも含まれていません / the file contains no key\n');
    return 1;
  }
  for (const key of exported) {
    const thumbprint = await calculateJwkThumbprint({ kty: key.kty, crv: key.crv, x: key.x } as JWK, 'sha256');
    if (thumbprint !== key.kid) {
      io.stderr(`鍵 ${key.kid} の kid が公開鍵の指紋(RFC 7638)と一致しません。書き換えられたファイルの可能性があります。登録しません / the kid ${key.kid} is not the key's RFC 7638 thumbprint (${thumbprint}); the file may have been altered. Nothing registered.\n`);
      return 1;
    }
    const owner = registry.find((k) => k.kid === key.kid);
    if (owner?.department && owner.department !== department) {
      io.stderr(`鍵 ${key.kid} は部局 ${owner.department} の鍵として登録済みです。登録しません / key ${key.kid} is already registered to ${owner.department}. Nothing registered.\n`);
      return 1;
    }
  }
  const at = now().toISOString();
  let next = [...registry];
  for (const key of exported) {
    const previous = next.find((k) => k.kid === key.kid);
    const entry: RegisteredKey = {
      kty: 'OKP', crv: 'Ed25519', x: key.x, kid: key.kid, use: 'sig', alg: 'EdDSA', department,
      registered_at: previous?.registered_at ?? at,
      ...(key.retired_at ? { retired_at: key.retired_at } : {}),
    };
    next = previous ? next.map((k) => (k.kid === key.kid ? entry : k)) : [...next, entry];
    io.stdout(`${previous ? '更新 / updated' : '登録 / registered'}: ${describeKey(entry)}\n`);
  }
  writeRegistry(registryFile, next);
  io.stdout('窓口の設定画面の「公開鍵の指紋」と上の kid が一致することを、電話などメール以外の方法で確認してください。\n'
    + 'Confirm, by phone or another channel than the e-mail that brought the file, that the kid above matches the fingerprint on the counter\'s Settings screen.\n');
  return 0;
}
