import { describe, expect, it } from 'vitest';
import { backoffDelay, BACKOFF_CAP_MS, retryAfterMs } from '../../../../src-main/core/outbox/backoff';
import { checkEndpoint } from '../../../../src-main/core/outbox/endpoint';

describe('backoff with full jitter', () => {
  it('draws from [0, min(cap, 2 s · 2^(n−1))]', () => {
    expect(backoffDelay(1, () => 0)).toBe(0);
    expect(backoffDelay(1, () => 0.999999)).toBe(1999);
    expect(backoffDelay(3, () => 0.5)).toBe(4000);
    expect(backoffDelay(50, () => 0.999999)).toBeLessThan(BACKOFF_CAP_MS);
    expect(backoffDelay(50, () => 0.999999)).toBeGreaterThan(BACKOFF_CAP_MS - 1000);
  });
});

describe('Retry-After', () => {
  const now = new Date('2026-05-01T03:00:00Z');
  it('reads delta-seconds and HTTP dates; ignores what it cannot read', () => {
    expect(retryAfterMs('120', now)).toBe(120_000);
    expect(retryAfterMs('Fri, 01 May 2026 03:02:30 GMT', now)).toBe(150_000);
    expect(retryAfterMs('Fri, 01 May 2026 02:00:00 GMT', now)).toBe(0);
    expect(retryAfterMs('soon', now)).toBeNull();
    expect(retryAfterMs(null, now)).toBeNull();
    expect(retryAfterMs('99999999', now)).toBe(24 * 3_600_000);
  });
});

describe('endpoint rules', () => {
  it('https anywhere, http only on loopback, never credentials', () => {
    expect(checkEndpoint('https://desk.example.ac.jp/submissions').ok).toBe(true);
    expect(checkEndpoint('http://127.0.0.1:8787/submissions').ok).toBe(true);
    expect(checkEndpoint('http://localhost:8787/').ok).toBe(true);
    expect(checkEndpoint('http://[::1]:8787/').ok).toBe(true);
    expect(checkEndpoint('http://desk.example.ac.jp/')).toEqual({ ok: false, reason: 'insecure' });
    expect(checkEndpoint('http://127.0.0.1.example.com/')).toEqual({ ok: false, reason: 'insecure' });
    expect(checkEndpoint('https://user:pw@desk.example.ac.jp/')).toEqual({ ok: false, reason: 'invalid' });
    expect(checkEndpoint('ftp://desk.example.ac.jp/')).toEqual({ ok: false, reason: 'invalid' });
    expect(checkEndpoint('')).toEqual({ ok: false, reason: 'missing' });
    expect(checkEndpoint(null)).toEqual({ ok: false, reason: 'missing' });
  });
});
