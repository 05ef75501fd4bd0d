// The app-wide audit banner: on every screen while the trail has breaks that no staff member has
// acknowledged yet, the background check found the database damaged, or the last retention run
// left personal data past its time (until a later run completes). Acknowledging goes
// through 'audit:acknowledge' under the chosen operator and is itself an audit entry. The status
// is asked for at start and again while the background checks run (and now and then after).
import { useCallback, useEffect, useState } from 'react';
import type { AuditStatus } from '../../src-shared/core-api';
import { deskApi, unwrap } from '../api/desk-api';
import { useT } from '../i18n/use-t';
import { useSession } from '../state/session-store';
import { auditProblemKey } from '../ui/audit-problem-key';
import { useDeskAction } from '../ui/use-desk-action';

const BUSY_POLL_MS = 3_000;
const IDLE_POLL_MS = 60_000;

function stillChecking(s: AuditStatus | null): boolean {
  if (!s) return true;
  return s.fullCheck.state === 'waiting' || s.fullCheck.state === 'running' || s.integrity === 'waiting' || s.integrity === 'checking';
}

function useAuditStatus(): [AuditStatus | null, (s: AuditStatus) => void] {
  const [status, setStatus] = useState<AuditStatus | null>(null);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const poll = async () => {
      let next: AuditStatus | null = null;
      try {
        next = await unwrap(deskApi().getAuditStatus({}));
      } catch {
        // The core is closing or restarting: ask again later.
      }
      if (stopped) return;
      if (next) setStatus(next);
      timer = setTimeout(() => void poll(), stillChecking(next) ? BUSY_POLL_MS : IDLE_POLL_MS);
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, []);
  return [status, setStatus];
}

export function AuditBanner() {
  const t = useT();
  const operator = useSession((s) => s.operator);
  const { busy, run } = useDeskAction();
  const [status, setStatus] = useAuditStatus();
  const acknowledge = useCallback(async () => {
    if (!operator || !status) return;
    // Only what this notice shows: a break recorded since it was read is refused (and then shown).
    const next = await run(() => unwrap(deskApi().acknowledgeAuditBreaks({ operator: operator.name, through: status.lastBreak })));
    const now = next ?? (await unwrap(deskApi().getAuditStatus({})).catch(() => undefined));
    if (now) setStatus(now);
  }, [operator, run, setStatus, status]);
  if (!status) return null;
  const damaged = status.integrity === 'damaged';
  if (status.unacknowledged === 0 && !damaged && !status.purgeFailure) return null;
  return (
    <div className="banner banner-error audit-banner" role="alert" data-testid="audit-banner">
      {damaged && <p>{t('audit.integrity-damaged')}</p>}
      {status.purgeFailure && <p data-testid="purge-incomplete">{t('audit.purge-incomplete')}</p>}
      {status.unacknowledged > 0 && (
        <>
          <p><strong>{t('audit.banner-title')}</strong> {t('audit.banner-count', { count: status.unacknowledged })}</p>
          {status.lastProblem && <p>{t(auditProblemKey(status.lastProblem))} {t('audit.keep-working')}</p>}
          {status.unredacted > 0 && <p>{t('audit.unredacted', { count: status.unredacted })}</p>}
          <p>{operator ? t('audit.acknowledge-hint') : t('audit.choose-operator')}</p>
          {operator && (
            <button type="button" className="button-secondary" disabled={busy} onClick={() => void acknowledge()}>
              {t('audit.acknowledge', { name: operator.name })}
            </button>
          )}
        </>
      )}
    </div>
  );
}
