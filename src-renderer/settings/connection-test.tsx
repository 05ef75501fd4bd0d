// "Test connection": says what happened in plain language (reached, HTTP status, or why not).
import { useState } from 'react';
import type { ConnectionTestResult } from '../../src-shared/core-api';
import { deskApi, unwrap } from '../api/desk-api';
import { useDeskAction } from '../ui/use-desk-action';
import { useLocal, useT } from '../i18n/use-t';

export function ConnectionTest({ url }: { url: string }) {
  const t = useT();
  const local = useLocal();
  const { busy, run } = useDeskAction();
  const [result, setResult] = useState<ConnectionTestResult | null>(null);
  const test = async () => {
    setResult(null);
    const r = await run(() => unwrap(deskApi().testConnection({ url: url.trim() })));
    if (r) setResult(r);
  };
  return (
    <div className="connection-test">
      <button type="button" className="button-secondary" disabled={busy || url.trim() === ''} onClick={() => void test()}>{t('settings.test')}</button>
      <div role="status" aria-live="polite">
        {result && (
          <p className={result.ok ? 'banner banner-ok' : 'banner banner-error'} data-testid="connection-result">
            {local(result.message)}{result.status !== null ? ` (HTTP ${result.status})` : ''}
          </p>
        )}
      </div>
    </div>
  );
}
