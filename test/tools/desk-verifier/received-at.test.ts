// The time the desk received a request, as staff type it on the verifier page: the form's
// timestamp, a plain Tokyo time or RFC 3339; empty means now; an impossible time is refused, never
// read as now.
import { describe, expect, it } from 'vitest';
import { parseReceivedAt, tokyoTime } from '../../../tools/desk-verifier/received-at';

const NOW = Date.parse('2026-12-07T03:00:00Z');

describe('parseReceivedAt', () => {
  it('reads the Google Forms timestamp, a plain Tokyo time and RFC 3339; empty is now', () => {
    expect(parseReceivedAt('2026/05/12 9:03:12', NOW)).toBe(Date.parse('2026-05-12T09:03:12+09:00'));
    expect(parseReceivedAt(' 2026-05-12 09:03 ', NOW)).toBe(Date.parse('2026-05-12T09:03:00+09:00'));
    expect(parseReceivedAt('2026-05-12T09:03:12', NOW)).toBe(Date.parse('2026-05-12T09:03:12+09:00')); // no offset: Tokyo
    expect(parseReceivedAt('2026-05-12T00:03:12Z', NOW)).toBe(Date.parse('2026-05-12T00:03:12Z'));
    expect(parseReceivedAt('', NOW)).toBe(NOW);
  });

  it('refuses impossible or unreadable times instead of using now', () => {
    for (const bad of ['2026/06/01 25:61:61', '2026/02/30 10:00', '2026-05-12', 'yesterday', '2026/05/12 9:03:12\u001b']) {
      expect(parseReceivedAt(bad, NOW), bad).toBeNull();
    }
  });

  it('shows a time in Tokyo', () => {
    expect(tokyoTime(Date.parse('2026-05-12T00:03:12Z'))).toBe('2026-05-12 09:03:12 (JST)');
  });
});
