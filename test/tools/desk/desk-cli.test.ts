// `npm run desk` (tools/scripts/desk.ts) as staff would start it: listens on 127.0.0.1, accepts a
// submission signed with a registered key, logs status and submission id only.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { samplePayload } from '../../../tools/fixtures/sample-payload';
import { post, tempDir, testDepartment } from '../../../tools/fixtures/desk-signing';

describe('desk command', () => {
  it('serves the reference receiver from a JWKS file and a data directory', async () => {
    const dept = await testDepartment();
    const dir = tempDir('desk-cli');
    const keys = path.join(dir, 'departments.jwks.json');
    writeFileSync(keys, JSON.stringify(dept.registry));
    const bin = path.resolve('node_modules/.bin');
    const env = { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}` };
    const desk = spawn(path.join(bin, 'tsx'), ['tools/scripts/desk.ts', '--keys', keys, '--port', '0', '--data', path.join(dir, 'data')], { env, detached: true });
    let out = '';
    desk.stdout.on('data', (c: Buffer) => { out += c.toString('utf8'); });
    try {
      await expect.poll(() => /listening on (http:\/\/127\.0\.0\.1:\d+\/submissions)/.exec(out)?.[1], { timeout: 15_000 }).toBeTruthy();
      const url = /listening on (\S+)/.exec(out)![1]!;
      const p = samplePayload();
      expect((await post(url, await dept.sign(p), p.submissionId)).status).toBe(201);
      await expect.poll(() => out, { timeout: 5000 }).toContain(`POST 201 created ${p.submissionId}`);
      expect(out).not.toMatch(/1234567890|花子|hanako/);
    } finally {
      process.kill(-desk.pid!, 'SIGTERM');
    }
  });
});
