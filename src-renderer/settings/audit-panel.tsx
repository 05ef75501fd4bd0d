// Settings → 監査記録: what the full check that runs in the background after every open found (or
// how far it has got), and "監査記録を検証" to run it now (core.verifyAudit). A break is shown
// plainly and never blocks work; the core has already recorded it in the trail.
import { useCallback, useState } from 'react';
import type { AuditStatus, AuditVerification } from '../../src-shared/core-api';
import { assertNever } from '../../src-shared/assert-never';
import { deskApi, unwrap } from '../api/desk-api';
import { auditProblemKey } from '../ui/audit-problem-key';
import { formatTime } from '../ui/format-time';
import { useT, type Translate } from '../i18n/use-t';
import { usePanelReading } from './use-panel-reading';

const readAuditStatus = (): Promise<AuditStatus> => unwrap(deskApi().getAuditStatus({}));

function problemText(t: Translate, v: AuditVerification): string | null {
  switch (v.problem) {
    case null:
      return null;
    case 'truncated':
      return t('data.audit-truncated', { anchored: v.anchoredSeq ?? 0 });
    case 'rewritten':
      return t('data.audit-rewritten', { seq: v.firstBroken ?? v.anchoredSeq ?? 1 });
    case 'replaced':
      return t('data.audit-replaced');
    case 'anchor-missing':
    case 'anchor-garbled':
    case 'anchor-older':
    case 'checkpoint-damaged':
    case 'restore-unverified':
    case 'format-missing':
    case 'legacy-unverified':
    case 'check-failed':
    case 'schema-changed':
      return `${t(auditProblemKey(v.problem))} ${t('audit.keep-working')}`;
    default:
      return assertNever(v.problem, 'audit problem');
  }
}

function fullCheckText(t: Translate, s: AuditStatus): string | null {
  const { fullCheck } = s;
  const { last } = fullCheck;
  if (fullCheck.state === 'running') return t('audit.full-check-running', { verified: fullCheck.verified, total: fullCheck.total });
  // A check that stopped is never hidden behind an earlier one that passed.
  if (fullCheck.state === 'failed' && !last?.failed) return t('audit.full-check-failed');
  if (!last) return null;
  const result = last.failed ? t('audit.full-check-unfinished') : last.ok ? t('audit.full-check-ok') : t('audit.full-check-broken');
  return t('audit.full-check-last', { at: formatTime(last.at), entries: last.entries, result });
}

export function AuditPanel() {
  const t = useT();
  const { value: status, setValue: setStatus, refresh, busy, run } = usePanelReading(readAuditStatus);
  const [result, setResult] = useState<AuditVerification | null>(null);
  const verify = useCallback(async () => {
    // The whole chain takes a while on a long trail: show how far it has got meanwhile.
    const progress = setInterval(() => {
      readAuditStatus().then(setStatus, () => undefined);
    }, 1000);
    try {
      const r = await run(() => unwrap(deskApi().verifyAudit({})));
      if (r) setResult(r);
    } finally {
      clearInterval(progress);
    }
    await refresh();
  }, [run, refresh, setStatus]);
  const problem = result && problemText(t, result);
  const background = status && fullCheckText(t, status);
  return (
    <section className="panel" aria-labelledby="audit-title">
      <h2 id="audit-title">{t('data.audit-title')}</h2>
      {background && <p data-testid="audit-full-check">{background}</p>}
      {status && status.unredacted > 0 && <p className="banner banner-info">{t('audit.unredacted', { count: status.unredacted })}</p>}
      <button type="button" className="button-secondary" disabled={busy} onClick={() => void verify()}>{t('data.audit-verify')}</button>
      <div role="status" aria-live="polite" data-testid="audit-result">
        {result && problem && <p className="banner banner-error">{problem}</p>}
        {result && !problem && result.recordedBreaks === 0 && <p className="banner banner-ok">{t('data.audit-ok', { entries: result.entries })}</p>}
        {result && result.recordedBreaks > 0 && <p className="banner banner-info">{t('data.audit-recorded', { count: result.recordedBreaks })}</p>}
      </div>
    </section>
  );
}
