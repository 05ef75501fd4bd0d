// Settings → 設定を書き出す / 読み込む: export the department's settings to a file, or import one
// (main opens the file and checks it; this panel lists what would change and asks before applying).
// A wrong file changes nothing and each wrong field is listed with what to fix; a destination other
// than the desk's own in it is applied only once staff confirm it by name.
import { useState } from 'react';
import type { Issue } from '../../src-shared/core-api';
import type { ProfileImportPreview } from '../../src-shared/profile/profile-schema';
import { DeskError, deskApi, unwrap } from '../api/desk-api';
import { useDeskAction } from '../ui/use-desk-action';
import { useLocal, useT } from '../i18n/use-t';
import { useSession } from '../state/session-store';
import { profileFieldLabel, profileValueText } from './profile-values';
import { useSettingsOperator } from './settings-operator';
import { ProfileApplyActions } from './profile-apply-actions';

type Preview = Extract<ProfileImportPreview, { opened: true }>;

export function ProfilePanel({ onApplied }: { onApplied: () => void }) {
  const t = useT();
  const { busy, run } = useDeskAction();
  const operator = useSettingsOperator();
  const settings = useSession((s) => s.settings);
  const [notice, setNotice] = useState<string | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [invalid, setInvalid] = useState<readonly Issue[] | null>(null);

  const exportProfile = async () => {
    setNotice(null);
    const r = await run(() => unwrap(deskApi().exportProfile({ operator })));
    if (r) setNotice(r.saved ? t('profile.exported') : t('settings.cancelled'));
  };
  // Field problems are shown here, next to the button, rather than in the app-wide error banner.
  const importProfile = async () => {
    setNotice(null);
    setPreview(null);
    setInvalid(null);
    const r = await run(async () => {
      try {
        return await unwrap(deskApi().importProfile({}));
      } catch (e) {
        if (e instanceof DeskError && e.data.issues.length > 0) {
          setInvalid(e.data.issues);
          return null;
        }
        throw e;
      }
    });
    if (!r) return;
    if (!r.opened) setNotice(t('settings.cancelled'));
    else if (r.changes.length === 0) setNotice(t('profile.no-changes', { file: r.fileName }));
    else setPreview(r);
  };
  const apply = async (chosen: Preview, confirmDestinations: string[]) => {
    const confirm = confirmDestinations.length > 0 ? { confirmDestinations } : {};
    const updated = await run(() => unwrap(deskApi().applyProfile({ profile: chosen.profile, operator, ...confirm })));
    if (!updated) return;
    useSession.getState().setSettings(updated);
    setPreview(null);
    setNotice(t('profile.applied'));
    onApplied();
  };

  return (
    <section className="panel" aria-labelledby="profile-title" data-testid="profile-panel">
      <h2 id="profile-title">{t('profile.title')}</h2>
      <p className="hint">{t('profile.hint')}</p>
      <div className="form-actions">
        <button type="button" className="button-secondary" disabled={busy} onClick={() => void exportProfile()}>{t('profile.export')}</button>
        <button type="button" className="button-secondary" disabled={busy} onClick={() => void importProfile()}>{t('profile.import')}</button>
      </div>
      {preview && (
        <div className="profile-preview" role="group" aria-labelledby="profile-preview-title">
          <p id="profile-preview-title">{t('profile.preview-title', { file: preview.fileName })}</p>
          <table className="profile-changes">
            <thead><tr><th scope="col" /><th scope="col">{t('profile.before')}</th><th scope="col">{t('profile.after')}</th></tr></thead>
            <tbody>
              {preview.changes.map((c) => (
                <tr key={c.field}>
                  <th scope="row">{profileFieldLabel(c.field, t)}</th>
                  <td>{profileValueText(c.field, c.before, t)}</td>
                  <td>{profileValueText(c.field, c.after, t)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {settings && (
            <ProfileApplyActions settings={settings} profile={preview.profile} busy={busy} onApply={(confirm) => void apply(preview, confirm)}
              onCancel={() => { setPreview(null); setNotice(t('settings.cancelled')); }} />
          )}
        </div>
      )}
      {invalid && <ProfileIssues issues={invalid} />}
      <div role="status" aria-live="polite">{notice && <p className="banner banner-ok">{notice}</p>}</div>
    </section>
  );
}

/** Each wrong field of a refused profile, with what to fix. */
function ProfileIssues({ issues }: { issues: readonly Issue[] }) {
  const t = useT();
  const local = useLocal();
  return (
    <div className="banner banner-error" role="alert">
      <p>{t('profile.invalid')}</p>
      <ul>{issues.map((i) => <li key={`${i.path}:${i.code}`}><strong>{profileFieldLabel(i.path, t)}</strong>: {local(i.message)}</li>)}</ul>
    </div>
  );
}
