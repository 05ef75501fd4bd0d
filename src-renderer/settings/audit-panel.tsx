// Settings → 監査記録: "監査記録を検証" runs core.verifyAudit() (it also runs at every open). A break
// is shown plainly and never blocks work; the core has already recorded it in the trail.
import { useCallback, useEffect, useState } from 'react';
import type { AuditVerification } from '../../src-shared/core-api';
import { assertNever } from '../../src-shared/assert-never';
import { deskApi, unwrap } from '../api/desk-api';
import { useDeskAction } from '../ui/use-desk-action';
import { useT, type Translate } from '../i18n/use-t';

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
    default:
      return assertNever(v.problem, 'audit problem');
  }
}

export function AuditPanel() {
  const t = useT();
  const { busy, run } = useDeskAction();
  const [result, setResult] = useState<AuditVerification | null>(null);
  const verify = useCallback(async () => {
    const r = await run(() => unwrap(deskApi().verifyAudit({})));
    if (r) setResult(r);
  }, [run]);
  useEffect(() => void verify(), [verify]);
  const problem = result && problemText(t, result);
  return (
    <section className="panel" aria-labelledby="audit-title">
      <h2 id="audit-title">{t('data.audit-title')}</h2>
      <button type="button" className="button-secondary" disabled={busy} onClick={() => void verify()}>{t('data.audit-verify')}</button>
      <div role="status" aria-live="polite" data-testid="audit-result">
        {result && problem && <p className="banner banner-error">{problem}</p>}
        {result && !problem && result.recordedBreaks === 0 && <p className="banner banner-ok">{t('data.audit-ok', { entries: result.entries })}</p>}
        {result && result.recordedBreaks > 0 && <p className="banner banner-info">{t('data.audit-recorded', { count: result.recordedBreaks })}</p>}
      </div>
    </section>
  );
}
