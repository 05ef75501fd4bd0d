// A hand-off can be undone the same Tokyo calendar day: until the last millisecond
// before the next Tokyo midnight. Tokyo has no daylight saving, so the offset is fixed.
const TOKYO_OFFSET_MS = 9 * 3_600_000;
const DAY_MS = 86_400_000;

/** The last instant of the Tokyo day containing `iso`. */
export function endOfTokyoDay(iso: string): string {
  const shifted = Date.parse(iso) + TOKYO_OFFSET_MS;
  return new Date(Math.floor(shifted / DAY_MS) * DAY_MS + DAY_MS - TOKYO_OFFSET_MS - 1).toISOString();
}

/** End of the hand-off's Tokyo day while `now` is still inside it; null once it is final. */
export function handOverUndoableUntil(handedOverAt: string, now: Date): string | null {
  const until = endOfTokyoDay(handedOverAt);
  return now.getTime() <= Date.parse(until) ? until : null;
}
