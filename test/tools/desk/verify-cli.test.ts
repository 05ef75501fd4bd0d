import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runVerify } from '../../../tools/desk/verify-cli';
import { amendmentMailFormText, mailFormText } from '../../../src-shared/protocol';
import { sampleAmendment, signAmendment } from '../../shared/protocol/verify/support';
import { samplePayload } from '../../../tools/fixtures/sample-payload';
import { b64json, tempDir, testDepartment, type TestDepartment } from '../../../tools/fixtures/desk-signing';

let dept: TestDepartment;
let dir: string;
let keysFile: string;

beforeAll(async () => {
  dept = await testDepartment();
  dir = tempDir('verify');
  keysFile = path.join(dir, 'departments.jwks.json');
  writeFileSync(keysFile, JSON.stringify(dept.registry));
});

async function verify(input: string, args: string[] = ['-', '--keys']): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runVerify([...args, ...(args.at(-1) === '--keys' ? [keysFile] : [])], {
    stdout: (s) => { out += s; },
    stderr: (s) => { err += s; },
    readStdin: async () => input,
  });
  return { code, out, err };
}

describe('verifier command', () => {
  it('prints the verified payload with Japanese labels and exits 0, for a bare JWS and a pasted mail-form block', async () => {
    const p = samplePayload();
    const jws = await dept.sign(p);
    const bare = await verify(jws);
    expect(bare.code).toBe(0);
    expect(bare.out).toContain(`OK 工学部の部局窓口が本人確認した申請です / The Faculty of Engineering counter checked this applicant's identity: 申請 / request (kid ${dept.jwk.kid})`);
    expect(bare.out).toContain('UTokyo Account: 1234567890');
    expect(bare.out).toContain(`申請ID: ${p.submissionId}`);
    const pasted = await verify(`お世話になっております。\n\n${mailFormText(p, jws)}\n--\n工学部 学務係\n`);
    expect(pasted.code).toBe(0);
    expect(pasted.out).toContain('氏名: 東大 花子');
  });

  it('exits 1 and says exactly why: bad signature, unknown key, wrong alg, invalid payload, no JWS', async () => {
    const p = samplePayload();
    const [h, , s] = (await dept.sign(p)).split('.');
    const cases: [string, RegExp][] = [
      [`${h}.${b64json({ ...p, caseNumber: 'X' })}.${s}`, /^NG bad-signature: この申請を受け付けないでください — 署名が正しくありません[^]*次にすること: 読める部分の内容で手続きを進めないでください。部局窓口に電話/],
      [await (await testDepartment()).sign(p), /^NG unknown-kid: この申請を受け付けないでください — 鍵 \S+ はデスクの登録簿にありません/],
      [`${b64json({ alg: 'none', kid: dept.jwk.kid, typ: 'salvage-request+jws' })}.${b64json(p)}.`, /^NG wrong-alg: この申請を受け付けないでください — 署名方式が EdDSA ではありません\(none\)/],
      [await dept.sign({ ...p, request: { ...p.request, services: [] } }), /^NG payload-invalid: この申請を受け付けないでください — [^]*- request\.services:/],
      ['こんにちは', /^NG malformed: この申請を受け付けないでください — 入力に検証コードが見つかりません/],
    ];
    for (const [input, expected] of cases) {
      const r = await verify(input);
      expect(r.code).toBe(1);
      expect(r.out).toBe('');
      expect(r.err).toMatch(expected);
    }
  });

  it('an edited readable line of a pasted block exits 1 as text-mismatch naming the field, and prints the signed text', async () => {
    const p = samplePayload();
    const block = mailFormText(p, await dept.sign(p));
    const r = await verify(block.replace('連絡先メールアドレス: hanako@example.com', '連絡先メールアドレス: attacker@example.com'));
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/^NG text-mismatch: /);
    expect(r.err).toContain('   - 連絡先メールアドレス\n       貼り付け / pasted: 連絡先メールアドレス: attacker@example.com\n       署名済み / signed: 連絡先メールアドレス: hanako@example.com\n');
  });

  it('prints who signed and when, and control characters in signed text escaped, never raw', async () => {
    const p = samplePayload({ request: { services: ['eccs-mail'], reason: 'clear\u001b[2J\u0007 \u202eevil' } });
    const r = await verify(await dept.sign(p));
    expect(r.code).toBe(0);
    expect(r.out).toContain(`鍵の指紋 / key fingerprint: ${dept.jwk.kid}`);
    expect(r.out).toContain(dept.jwk.kid.match(/.{1,4}/g)!.join(' '));
    expect(r.out).toContain('部局 / department: engineering');
    expect(r.out).toContain('理由: clear\\u001b[2J\\u0007 \\u202eevil');
    for (const raw of ['\u001b', '\u0007', '\u202e']) expect(r.out).not.toContain(raw);
  });

  it('verifies a correction notice block and prints field, old → new and reason', async () => {
    const notice = sampleAmendment();
    const r = await verify(amendmentMailFormText(notice, await signAmendment(dept, notice)));
    expect(r.code).toBe(0);
    expect(r.out).toContain('訂正通知 / correction notice');
    expect(r.out).toContain('訂正 / correction: 連絡先メールアドレス (applicant.contactEmail): hanako@example.com → hanako@example.net');
    expect(r.out).toContain(`次にすること: 案件番号 ${notice.caseNumber} の申請の「連絡先メールアドレス」を hanako@example.com から hanako@example.net に改めてください。`);
    expect(r.out).toContain(`理由 / reason: ${notice.reason}`);
  });

  it('--received-at: a retired key\'s signature received after the grace period is refused even though createdAt is earlier; an impossible time is refused', async () => {
    const p = samplePayload({ createdAt: '2026-05-01T09:00:00+09:00' });
    const retiredFile = path.join(dir, 'retired.jwks.json');
    writeFileSync(retiredFile, JSON.stringify({ keys: [{ ...dept.registry.keys[0], retired_at: '2026-05-10T00:00:00Z', status: 'retired' }] }));
    const jws = await dept.sign(p);
    const inTime = await verify(jws, ['-', '--received-at', '2026-06-08T09:00:00+09:00', '--keys', retiredFile]);
    expect(inTime.code).toBe(0);
    const late = await verify(jws, ['-', '--received-at', '2026-06-10T09:00:00+09:00', '--keys', retiredFile]);
    expect([late.code, late.err.split(':')[0]]).toEqual([1, 'NG retired-key']);
    const shortGrace = await verify(jws, ['-', '--received-at', '2026-05-12T09:00:00+09:00', '--grace-days', '1', '--keys', retiredFile]);
    expect(shortGrace.code).toBe(1);
    for (const bad of ['2026-06-01T25:61:61+09:00', 'yesterday', '2026-06-01']) {
      const r = await verify(jws, ['-', '--received-at', bad, '--keys', retiredFile]);
      expect([r.code, r.err]).toEqual([2, expect.stringContaining('--received-at')]);
    }
    const impossible = await verify(await dept.sign({ ...p, createdAt: '2026-06-01T25:61:61+09:00' }));
    expect([impossible.code, impossible.err.split(':')[0]]).toEqual([1, 'NG payload-invalid']);
  });

  it('exits 2 on usage errors and unreadable files', async () => {
    expect((await verify('', ['-'])).code).toBe(2);
    expect((await verify('', [path.join(dir, 'missing.txt'), '--keys'])).code).toBe(2);
    expect((await verify('', ['-', '--keys', path.join(dir, 'missing.json')])).code).toBe(2);
  });

  it('runs as `npm run verify` (tools/scripts/verify.ts) with the exit code of the check', async () => {
    const jwsFile = path.join(dir, 'submission.txt');
    const p = samplePayload();
    writeFileSync(jwsFile, mailFormText(p, await dept.sign(p)));
    const tsx = path.resolve('node_modules/.bin/tsx');
    const env = { ...process.env, PATH: `${path.resolve('node_modules/.bin')}${path.delimiter}${process.env.PATH ?? ''}` }; // Node 24
    const ok = spawnSync(tsx, ['tools/scripts/verify.ts', jwsFile, '--keys', keysFile], { encoding: 'utf8', env });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('OK 工学部の部局窓口が本人確認した申請です');
    const bad = spawnSync(tsx, ['tools/scripts/verify.ts', '-', '--keys', keysFile], { input: 'a.b.c', encoding: 'utf8', env });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/^NG malformed/);
  });
});
