// Department, staff, language and retention; delivery (送付先, its own panel); then the signing
// key, backup/restore and the ledger. First run lands here.
import { useEffect, useRef, useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { faculties } from '../../src-shared/domain';
import { deskApi, unwrap } from '../api/desk-api';
import { useDeskAction } from '../ui/use-desk-action';
import { useLocal, useT } from '../i18n/use-t';
import { useSession } from '../state/session-store';
import { settingsFormSchema, toFormValues, toPatch, type SettingsFormValues } from './settings-schema';
import { SettingsFieldError } from '../ui/settings-field-error';
import { DeliveryPanel } from './delivery-panel';
import { KeyPanel } from './key-panel';
import { BackupPanel } from './backup-panel';
import { LedgerPanel } from './ledger-panel';
import { DeskVerifierPanel } from './desk-verifier-panel';
import { FirstRunSetup } from './first-run-setup';
import type { Settings } from '../../src-shared/core-api';
import { KeyRotationPanel } from './key-rotation-panel';
import { RetentionPanel } from './retention-panel';
import { AuditPanel } from './audit-panel';
import { ProfilePanel } from './profile-panel';
import { CounterContactPanel } from './counter-contact-panel';
import { StationPanel } from './station-panel';
import { MachineProfileNotice } from './machine-profile-notice';

export function SettingsScreen() {
  const t = useT();
  const settings = useSession((s) => s.settings);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const [imports, setImports] = useState(0); // an imported profile refills the form (it keeps its first values)
  if (!settings) return <p role="status">{t('app.loading')}</p>;
  return (
    <section className="screen settings-screen" aria-labelledby="settings-title">
      <h1 id="settings-title" ref={heading} tabIndex={-1}>{t('settings.title')}</h1>
      <MachineProfileNotice />
      {settings.staff.length === 0 ? <FirstRun settings={settings} /> : (
        <>
          <SettingsForm key={imports} initial={toFormValues(settings)} />
          <DeliveryPanel key={`delivery-${imports}`} />
          <CounterContactPanel key={`contact-${imports}`} />
          <ProfilePanel onApplied={() => setImports((n) => n + 1)} />
          <StationPanel />
          <KeyPanel />
          <DeskVerifierPanel />
          <KeyRotationPanel />
          <BackupPanel />
          <LedgerPanel />
          <RetentionPanel />
          <AuditPanel />
        </>
      )}
    </section>
  );
}

/** Before any staff exists, Settings is the one guided setup, nothing else. */
function FirstRun({ settings }: { settings: Settings }) {
  const t = useT();
  return (
    <>
      <p className="banner banner-info">{t('settings.first-run')}</p>
      <FirstRunSetup initial={settings} />
    </>
  );
}

function SettingsForm({ initial }: { initial: SettingsFormValues }) {
  const t = useT();
  const local = useLocal();
  const { busy, run } = useDeskAction();
  const [saved, setSaved] = useState(false);
  const { register, control, handleSubmit, watch, setValue, formState: { errors } } = useForm<SettingsFormValues>({
    defaultValues: initial,
    resolver: zodResolver(settingsFormSchema),
  });
  const staff = useFieldArray({ control, name: 'staff' });
  // The header's language switch also changes the saved default: keep this form in step with it.
  const language = useSession((s) => s.language);
  useEffect(() => setValue('language', language), [language, setValue]);

  const save = handleSubmit(async (values) => {
    setSaved(false);
    const session = useSession.getState();
    const patch = toPatch(values);
    const operator = session.operator?.name ?? patch.staff[0]?.name ?? '';
    const updated = await run(() => unwrap(deskApi().updateSettings({ patch, operator })));
    if (!updated) return;
    session.setSettings(updated);
    session.setLanguage(updated.language);
    setSaved(true);
    if (!session.operator && updated.staff.length > 0) session.navigate({ name: 'start' });
  });

  const described = (id: string, error: unknown) => (error ? `${id}-error` : undefined);

  return (
    <form className="settings-form" noValidate onSubmit={(e) => void save(e)}>
      <fieldset className="field-group">
        <legend>{t('settings.general')}</legend>
        <div className="field">
          <label htmlFor="s-department">{t('settings.department')}</label>
          <select id="s-department" aria-invalid={errors.departmentCode ? true : undefined} aria-describedby={described('s-department', errors.departmentCode)} {...register('departmentCode')}>
            <option value="">{t('applicant.faculty-choose')}</option>
            {faculties.map((f) => <option key={f.code} value={f.code}>{local(f)}</option>)}
          </select>
          <SettingsFieldError id="s-department-error" message={errors.departmentCode?.message} />
        </div>
        <fieldset className="field-group staff-editor">
          <legend>{t('settings.staff')}</legend>
          {staff.fields.length === 0 && <p className="hint">{t('settings.staff-empty')}</p>}
          <ul className="staff-list">
            {staff.fields.map((field, i) => (
              <li key={field.id} className="field-row staff-row">
                <div className="field">
                  <label htmlFor={`s-staff-${i}-name`}>{t('settings.staff-name')}</label>
                  <input id={`s-staff-${i}-name`} autoComplete="off" aria-invalid={errors.staff?.[i]?.name ? true : undefined}
                    aria-describedby={described(`s-staff-${i}-name`, errors.staff?.[i]?.name)} {...register(`staff.${i}.name`)} />
                  <SettingsFieldError id={`s-staff-${i}-name-error`} message={errors.staff?.[i]?.name?.message} />
                </div>
                <div className="field">
                  <label htmlFor={`s-staff-${i}-role`}>{t('settings.staff-role')}</label>
                  <input id={`s-staff-${i}-role`} autoComplete="off" {...register(`staff.${i}.role`)} />
                </div>
                <button type="button" className="button-secondary staff-remove" onClick={() => staff.remove(i)}>
                  {t('common.remove')}<span className="visually-hidden"> {watch(`staff.${i}.name`)}</span>
                </button>
              </li>
            ))}
          </ul>
          <button type="button" className="button-secondary" onClick={() => staff.append({ name: '', role: '' }, { shouldFocus: true })}>{t('settings.staff-add')}</button>
        </fieldset>
      </fieldset>
      <fieldset className="field-group">
        <legend>{t('settings.language')}</legend>
        <div className="choice"><input type="radio" id="s-lang-ja" value="ja" {...register('language')} /><label htmlFor="s-lang-ja" lang="ja">日本語</label></div>
        <div className="choice"><input type="radio" id="s-lang-en" value="en" {...register('language')} /><label htmlFor="s-lang-en" lang="en">English</label></div>
      </fieldset>
      <div className="field field-narrow">
        <label htmlFor="s-retention">{t('settings.retention')}</label>
        <input id="s-retention" inputMode="numeric" autoComplete="off" aria-describedby={`s-retention-hint${errors.retentionDays ? ' s-retention-error' : ''}`}
          aria-invalid={errors.retentionDays ? true : undefined} {...register('retentionDays')} />
        <p className="hint" id="s-retention-hint">{t('settings.retention-hint')}</p>
        <SettingsFieldError id="s-retention-error" message={errors.retentionDays?.message} />
      </div>
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={busy} data-testid="save-settings">{t('common.save')}</button>
        <span role="status" aria-live="polite">{saved && <span className="banner-ok-inline">{t('settings.saved')}</span>}</span>
      </div>
    </form>
  );
}
