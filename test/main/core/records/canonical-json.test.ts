import { describe, expect, it } from 'vitest';
import { canonicalJson, finalizedCaseSha256 } from '../../../../src-main/core/records/canonical-json';
import { finalizedCase, tenAmendments } from '../../../../tools/fixtures/record-fixtures';

describe('canonical JSON and the finalized-case hash', () => {
  it('sorts keys at every depth, drops undefined members and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, 1, { z: true, y: null }], c: 'x' }, u: undefined })).toBe('{"a":{"c":"x","d":[3,1,{"y":null,"z":true}]},"b":1}');
    expect(canonicalJson('東大 "花子"')).toBe(JSON.stringify('東大 "花子"'));
  });

  it('gives the same hash whatever the key order, and a new one after an amendment or a status-free change', () => {
    const c = finalizedCase();
    const reverseKeys = (v: unknown): unknown => Array.isArray(v) ? v.map(reverseKeys)
      : v !== null && typeof v === 'object' ? Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, reverseKeys(x)])) : v;
    const reordered = reverseKeys(c) as typeof c;
    expect(JSON.stringify(reordered)).not.toBe(JSON.stringify(c));
    const h = finalizedCaseSha256(c);
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(finalizedCaseSha256(reordered)).toBe(h);
    expect(finalizedCaseSha256({ ...c, status: 'queued', updatedAt: '2030-01-01T00:00:00Z' })).toBe(h);
    expect(finalizedCaseSha256({ ...c, amendments: tenAmendments().slice(0, 1) })).not.toBe(h);
  });
});
