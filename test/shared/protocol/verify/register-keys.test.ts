// The registration rule shared by desk:register and the verifier page (the CLI's own test covers
// the file handling): a retirement, once known, is never dropped by a later export.
import { describe, expect, it } from 'vitest';
import { describeKey, registerKeys } from '../../../../src-shared/protocol/verify';
import { signedExport, testDepartment } from '../../../../tools/fixtures/desk-signing';

describe('registerKeys', () => {
  it('keeps the earliest known retirement when the same key is registered again', async () => {
    const dept = await testDepartment();
    const at = new Date('2026-06-01T00:00:00Z');
    const retired = await signedExport(dept, { status: 'retired', retired_at: '2026-05-01T00:00:00.000Z' });
    const first = await registerKeys({ keys: [] }, retired, 'engineering', at);
    if (!first.ok) throw new Error(first.message.en);
    for (const again of [dept.jwks, await signedExport(dept, { status: 'retired', retired_at: '2026-05-20T00:00:00.000Z' })]) {
      const next = await registerKeys(first.registry, again, 'engineering', at);
      if (!next.ok) throw new Error(next.message.en);
      expect(next.registry.keys.find((k) => k.kid === dept.jwk.kid)!.retired_at).toBe('2026-05-01T00:00:00.000Z');
    }
  });

  it('refuses an unknown department, an altered kid and a key claimed by another department, with the reason in both languages', async () => {
    const dept = await testDepartment();
    const at = new Date();
    expect(await registerKeys({ keys: [] }, dept.jwks, 'nowhere', at)).toMatchObject({ ok: false, problem: 'unknown-department' });
    const other = await testDepartment();
    expect(await registerKeys({ keys: [] }, { keys: [{ ...dept.jwks.keys[0], x: other.jwk.x }] }, 'engineering', at)).toMatchObject({ ok: false, problem: 'thumbprint' });
    const law = await registerKeys({ keys: [] }, dept.jwks, 'law', at);
    if (!law.ok) throw new Error(law.message.en);
    const stolen = await registerKeys(law.registry, dept.jwks, 'engineering', at);
    expect(stolen).toMatchObject({ ok: false, problem: 'other-department', message: { ja: expect.stringContaining('law の鍵として登録済み'), en: expect.stringContaining('already registered to law') } });
  });
});

describe('registerKeys: status, time and reason', () => {
  it('carries a revocation and its reason, keeps it when a later export omits it, and describes each key in one escaped line', async () => {
    const dept = await testDepartment();
    const at = new Date('2026-06-01T00:00:00Z');
    const revoked = await signedExport(dept, { status: 'revoked', revoked_at: '2026-05-02T09:00:00+09:00', status_reason: '端末の盗難' });
    const first = await registerKeys({ keys: [] }, revoked, 'engineering', at);
    if (!first.ok) throw new Error(first.message.en);
    const again = await registerKeys(first.registry, dept.jwks, 'engineering', at);
    if (!again.ok) throw new Error(again.message.en);
    const entry = again.registry.keys.find((k) => k.kid === dept.jwk.kid)!;
    expect(entry).toMatchObject({ status: 'revoked', revoked_at: '2026-05-02T09:00:00+09:00', status_reason: '端末の盗難' });
    expect(describeKey(entry)).toContain('失効(漏えい等) / revoked 2026-05-02T09:00:00+09:00 (端末の盗難)');
  });

  it('refuses an export whose statuses differ from the statement signed by the key in use: a stripped retirement, a moved time, a missing statement', async () => {
    const dept = await testDepartment();
    const at = new Date('2026-06-01T00:00:00Z');
    const genuine = await signedExport(dept, { status: 'retired', retired_at: '2026-05-01T00:00:00.000Z', status_reason: '鍵の交代' });
    expect((await registerKeys({ keys: [] }, genuine, 'engineering', at)).ok).toBe(true);
    const [current, old] = genuine.keys as [Record<string, unknown>, Record<string, unknown>];
    const { retired_at: _r, status: _s, status_reason: _why, ...stripped } = old;
    for (const altered of [
      { ...genuine, keys: [current, stripped] },
      { ...genuine, keys: [current, { ...old, retired_at: '2026-07-01T00:00:00.000Z' }] },
      { keys: genuine.keys },
      { ...genuine, statement: (await signedExport(dept, { status: 'retired', retired_at: '2026-05-01T00:00:00.000Z' })).statement },
    ]) {
      expect(await registerKeys({ keys: [] }, altered, 'engineering', at)).toMatchObject({ ok: false, problem: 'unsigned-status' });
    }
  });

  it('refuses an export with an impossible time or control characters, and says so without echoing them raw', async () => {
    const dept = await testDepartment();
    for (const bad of [
      { retired_at: '2026-05-01T25:61:61Z' },
      { retired_at: '2026-05-01T00:00:00Z\u001b]0;pwned\u0007' },
      { status: 'revoked', revoked_at: '2026-05-01T00:00:00Z', status_reason: 'x\u001b[2Jy' },
      { status: 'revoked' },
    ]) {
      const r = await registerKeys({ keys: [] }, { keys: [{ ...dept.jwks.keys[0], ...bad }] }, 'engineering', new Date());
      expect(r).toMatchObject({ ok: false, problem: 'unreadable' });
      expect(r.ok ? '' : r.message.en + r.message.ja).not.toMatch(/\p{Cc}/u);
    }
  });
});
