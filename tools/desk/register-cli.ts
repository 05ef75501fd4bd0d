// The desk's key registration command (tools/scripts/register-key.ts is the thin wrapper):
//   npm run desk:register -- --keys departments.jwks.json --department engineering exported.jwks.json
//   npm run desk:register -- --keys departments.jwks.json --list
//   npm run desk:register -- --keys departments.jwks.json --remove <kid>
//   npm run desk:register -- --keys departments.jwks.json --revoke <kid> --at <ISO time> --reason <text>
// A counter exports its public key from Settings; the desk adds it here for the department it
// belongs to, after comparing the fingerprint it prints with the one the counter reads out from
// its Settings screen (by phone, never from the same e-mail). Each key is listed with its status
// (in use, retired, revoked), time and reason; nothing read from a file is printed raw. The checks are the shared ones of
// src-shared/protocol/verify/register-keys.ts, which the desk's verifier page uses as well.
// Registered keys carry `department` (the code); the receiver and the verifier then refuse a
// submission whose payload names another department. The file is written atomically, so a running
// receiver (which re-reads it when it changes) never sees half a file.
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { describeKey, escapeControl, registerKeys, removeKey, revokeKey, untrustedKeys, type Registry } from '../../src-shared/protocol/verify';
import { readRegistryFile, writeRegistryFile } from './registry-file';
import type { CliIo } from './verify-cli';

const USAGE = [
  'usage: npm run desk:register -- --keys departments.jwks.json --department <code> <exported-public-key.jwks.json>',
  '       npm run desk:register -- --keys departments.jwks.json --list',
  '       npm run desk:register -- --keys departments.jwks.json --remove <kid>',
  '       npm run desk:register -- --keys departments.jwks.json --revoke <kid> --at <ISO time> --reason <text>',
].join('\n');

const readRegistry = (file: string): Registry => (existsSync(file) ? readRegistryFile(file) : { keys: [] });

type Io = Pick<CliIo, 'stdout' | 'stderr'>;

function list(registry: Registry, io: Io): number {
  if (registry.keys.length === 0) io.stdout('登録済みの鍵はありません / no keys registered\n');
  for (const k of registry.keys) io.stdout(`${describeKey(k)}\n`);
  const untrusted = untrustedKeys(registry);
  if (untrusted.length > 0) {
    io.stderr(`部局のない鍵 ${untrusted.length} 件は信頼されません。--remove で削除するか、--department を付けて登録し直してください / ${untrusted.length} key(s) without a department are not trusted; --remove them or register them again with --department\n`);
  }
  return 0;
}

function remove(registryFile: string, registry: Registry, kid: string, io: Io): number {
  const kept = removeKey(registry, kid);
  if (kept === null) {
    io.stderr(escapeControl(`鍵 ${kid} は登録されていません(--list で確認してください) / key ${kid} is not registered (see --list)`) + '\n');
    return 1;
  }
  writeRegistryFile(registryFile, kept);
  io.stdout(`削除しました / removed: ${escapeControl(kid)}\n`);
  return 0;
}

/** The desk revokes a key a counter reported stolen: nothing received after `--at` verifies with it. */
function revoke(registryFile: string, registry: Registry, values: { revoke?: string; at?: string; reason?: string }, io: Io): number {
  const outcome = revokeKey(registry, values.revoke ?? '', values.at ?? '', values.reason ?? '');
  if (!outcome.ok) {
    // Every message bound for the terminal goes through escapeControl, whatever built it.
    io.stderr(`${escapeControl(`${outcome.message.ja} / ${outcome.message.en}`)}\n`);
    return outcome.problem === 'not-registered' ? 1 : 2;
  }
  writeRegistryFile(registryFile, outcome.registry);
  io.stdout(`失効 / revoked: ${describeKey(outcome.key)}\n`);
  return 0;
}

/**
 * A key id is base64url and may begin with '-' (one key in 64): `--remove -Ab…` names that key, so
 * the options that take a key id bind the next word whatever it starts with.
 */
function bindKeyIds(args: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const a = args[i]!;
    const next = args[i + 1];
    if ((a === '--remove' || a === '--revoke') && next !== undefined && next.startsWith('-') && !next.startsWith('--')) {
      out.push(`${a}=${next}`);
      i += 1;
    } else {
      out.push(a);
    }
  }
  return out;
}

export async function runRegister(args: readonly string[], io: Pick<CliIo, 'stdout' | 'stderr'>, now: () => Date = () => new Date()): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: bindKeyIds(args),
      allowPositionals: true,
      options: {
        keys: { type: 'string' }, department: { type: 'string' }, list: { type: 'boolean' }, remove: { type: 'string' },
        revoke: { type: 'string' }, at: { type: 'string' }, reason: { type: 'string' },
      },
    });
  } catch (e) {
    io.stderr(`${escapeControl((e as Error).message)}\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  const modes = [values.list === true, values.remove !== undefined, values.revoke !== undefined, positionals.length > 0].filter(Boolean).length;
  if (!values.keys || modes !== 1 || positionals.length > 1) {
    io.stderr(`${USAGE}\n`);
    return 2;
  }
  const registryFile = values.keys;
  let registry: Registry;
  try {
    registry = readRegistry(registryFile);
  } catch (e) {
    io.stderr(`鍵ファイル(JWKS)を読めません。ファイルを直すか、別の名前を指定してください / cannot read the key file (JWKS); fix it or name another: ${escapeControl((e as Error).message)}\n`);
    return 2;
  }

  if (values.list) return list(registry, io);
  if (values.remove !== undefined) return remove(registryFile, registry, values.remove, io);
  if (values.revoke !== undefined) return revoke(registryFile, registry, values, io);

  const department = values.department;
  if (!department) {
    io.stderr(`--department <部局コード> が必要です(例: engineering) / --department <code> is required (e.g. engineering)\n${USAGE}\n`);
    return 2;
  }
  let exported: unknown;
  try {
    exported = JSON.parse(readFileSync(positionals[0]!, 'utf8'));
  } catch (e) {
    io.stderr(`書き出された公開鍵ファイルを読めません(アプリの「公開鍵を書き出す」で作ったファイルを指定してください) / cannot read the exported public key file (use the file from the app's "Export public key"): ${escapeControl((e as Error).message)}\n`);
    return 1;
  }
  const outcome = await registerKeys(registry, exported, department, now());
  if (!outcome.ok) {
    io.stderr(`${escapeControl(outcome.message.ja)} / ${escapeControl(outcome.message.en)}\n`);
    return outcome.problem === 'unknown-department' ? 2 : 1;
  }
  writeRegistryFile(registryFile, outcome.registry);
  for (const c of outcome.changes) io.stdout(`${c.action === 'updated' ? '更新 / updated' : '登録 / registered'}: ${describeKey(c.key)}\n`);
  io.stdout('部局窓口の設定画面の「公開鍵の指紋」と上の kid が一致することを、電話などメール以外の方法で確認してください。\n'
    + 'Confirm, by phone or another channel than the e-mail that brought the file, that the kid above matches the fingerprint on the counter\'s Settings screen.\n');
  return 0;
}
