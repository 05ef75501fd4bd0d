// findJws is linear: a long paste of junk without dots, with dots everywhere, or a huge 検証コード
// line answers null or the right code (the time is measured in tools/bench/desk-verifier.ts).
import { describe, expect, it } from 'vitest';
import { findJws, isCompactJws } from '../../../../src-shared/protocol/verify';

const JWS = 'eyJhbGciOiJFZERTQSJ9.eyJ0eXBlIjoic2FsdmFnZSJ9.c2lnbmF0dXJl';

describe('findJws', () => {
  it('finds the code after 検証コード:, wrapped or quoted, else the longest compact JWS anywhere', () => {
    expect(findJws(`検証コード:\n> ${JWS.slice(0, 20)}\n> ${JWS.slice(20)}\n`)).toBe(JWS);
    expect(findJws(`前 a.b.c 後 ${JWS} 終`)).toBe(JWS);
    expect(findJws(`${JWS}.extra`)).toBe(JWS);
    expect(findJws('alg none: aGVhZA.cGF5bG9hZA.')).toBe('aGVhZA.cGF5bG9hZA.');
    expect(findJws('..a..b..')).toBeNull();
    expect(findJws('検証コード: (none)')).toBeNull();
  });

  it('answers for a megabyte of junk: no dots, only dots, dot-separated fragments, a huge code line', () => {
    const mb = 1024 * 1024;
    expect(findJws('A'.repeat(mb))).toBeNull();
    expect(findJws('.'.repeat(mb))).toBeNull();
    expect(findJws('a.'.repeat(mb / 2))).toBe('a.a.a');
    expect(findJws(`検証コード:\n${'A'.repeat(mb)}`)).toBeNull();
    expect(findJws(`${'x '.repeat(mb / 2)}${JWS}`)).toBe(JWS);
  });

  it('isCompactJws: three base64url parts, the first two non-empty', () => {
    expect(isCompactJws(JWS)).toBe(true);
    expect(isCompactJws('a..c')).toBe(false);
    expect(isCompactJws('a.b.c.d')).toBe(false);
    expect(isCompactJws('a.b+.c')).toBe(false);
  });
});
