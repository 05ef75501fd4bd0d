// The one verification module (src-shared/protocol/verify): what the CLI, the receiver and the desk's
// page refuse and why. Header pinned to {alg, kid, typ}; registry entries without a department or
// whose kid is not their thumbprint are not trusted; a retired or revoked key is judged by the time
// the desk received the request; correction notices verify with their own schema.
import { describe, expect, it } from 'vitest';
import { parseRegistry, verifySubmission, type Registry } from '../../../../src-shared/protocol/verify';
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

  it('a retired key: created before the retirement AND received within the grace period (30 days, configurable); judged by receipt, not the signed createdAt', async () => {
    const dept = await testDepartment();
    const retired = { keys: [{ ...dept.registry.keys[0]!, retired_at: '2026-05-11T01:00:00.000Z' }] }; // 10:00 in Tokyo
    const at = (createdAt: string) => signWith(dept, samplePayload({ createdAt }));
    const received = (iso: string, graceDays?: number) => ({ receivedAt: Date.parse(iso), ...(graceDays ? { graceDays } : {}) });
    const code = async (jws: string, receipt: { receivedAt: number; graceDays?: number }) => {
      const r = await verifySubmission(jws, retired, receipt);
      return r.ok ? 'ok' : r.code;
    };
    const before = await at('2026-05-11T09:59:00+09:00');
    expect(await code(before, received('2026-05-11T09:59:30+09:00'))).toBe('ok');
    expect(await code(before, received('2026-06-10T09:59:00+09:00'))).toBe('ok'); // 29 days later, still waiting to be handed over
    expect(await code(before, received('2026-06-10T10:00:01+09:00'))).toBe('retired-key'); // 30 days + 1 s
    expect(await code(before, received('2026-05-13T10:00:00+09:00', 1))).toBe('retired-key'); // the desk set one day
    // A stolen key backdates createdAt: received after the grace period, it is refused anyway.
    const backdated = await at('2026-01-01T09:00:00+09:00');
    expect(await code(backdated, received('2026-07-01T09:00:00+09:00'))).toBe('retired-key');
    // Created after the retirement: refused even when received at once.
    expect(await code(await at('2026-05-11T10:05:01+09:00'), received('2026-05-11T10:06:00+09:00'))).toBe('retired-key');
  });

  it('a revoked key verifies nothing received after its revocation, whatever createdAt says', async () => {
    const dept = await testDepartment();
    const revoked = { keys: [{ ...dept.registry.keys[0]!, revoked_at: '2026-05-11T01:00:00Z', status: 'revoked' as const, status_reason: '端末の盗難' }] };
    const backdated = await signWith(dept, samplePayload({ createdAt: '2026-05-01T09:00:00+09:00' }));
    const early = await verifySubmission(backdated, revoked, { receivedAt: Date.parse('2026-05-11T00:59:59Z') });
    expect(early.ok).toBe(true);
    const late = await verifySubmission(backdated, revoked, { receivedAt: Date.parse('2026-05-11T01:00:01Z') });
    expect(late.ok ? 'ok' : late.code).toBe('revoked-key');
  });

  it('an impossible time fails closed: in a payload (payload-invalid), in a correction notice, or in a registry entry (unreadable registry)', async () => {
    const dept = await testDepartment();
    for (const createdAt of ['2026-06-01T25:61:61+09:00', '2026-02-30T10:00:00+09:00', '2026-06-01T10:00:00+09:00\u001b[2J']) {
      expect(await codeOf(await signWith(dept, samplePayload({ createdAt })), dept.registry)).toBe('payload-invalid');
      expect(await codeOf(await signAmendment(dept, sampleAmendment({ createdAt })), dept.registry)).toBe('payload-invalid');
    }
    for (const bad of ['2026-06-01T25:61:61+09:00', 'tomorrow', '2026-05-11', '2026-05-11T01:00:00Z\u001b]0;x\u0007']) {
      expect(() => parseRegistry({ keys: [{ ...dept.registry.keys[0]!, retired_at: bad }] })).toThrow(/RFC 3339/);
    }
    expect(() => parseRegistry({ keys: [{ ...dept.registry.keys[0]!, status_reason: 'ok\u001b[31m' }] })).toThrow(/control/);
    const r = await verifySubmission(await signWith(dept, samplePayload()), dept.registry, { receivedAt: Number.NaN });
    expect(r.ok ? 'ok' : r.code).toBe('payload-invalid');
  });

  it('with no registry loaded the reason is no-registry, not unknown-kid', async () => {
    const dept = await testDepartment();
    expect(await codeOf(await signWith(dept, samplePayload()), { keys: [] })).toBe('no-registry');
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
