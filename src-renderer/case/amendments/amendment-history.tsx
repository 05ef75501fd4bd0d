// The corrections recorded on a case, oldest first, as the printed record lists them: number,
// time (Tokyo), who, which field, old → new, and why.
import type { Amendment } from '../../../src-shared/core-api';
import { formatTime } from '../../ui/format-time';
import { useT } from '../../i18n/use-t';
import { useSession } from '../../state/session-store';
import { fieldLabel, formatValue } from './amendable-fields';

export function AmendmentHistory({ amendments }: { amendments: readonly Amendment[] }) {
  const t = useT();
  const language = useSession((s) => s.language);
  const shown = (path: string, value: unknown) => formatValue(path, value, language) || t('review.empty');
  return (
    <section className="amend-history" aria-labelledby="amend-history-title">
      <h3 id="amend-history-title">{t('amend.history')}</h3>
      {amendments.length === 0 ? (
        <p className="muted" data-testid="amend-history-empty">{t('amend.history-empty')}</p>
      ) : (
        <ol className="amend-list" data-testid="amend-history">
          {amendments.map((m, i) => (
            <li key={`${m.at}-${i}`} className="amend-item">
              <h4 className="amend-item-head">
                {t('amend.no', { n: i + 1 })}
                <span className="amend-item-field">{fieldLabel(m.field, t, language)}</span>
              </h4>
              <dl>
                <div className="review-row"><dt>{t('amend.at')}</dt><dd>{formatTime(m.at)}</dd></div>
                <div className="review-row"><dt>{t('amend.by')}</dt><dd>{m.by}</dd></div>
                <div className="review-row">
                  <dt>{t('amend.change')}</dt>
                  <dd className="pre-wrap">
                    <span className="amend-old">{shown(m.field, m.oldValue)}</span>{' → '}<span className="amend-new">{shown(m.field, m.value)}</span>
                  </dd>
                </div>
                <div className="review-row"><dt>{t('amend.why')}</dt><dd className="pre-wrap">{m.reason}</dd></div>
              </dl>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
