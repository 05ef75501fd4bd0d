// The verifier command's logic (tools/scripts/verify.ts is the thin wrapper): read a JWS or a pasted
// mail-form block, check it with the shared verification module against the desk's registry as
// received at --received-at (default: now), and print the verdict in words (Japanese first, then
// English): who confirmed what, or 「この申請を受け付けないでください」, why and what to do next;
// then the signed text. Everything printed that comes from the paste or the signature is escaped.
// Exit code 0 only when verified; 1 when it does not verify; 2 for usage or unreadable input.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { instantMs } from '../../src-shared/formats';
import {
  DEFAULT_GRACE_DAYS, escapeControl, groupedFingerprint, untrustedKeys, verdictOf, verifyPasted,
  type Difference, type PasteResult, type Registry, type SignedView,
} from '../../src-shared/protocol/verify';
import { readRegistryFile } from './registry-file';

export interface CliIo {
  readonly stdout: (s: string) => void;
  readonly stderr: (s: string) => void;
  readonly readStdin: () => Promise<string>;
}

const USAGE = 'usage: npm run verify -- <file-with-jws | -> --keys departments.jwks.json [--received-at <ISO 8601 time, default now>] [--grace-days <days, default 30>]';

interface Inputs { readonly text: string; readonly registry: Registry; readonly receivedAt: number; readonly graceDays: number }

function printView(view: SignedView, write: (s: string) => void): void {
  write(`部局 / department: ${view.department}\n鍵の指紋 / key fingerprint: ${view.kid}  (${groupedFingerprint(view.kid)})\n作成 / created: ${view.createdAt}\n`);
  if (view.amendment) {
    const a = view.amendment;
    write(`訂正 / correction: ${a.fieldWords.ja} (${a.field}): ${a.oldValue} → ${a.newValue}\n理由 / reason: ${a.reason}\n`);
  }
  write(`${view.lines.join('\n')}\n`);
}

function printDifferences(differences: readonly Difference[], write: (s: string) => void): void {
  for (const d of differences) {
    write(`   - ${d.label}${d.outside ? '(申請の外にある行 / a line outside the block)' : ''}\n`);
    write(`       貼り付け / pasted: ${d.pasted === null ? '(なし / missing)' : d.pasted.replace(/\n/g, '\n         ')}\n`);
    write(`       署名済み / signed: ${d.signed === null ? '(なし / nothing signed)' : d.signed.replace(/\n/g, '\n         ')}\n`);
  }
}

function parseCli(args: readonly string[], io: CliIo): { input: string; keys: string; receivedAt: number; graceDays: number } | number {
  let values: { keys?: string; 'received-at'?: string; 'grace-days'?: string };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({ args: [...args], allowPositionals: true, options: { keys: { type: 'string' }, 'received-at': { type: 'string' }, 'grace-days': { type: 'string' } } }));
  } catch (e) {
    io.stderr(`${escapeControl((e as Error).message)}\n${USAGE}\n`);
    return 2;
  }
  if (!values.keys || positionals.length !== 1) {
    io.stderr(`${USAGE}\n`);
    return 2;
  }
  const receivedAt = values['received-at'] === undefined ? Date.now() : instantMs(values['received-at']);
  if (receivedAt === null) {
    io.stderr(`--received-at は 2026-05-12T09:03:12+09:00 のような日時(時差付き)で指定してください / --received-at needs an RFC 3339 time with an offset, e.g. 2026-05-12T09:03:12+09:00\n`);
    return 2;
  }
  const graceDays = values['grace-days'] === undefined ? DEFAULT_GRACE_DAYS : Number(values['grace-days']);
  if (!Number.isInteger(graceDays) || graceDays < 0 || graceDays > 365) {
    io.stderr(`--grace-days は 0〜365 の整数で指定してください / --grace-days must be a whole number from 0 to 365\n`);
    return 2;
  }
  return { input: positionals[0]!, keys: values.keys, receivedAt, graceDays };
}

async function readInputs(args: readonly string[], io: CliIo): Promise<Inputs | number> {
  const cli = parseCli(args, io);
  if (typeof cli === 'number') return cli;
  let text: string;
  try {
    text = cli.input === '-' ? await io.readStdin() : readFileSync(cli.input, 'utf8');
  } catch (e) {
    io.stderr(`入力を読めません / cannot read the input: ${escapeControl((e as Error).message)}\n`);
    return 2;
  }
  try {
    return { text, registry: readRegistryFile(cli.keys), receivedAt: cli.receivedAt, graceDays: cli.graceDays };
  } catch (e) {
    io.stderr(`鍵ファイル(JWKS)を読めません / cannot read the key file (JWKS): ${escapeControl((e as Error).message)}\n`);
    return 2;
  }
}

function printRefusal(result: Extract<PasteResult, { ok: false }>, io: CliIo): void {
  const v = verdictOf(result);
  io.stderr(`NG ${result.code}: ${v.headline.ja} — ${v.why.ja}\n   次にすること: ${v.next.ja}\n   ${v.headline.en}: ${v.why.en}\n   Next: ${v.next.en}\n`);
  if (result.differences.length > 0) printDifferences(result.differences, io.stderr);
  else for (const d of result.details) io.stderr(`   - ${d}\n`);
  for (const line of result.outside) io.stderr(`   申請の一部ではありません / not part of the request: ${line}\n`);
  if (result.view) {
    io.stderr('署名された内容 / the signed content:\n');
    printView(result.view, io.stderr);
  }
}

export async function runVerify(args: readonly string[], io: CliIo): Promise<number> {
  const input = await readInputs(args, io);
  if (typeof input === 'number') return input;
  for (const k of untrustedKeys(input.registry)) io.stderr(`注意: 鍵 ${k.kid} は部局なしで登録されているため信頼しません / warning: key ${k.kid} has no department and is not trusted\n`);
  const result = await verifyPasted(input.text, input.registry, { receivedAt: input.receivedAt, graceDays: input.graceDays });
  if (!result.ok) {
    printRefusal(result, io);
    return 1;
  }
  const v = verdictOf(result);
  const what = result.kind === 'request' ? '申請 / request' : '訂正通知 / correction notice';
  io.stdout(`OK ${v.headline.ja} / ${v.headline.en}: ${what} (kid ${result.header.kid})\n   ${v.why.ja}\n   次にすること: ${v.next.ja}\n   ${v.why.en}\n   Next: ${v.next.en}\n`);
  io.stdout(`受け付けた日時 / received at: ${new Date(input.receivedAt).toISOString()}\n`);
  for (const line of result.comparison.outside) io.stdout(`申請の一部ではありません / not part of the request: ${line}\n`);
  printView(result.view, io.stdout);
  return 0;
}
