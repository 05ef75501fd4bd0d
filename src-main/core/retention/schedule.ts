// Runs the purge once a day while the app is open (it also runs at every open). The timer never
// keeps the process alive and stops with core.close().
export const PURGE_INTERVAL_MS = 24 * 3_600_000;

export function scheduleDaily(task: () => void, intervalMs = PURGE_INTERVAL_MS): () => void {
  const timer = setInterval(() => {
    try {
      task();
    } catch {
      // A failed purge is retried tomorrow and at the next open; nothing personal is logged.
    }
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
