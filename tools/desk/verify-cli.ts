// The verifier command's logic (tools/scripts/verify.ts is the thin wrapper): read a JWS or a pasted
// mail-form block, check it with the shared verification module against the desk's registry, print
// who signed, when, and the signed text (control characters escaped), or exactly why it fails.
// Exit code 0 only when verified; 1 when it does not verify; 2 for usage or unreadable input.
import { readFileSync } from 'node:fs';
import { untrustedKeys, verifyPasted, type Registry, type SignedView } from '../../src-shared/protocol/verify';
import { readRegistryFile } from './registry-file';

export interface CliIo {
  readonly stdout: (s: string) => void;
  readonly stderr: (s: string) => void;
  readonly readStdin: () => Promise<string>;
}

const USAGE = 'usage: npm run verify -- <file-with-jws | -> --keys departments.jwks.json';

function printView(view: SignedView, write: (s: string) => void): void {
  write(`部局 / department: ${view.department}\n鍵の指紋 / key fingerprint: ${view.kid}\n作成 / created: ${view.createdAt}\n`);
  if (view.amendment) {
    const a = view.amendment;
    write(`訂正 / correction: ${a.field}: ${a.oldValue} → ${a.newValue}\n理由 / reason: ${a.reason}\n`);
  }
  write(`${view.lines.join('\n')}\n`);
}

async function readInputs(args: readonly string[], io: CliIo): Promise<{ text: string; registry: Registry } | number> {
  const keysAt = args.indexOf('--keys');
  const keysFile = keysAt >= 0 ? args[keysAt + 1] : undefined;
  const inputs = args.filter((a, i) => a !== '--keys' && i !== keysAt + 1);
  if (!keysFile || inputs.length !== 1) {
    io.stderr(`${USAGE}\n`);
    return 2;
  }
  let text: string;
  try {
    text = inputs[0] === '-' ? await io.readStdin() : readFileSync(inputs[0]!, 'utf8');
  } catch (e) {
    io.stderr(`入力を読めません / cannot read the input: ${(e as Error).message}\n`);
    return 2;
  }
  try {
    return { text, registry: readRegistryFile(keysFile) };
  } catch (e) {
    io.stderr(`鍵ファイル(JWKS)を読めません / cannot read the key file (JWKS): ${(e as Error).message}\n`);
    return 2;
  }
}

export async function runVerify(args: readonly string[], io: CliIo): Promise<number> {
  const input = await readInputs(args, io);
  if (typeof input === 'number') return input;
  for (const k of untrustedKeys(input.registry)) io.stderr(`注意: 鍵 ${k.kid} は部局なしで登録されているため信頼しません / warning: key ${k.kid} has no department and is not trusted\n`);
  const result = await verifyPasted(input.text, input.registry);
  if (!result.ok) {
    io.stderr(`NG ${result.code}: ${result.message.ja}\n   ${result.message.en}\n`);
    for (const d of result.details) io.stderr(`   - ${d}\n`);
    if (result.view) {
      io.stderr('署名された内容 / the signed content:\n');
      printView(result.view, io.stderr);
    }
    return 1;
  }
  const what = result.kind === 'request' ? '申請 / request' : '訂正通知 / correction notice';
  const compared = result.comparison.compared ? `; 読める部分 ${result.comparison.lines} 項目も一致 / ${result.comparison.lines} readable entries match` : '';
  io.stdout(`OK 署名を確認しました / signature verified (kid ${result.header.kid}): ${what}${compared}\n`);
  printView(result.view, io.stdout);
  return 0;
}
