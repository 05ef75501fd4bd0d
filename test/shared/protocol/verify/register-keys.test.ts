// The registration rule shared by desk:register and the verifier page (the CLI's own test covers
// the file handling): a retirement, once known, is never dropped by a later export.
import { describe, expect, it } from 'vitest';
import { registerKeys } from '../../../../src-shared/protocol/verify';
import { testDepartment } from '../../../../tools/fixtures/desk-signing';

describe('registerKeys', () => {
  it('keeps the earliest known retirement when the same key is registered again', async () => {
    const dept = await testDepartment();
    const at = new Date('2026-06-01T00:00:00Z');
    const retired = { keys: [{ ...dept.jwks.keys[0], retired_at: '2026-05-01T00:00:00.000Z' }] };
    const first = await registerKeys({ keys: [] }, retired, 'engineering', at);
    if (!first.ok) throw new Error(first.message.en);
    for (const again of [dept.jwks, { keys: [{ ...dept.jwks.keys[0], retired_at: '2026-05-20T00:00:00.000Z' }] }]) {
      const next = await registerKeys(first.registry, again, 'engineering', at);
      expect(next.ok && next.registry.keys[0]!.retired_at).toBe('2026-05-01T00:00:00.000Z');
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
