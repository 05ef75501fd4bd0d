// Settings → 「デスク用の検証ページを保存」: the verifier page that ships with this version of the
// app, saved through the shell's save dialog, with its SHA-256 so the desk can compare it with
// the published one. No developer command is needed anywhere.
import { useEffect, useState } from 'react';
import { deskApi, unwrap } from '../api/desk-api';
import { useT } from '../i18n/use-t';
import { useSaveAction } from './use-save-action';

export function DeskVerifierPanel() {
  const t = useT();
  const { busy, run, notice, start } = useSaveAction((operator) => deskApi().saveDeskVerifier({ operator }), 'verifier-page.saved');
  const [page, setPage] = useState<{ available: boolean; sha256: string | null } | null>(null);
  useEffect(() => {
    void run(() => unwrap(deskApi().getDeskVerifier({}))).then((p) => { if (p) setPage(p); });
  }, [run]);
  return (
    <section className="panel" aria-labelledby="verifier-page-title">
      <h2 id="verifier-page-title">{t('verifier-page.title')}</h2>
      <p className="hint">{t('verifier-page.lead')}</p>
      <dl>
        <div><dt>{t('verifier-page.sha256')}</dt><dd className="mono" data-testid="verifier-sha256">{page?.sha256 ?? (page ? t('verifier-page.missing') : '…')}</dd></div>
      </dl>
      <button type="button" className="button-secondary" disabled={busy || page?.available === false} onClick={() => void start()} data-testid="save-verifier-page">
        {t('verifier-page.save')}
      </button>
      <div role="status" aria-live="polite" data-testid="verifier-page-status">{notice && <p className="banner banner-ok">{notice}</p>}</div>
    </section>
  );
}
