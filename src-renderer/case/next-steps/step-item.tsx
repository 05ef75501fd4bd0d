// One numbered step of the next-steps panel, with whether it is done.
import type { ReactNode } from 'react';
import { useT } from '../../i18n/use-t';

export function StepItem({ id, title, done, children }: { id: string; title: string; done: boolean; children: ReactNode }) {
  const t = useT();
  return (
    <li className={`next-step ${done ? 'next-step-done' : ''}`} data-testid={`next-step-${id}`} data-done={done} aria-labelledby={`next-${id}-title`}>
      <div className="next-step-head">
        <h3 id={`next-${id}-title`}>{title}</h3>
        <span className={`badge ${done ? 'badge-delivered' : 'badge-pending'}`}>{done ? `✓ ${t('next.done')}` : t('next.not-done')}</span>
      </div>
      {children}
    </li>
  );
}
