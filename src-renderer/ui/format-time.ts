import { tokyoMinute } from '../../src-shared/domain';

/** An instant as "YYYY-MM-DD HH:MM" in Japan time (the counter's clock). */
export function formatTime(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : tokyoMinute(d);
}
