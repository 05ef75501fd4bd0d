// This PC's station code: inside every case number it issues, so that the PCs of one department
// never give two applicants the same number. Drawn at the first start; IT may set one per PC.
// Kept out of the department profile (every PC imports the same one).
import { useEffect, useState } from 'react';
import { tokyoDate } from '../../src-shared/domain';
import { deskApi, unwrap } from '../api/desk-api';
import { useDeskAction } from '../ui/use-desk-action';
import { useT } from '../i18n/use-t';
import { useSession } from '../state/session-store';
import { settingsOperator } from './settings-operator';

export function StationPanel() {
  const t = useT();
  const { busy, run } = useDeskAction();
  const operator = useSession((s) => s.operator);
  const department = useSession((s) => s.settings?.department.code || 'engineering');
  const [code, setCode] = useState<string | null>(null);
  const [typed, setTyped] = useState('');
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    void run(() => unwrap(deskApi().stationCode({}))).then((c) => {
      if (c !== undefined) {
        setCode(c);
        setTyped(c);
      }
    });
  }, [run]);
  const save = async () => {
    setSaved(false);
    const next = await run(() => unwrap(deskApi().setStationCode({ code: typed, operator: operator?.name ?? settingsOperator(useSession.getState()) })));
    if (next === undefined) return; // the error banner names the field; what was typed stays
    setCode(next);
    setTyped(next);
    setSaved(true);
  };
  const example = `${department}-${tokyoDate(new Date()).slice(0, 4)}-${code ?? '…'}-000001`; // the year as case numbers count it (Tokyo)
  return (
    <section className="panel" aria-labelledby="station-title">
      <h2 id="station-title">{t('settings.station.title')}</h2>
      <p className="mono station-code" data-testid="station-code">{code ?? '…'}</p>
      <p className="hint" id="station-lead">{t('settings.station.lead', { example })}</p>
      <label htmlFor="station-input">{t('settings.station.label')}</label>
      <input id="station-input" value={typed} maxLength={16} autoComplete="off" aria-describedby="station-lead" onChange={(e) => setTyped(e.target.value)} />
      <button type="button" className="button-secondary" disabled={busy || typed.trim() === '' || typed === code} onClick={() => void save()}>{t('settings.station.save')}</button>
      <div role="status" aria-live="polite">{saved && <p className="banner banner-ok">{t('settings.station.saved')}</p>}</div>
    </section>
  );
}
