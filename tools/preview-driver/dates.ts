/** The last day of last month (Tokyo): the account expired at the start of this month, so the window is open. */
export function openWindowDeparture(now = new Date()): string {
  const tokyo = new Date(now.getTime() + 9 * 3_600_000);
  const firstOfMonth = Date.UTC(tokyo.getUTCFullYear(), tokyo.getUTCMonth(), 1);
  return new Date(firstOfMonth - 86_400_000).toISOString().slice(0, 10);
}
