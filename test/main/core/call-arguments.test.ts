// Every core call checks its arguments before it reads or writes anything: a wrong argument (a
// caller bug in a shell, a script, the preview) is a CoreError('validation') naming every bad
// argument, never a raw SQLite or TypeError, and leaves no trace in the audit trail.
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../src-main/core';
import { openTestCore, rejection, type TestCore } from './open-test-core';

let t: TestCore;
beforeEach(async () => {
  t = await openTestCore();
});
afterEach(async () => {
  await t.cleanup();
});

// The calls a typed caller cannot make, as an untyped one (JSON, a script) can.
const untyped = (core: Core) => core as unknown as {
  cases: Record<'update' | 'finalize' | 'discard', (...args: unknown[]) => Promise<unknown>>;
  outbox: Record<'enqueue' | 'retry' | 'mailFormText' | 'testConnection', (...args: unknown[]) => Promise<unknown>>;
  keys: Record<'exportPublicJwks' | 'rotate', (...args: unknown[]) => Promise<unknown>>;
};

describe('arguments of case, outbox and key calls', () => {
  it.each([
    ['cases.update', (c: Core) => untyped(c).cases.update(5, {}, { operator: 5 }), ['id', 'operator']],
    ['cases.finalize', (c: Core) => untyped(c).cases.finalize('', { operator: '' }), ['id', 'operator']],
    ['cases.discard', (c: Core) => untyped(c).cases.discard(null, { operator: [] }), ['id', 'operator']],
    ['outbox.enqueue', (c: Core) => untyped(c).outbox.enqueue({}, { operator: 5 }), ['caseId', 'operator']],
    ['outbox.enqueue (blank operator)', (c: Core) => untyped(c).outbox.enqueue('case-1', { operator: '  ' }), ['operator']],
    ['outbox.retry', (c: Core) => untyped(c).outbox.retry({}, { operator: {} }), ['id', 'operator']],
    ['outbox.mailFormText', (c: Core) => untyped(c).outbox.mailFormText(['x']), ['id']],
    ['outbox.testConnection', (c: Core) => untyped(c).outbox.testConnection(5), ['url']],
    ['keys.exportPublicJwks', (c: Core) => untyped(c).keys.exportPublicJwks(5, { operator: 7 }), ['file', 'operator']],
    ['keys.rotate', (c: Core) => untyped(c).keys.rotate({ operator: 5 }), ['operator']],
  ] as const)('%s: refused with every bad argument named, nothing written', async (_name, call, paths) => {
    const before = await t.core.verifyAudit();
    const kid = await t.core.keys.thumbprint();
    const e = await rejection(call(t.core));
    expect(e.code).toBe('validation');
    expect(e.issues.map((i) => i.path)).toEqual(paths);
    expect(await t.core.verifyAudit()).toEqual(before);
    expect(await t.core.keys.thumbprint()).toBe(kid);
  });

  it('valid arguments still work, with "system" as the default operator', async () => {
    await t.core.keys.exportPublicJwks(path.join(t.dataDir, 'pub.jwks.json'));
    await expect(t.core.keys.rotate({ operator: '窓口 太郎' })).resolves.toMatchObject({ kty: 'OKP' });
    expect((await t.core.verifyAudit()).ok).toBe(true);
  });
});
