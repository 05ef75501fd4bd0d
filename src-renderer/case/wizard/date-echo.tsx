// Under a date field: the date as read, in the era calendar and in the Western calendar, so a date
// typed as R8.9.30 is seen as 令和8年9月30日 (2026-09-30) before anything is decided from it.
import { useFormContext } from 'react-hook-form';
import { eraName, parseDateInput } from '../../../src-shared/domain';
import { useT } from '../../i18n/use-t';
import type { CaseFormValues } from './case-form';

export function DateEcho({ name }: { name: 'eligibility.departureDate' | 'eligibility.accountExpiryOverride' }) {
  const t = useT();
  const { watch } = useFormContext<CaseFormValues>();
  const parsed = parseDateInput(watch(name) ?? '');
  const era = parsed.kind === 'date' ? eraName(parsed.iso) : null;
  return (
    <p className="hint date-echo" aria-live="polite" data-testid={`date-echo-${name}`}>
      {parsed.kind === 'date' && era ? t('route.date-echo', { era, iso: parsed.iso }) : '\u00A0'}
    </p>
  );
}
