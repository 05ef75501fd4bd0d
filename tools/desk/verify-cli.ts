// The verifier command's logic (tools/scripts/verify.ts is the thin wrapper): read a JWS or a pasted
// mail-form block, check it against the desk's JWKS, print the payload with Japanese labels or
// exactly why it fails. Exit code 0 only when verified; 1 when it does not verify; 2 for usage
// or unreadable input.
import { readFileSync } from 'node:fs';
import { findJws, payloadLines } from '../../src-shared/protocol';
import { readJwksFile } from './jwks-file';
import { verifySubmission } from './verify-submission';

export interface CliIo {
  readonly stdout: (s: string) => void;
  readonly stderr: (s: string) => void;
  readonly readStdin: () => Promise<string>;
}

const USAGE = 'usage: npm run verify -- <file-with-jws | -> --keys departments.jwks.json';

export async function runVerify(args: readonly string[], io: CliIo): Promise<number> {
  const keysAt = args.indexOf('--keys');
  const keysFile = keysAt >= 0 ? args[keysAt + 1] : undefined;
  const inputs = args.filter((a, i) => a !== '--keys' && i !== keysAt + 1);
  if (!keysFile || inputs.length !== 1) {
    io.stderr(`${USAGE}\n`);
    return 2;
  }
  let text: string;
  let jwks;
  try {
    text = inputs[0] === '-' ? await io.readStdin() : readFileSync(inputs[0]!, 'utf8');
  } catch (e) {
    io.stderr(`入力を読めません / cannot read the input: ${(e as Error).message}\n`);
    return 2;
  }
  try {
    jwks = readJwksFile(keysFile);
  } catch (e) {
    io.stderr(`鍵ファイル(JWKS)を読めません / cannot read the key file (JWKS): ${(e as Error).message}\n`);
    return 2;
  }
  const jws = findJws(text);
  if (!jws) {
    io.stderr('NG malformed: 入力に JWS(検証コード)が見つかりません。 / No JWS (検証コード) found in the input.\n');
    return 1;
  }
  const result = await verifySubmission(jws, jwks);
  if (!result.ok) {
    io.stderr(`NG ${result.code}: ${result.message.ja}\n   ${result.message.en}\n`);
    for (const d of result.details) io.stderr(`   - ${d}\n`);
    return 1;
  }
  io.stdout(`OK 署名を確認しました / signature verified (kid ${result.header.kid})\n`);
  io.stdout(`${payloadLines(result.payload).join('\n')}\n`);
  return 0;
}
