// "N days left", or how long ago the deadline passed; urgent within 14 days (SPEC §2).
import { URGENT_DAYS } from '../../src-shared/domain';
import { useT } from '../i18n/use-t';

export function DaysLeft({ days }: { days: number | null }) {
  const t = useT();
  if (days === null) return null;
  const urgent = days <= URGENT_DAYS;
  return (
    <span className={urgent ? 'days-left days-urgent' : 'days-left'}>
      {days < 0 ? t('common.days-over', { days: -days }) : t('common.days-left', { days })}
    </span>
  );
}
