// Several staff share one PC: whoever is at the counter picks their name, and it is recorded on
// everything they do. Without staff the app sends the user to Settings first.
import { useEffect, useRef } from 'react';
import { useSession } from '../state/session-store';
import { useT } from '../i18n/use-t';

export function StartScreen() {
  const t = useT();
  const settings = useSession((s) => s.settings);
  const setOperator = useSession((s) => s.setOperator);
  const navigate = useSession((s) => s.navigate);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const staff = settings?.staff ?? [];

  return (
    <section className="screen start-screen" aria-labelledby="start-title">
      <h1 id="start-title" ref={heading} tabIndex={-1}>{t('start.title')}</h1>
      {staff.length === 0 ? (
        <>
          <p>{t('start.no-staff')}</p>
          <button type="button" className="button-primary" onClick={() => navigate({ name: 'settings' })}>{t('start.to-settings')}</button>
        </>
      ) : (
        <>
          <p>{t('start.lead')}</p>
          <ul className="operator-list">
            {staff.map((member) => (
              <li key={`${member.name}-${member.role}`}>
                <button
                  type="button"
                  className="button-operator"
                  onClick={() => { setOperator(member); navigate({ name: 'cases' }); }}
                >
                  {t('start.choose', { name: member.name, role: member.role || '—' })}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
