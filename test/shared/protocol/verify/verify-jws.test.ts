// The one verification module (src-shared/protocol/verify): what the CLI, the receiver and the desk's
// page refuse and why. Header pinned to {alg, kid, typ}; registry entries without a department or
// whose kid is not their thumbprint are not trusted; a retired key signs nothing created after its
// retirement (+5 min); correction notices verify with their own schema.
import { describe, expect, it } from 'vitest';
import { verifySubmission, type Registry } from '../../../../src-shared/protocol/verify';
import { samplePayload } from '../../../../tools/fixtures/sample-payload';
import { b64json, testDepartment } from '../../../../tools/fixtures/desk-signing';
import { sampleAmendment, signAmendment, signWith } from './support';

const codeOf = async (jws: string, registry: Registry): Promise<string> => {
  const r = await verifySubmission(jws, registry);
  return r.ok ? 'ok' : r.code;
};

describe('shared verifier: header', () => {
  it('accepts exactly {alg, kid, typ} and refuses any other member, a missing kid, alg none and HS256', async () => {
    const dept = await testDepartment();
    const p = samplePayload();
    expect(await codeOf(await signWith(dept, p), dept.registry)).toBe('ok');
    expect(await codeOf(await signWith(dept, p, { cty: 'json' }), dept.registry)).toBe('malformed');
    expect(await codeOf(await signWith(dept, p, { jwk: dept.jwks.keys[0] }), dept.registry)).toBe('malformed');
    expect(await codeOf(`${b64json({ alg: 'EdDSA', typ: 'salvage-request+jws' })}.${b64json(p)}.AAAA`, dept.registry)).toBe('malformed');
    expect(await codeOf(`${b64json({ alg: 'none', kid: dept.jwk.kid, typ: 'salvage-request+jws' })}.${b64json(p)}.`, dept.registry)).toBe('wrong-alg');
    expect(await codeOf(`${b64json({ alg: 'HS256', kid: dept.jwk.kid, typ: 'salvage-request+jws' })}.${b64json(p)}.AAAA`, dept.registry)).toBe('wrong-alg');
    expect(await codeOf(await signWith(dept, p, { typ: 'JWT' }), dept.registry)).toBe('wrong-typ');
  });
});

describe('shared verifier: the registry', () => {
  it('does not trust an entry without a department (registry-invalid), nor one whose kid is not its thumbprint', async () => {
    const dept = await testDepartment();
    const p = samplePayload();
    const jws = await signWith(dept, p);
    const { department: _dropped, ...bare } = dept.registry.keys[0]!;
    const undepartmented = await verifySubmission(jws, { keys: [bare] });
    expect(undepartmented.ok).toBe(false);
    if (!undepartmented.ok) {
      expect(undepartmented.code).toBe('registry-invalid');
      expect(undepartmented.message.en).toMatch(/without a department/);
    }
    // The attacker's key filed under the genuine kid: the kid no longer is that key's thumbprint.
    const attacker = await testDepartment();
    const swapped = { keys: [{ ...dept.registry.keys[0]!, x: attacker.jwk.x }] };
    expect(await codeOf(await signWith(attacker, p, { kid: dept.jwk.kid }), swapped)).toBe('registry-invalid');
  });

  it('refuses a key registered to another department, for requests and correction notices alike', async () => {
    const dept = await testDepartment();
    const law = { keys: [{ ...dept.registry.keys[0]!, department: 'law' }] };
    expect(await codeOf(await signWith(dept, samplePayload()), law)).toBe('wrong-department');
    expect(await codeOf(await signAmendment(dept, sampleAmendment()), law)).toBe('wrong-department');
  });

  it('a retired key verifies what was created before its retirement (+5 min) and refuses anything later', async () => {
    const dept = await testDepartment();
    const retired = { keys: [{ ...dept.registry.keys[0]!, retired_at: '2026-05-11T01:00:00.000Z' }] }; // 10:00 in Tokyo
    const at = (createdAt: string) => signWith(dept, samplePayload({ createdAt }));
    expect(await codeOf(await at('2026-05-11T09:59:00+09:00'), retired)).toBe('ok');
    expect(await codeOf(await at('2026-05-11T10:04:59+09:00'), retired)).toBe('ok');
    const late = await verifySubmission(await at('2026-05-11T10:05:01+09:00'), retired);
    expect(late.ok ? 'ok' : late.code).toBe('retired-key');
    expect(late.ok ? '' : late.message.ja).toContain('廃止された鍵');
  });
});

describe('shared verifier: correction notices', () => {
  it('verifies a signed correction notice with its own schema, and refuses a request schema under its typ', async () => {
    const dept = await testDepartment();
    const notice = sampleAmendment();
    const r = await verifySubmission(await signAmendment(dept, notice), dept.registry);
    expect(r.ok && r.kind).toBe('amendment');
    expect(r.ok && r.payload).toEqual(notice);
    expect(await codeOf(await signAmendment(dept, samplePayload() as never), dept.registry)).toBe('payload-invalid');
    expect(await codeOf(await signWith(dept, notice), dept.registry)).toBe('payload-invalid');
  });
});

describe('shared verifier: what it quotes', () => {
  it('escapes control characters from an unverified header in the reason, and keeps it short', async () => {
    const dept = await testDepartment();
    const kid = `\u001b[2J${'k'.repeat(500)}`;
    const r = await verifySubmission(`${b64json({ alg: 'EdDSA', kid, typ: 'salvage-request+jws' })}.${b64json(samplePayload())}.AAAA`, dept.registry);
    expect(r.ok ? '' : r.message.en).toContain('\\u001b[2J');
    expect(r.ok ? '' : r.message.en).not.toContain('\u001b');
    expect((r.ok ? '' : r.message.en).length).toBeLessThan(300);
    const unknownKey = await signWith(dept, { ...samplePayload(), '\u0007bell': 1 });
    const invalid = await verifySubmission(unknownKey, dept.registry);
    expect(invalid.ok ? [] : invalid.details.join('\n')).not.toContain('\u0007');
  });
});
