// The shared formats: one definition each, strict where a loose check could skip a comparison.
import { describe, expect, it } from 'vitest';
import { isStudentNumber, isTokyoTimestamp, isUtokyoAccount, isUuid } from '../../src-shared/formats';
import { payloadSchema } from '../../src-shared/protocol';
import { samplePayload } from '../../tools/fixtures/sample-payload';

describe('shared formats', () => {
  it('accepts exactly 10 ASCII digits as a UTokyo Account', () => {
    expect(isUtokyoAccount('1234567890')).toBe(true);
    for (const bad of ['123456789', '12345678901', '１２３４５６７８９０', '12345 67890']) expect(isUtokyoAccount(bad)).toBe(false);
  });

  it('accepts 1–16 of A–Z, 0–9 and - as a student number', () => {
    expect(isStudentNumber('J4-210123')).toBe(true);
    for (const bad of ['', 'j4-210123', 'A'.repeat(17), 'J4_210123']) expect(isStudentNumber(bad)).toBe(false);
  });

  it('accepts a lower-case UUID only', () => {
    expect(isUuid('0f8fad5b-d9cb-469f-a165-70867728950e')).toBe(true);
    expect(isUuid('0F8FAD5B-D9CB-469F-A165-70867728950E')).toBe(false);
  });

  it('refuses a Tokyo timestamp that is not a real time', () => {
    expect(isTokyoTimestamp('2026-06-01T10:15:00+09:00')).toBe(true);
    expect(isTokyoTimestamp('2026-06-01T10:15:00.123+09:00')).toBe(true);
    for (const bad of ['2026-06-01T25:61:61+09:00', '2026-02-30T10:00:00+09:00', '2026-06-01T10:15:00Z', '2026-06-01 10:15:00+09:00']) {
      expect(isTokyoTimestamp(bad), bad).toBe(false);
    }
  });

  it('makes the signed payload refuse an impossible createdAt', () => {
    const ok = samplePayload();
    expect(payloadSchema.safeParse(ok).success).toBe(true);
    expect(payloadSchema.safeParse({ ...ok, createdAt: '2026-06-01T25:61:61+09:00' }).success).toBe(false);
  });
});

describe('instantMs (the desk judges key times and the time received by it)', () => {
  it('reads RFC 3339 with Z or an offset, and refuses what names no real instant or what Date.parse alone would take', async () => {
    const { instantMs } = await import('../../src-shared/formats');
    expect(instantMs('2026-05-11T01:00:00Z')).toBe(Date.UTC(2026, 4, 11, 1));
    expect(instantMs('2026-05-11T10:00:00.5+09:00')).toBe(Date.UTC(2026, 4, 11, 1, 0, 0, 500));
    for (const bad of ['2026-06-01T25:61:61+09:00', '2026-02-30T10:00:00Z', '2026-05-11T10:00:00', '2026-05-11', 'Fri, 01 May 2026 00:00:00 GMT (x)',
      '2026-05-11T10:00:00+24:00', '2026-05-11T10:00:00Z\u001b[2J', 42]) {
      expect(instantMs(bad), String(bad)).toBeNull();
    }
  });
});
