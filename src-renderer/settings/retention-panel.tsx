// Settings → データの保存期間と削除: what the next erasure removes (counts only, nothing personal)
// and "erase now". The policy itself lives in the core (retention/policy.ts).
import { useState } from 'react';
import type { CaseStatus, PurgeFailure, PurgePreview } from '../../src-shared/core-api';
import { CASE_STATUSES } from '../../src-shared/domain';
import { deskApi, unwrap } from '../api/desk-api';
import { useStatusLabel, useT } from '../i18n/use-t';
import { formatTime } from '../ui/format-time';
import { useSettingsOperator } from './settings-operator';
import { usePanelReading } from './use-panel-reading';

const readPurgePreview = (): Promise<PurgePreview> => unwrap(deskApi().previewPurge({}));

/** The core counts by the case's status; a status the app does not know has no name to show. */
const isCaseStatusCount = (entry: [string, number]): entry is [CaseStatus, number] =>
  (CASE_STATUSES as readonly string[]).includes(entry[0]);

/** The last run fell short: what past its time is still stored (one line each), and what to do. */
function PurgeFailureNotice({ failure }: { failure: PurgeFailure }) {
  const t = useT();
  const date = formatTime(failure.at);
  const named = [
    failure.cases !== null && failure.cases > 0 ? t('data.purge-incomplete', { date, count: failure.cases }) : null,
    failure.folders > 0 ? t('data.purge-folders-left', { date, count: failure.folders }) : null,
    failure.snapshots > 0 ? t('data.purge-snapshots-left', { date, count: failure.snapshots }) : null,
    failure.walPending ? t('data.purge-wal-pending', { date }) : null,
  ].filter((line): line is string => line !== null);
  // A run that stopped, or fell short of nothing it can name, still says it did not complete.
  const lines = failure.cases === null || named.length === 0 ? [t('data.purge-stopped', { date }), ...named] : named;
  return (
    <div className="banner banner-error" role="alert" data-testid="purge-failure">
      {lines.map((line) => <p key={line}>{line}</p>)}
    </div>
  );
}

export function RetentionPanel() {
  const t = useT();
  const statusName = useStatusLabel();
  const { value: preview, refresh, busy, run } = usePanelReading(readPurgePreview);
  const operator = useSettingsOperator();
  const [notice, setNotice] = useState<string | null>(null);
  const purge = async () => {
    const r = await run(() => unwrap(deskApi().purgeNow({ operator })));
    setNotice(r ? t('data.purge-done', { count: r.purged, folders: r.folders }) : null);
    await refresh(); // a run that fell short shows as the last failure
  };
  // After a run that fell short, "erase now" stays available even when no case is due: it retries what was left.
  const nothing = preview !== null && preview.cases === 0 && preview.oldRestoreFolders === 0 && preview.lastFailure === null;
  return (
    <section className="panel" aria-labelledby="retention-title">
      <h2 id="retention-title">{t('data.retention-title')}</h2>
      <p className="hint">{t('data.retention-policy')}</p>
      {preview?.lastFailure && <PurgeFailureNotice failure={preview.lastFailure} />}
      {preview && (
        <div data-testid="purge-preview">
          <p>{preview.cases === 0 ? t('data.retention-none') : t('data.retention-next', { count: preview.cases })}</p>
          {preview.cases > 0 && (
            <ul>
              {Object.entries(preview.byStatus).filter(isCaseStatusCount).map(([status, count]) => (
                <li key={status}>{t('data.retention-status', { status: statusName(status), count })}</li>
              ))}
            </ul>
          )}
          {preview.oldRestoreFolders > 0 && <p>{t('data.retention-folders', { count: preview.oldRestoreFolders })}</p>}
        </div>
      )}
      <button type="button" className="button-secondary" disabled={busy || nothing} onClick={() => void purge()}>{t('data.purge-now')}</button>
      <div role="status" aria-live="polite">{notice && <p className="banner banner-ok">{notice}</p>}</div>
    </section>
  );
}
