// Department, staff, language and retention; delivery (送付先, its own panel); then the signing
// key, backup/restore and the ledger. First run lands here.
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { deskApi, unwrap } from '../api/desk-api';
import { useDeskAction } from '../ui/use-desk-action';
import { useT } from '../i18n/use-t';
import { useSession } from '../state/session-store';
import { settingsFormSchema, toFormValues, toPatch, type SettingsFormValues } from './settings-schema';
import { GeneralFields, LanguageFields, RetentionField } from './settings-form-fields';
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
  const { busy, run } = useDeskAction();
  const [saved, setSaved] = useState(false);
  const form = useForm<SettingsFormValues>({
    defaultValues: initial,
    resolver: zodResolver(settingsFormSchema),
  });
  const { handleSubmit, setValue } = form;
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

  return (
    <form className="settings-form" noValidate onSubmit={(e) => void save(e)}>
      <GeneralFields form={form} />
      <LanguageFields form={form} />
      <RetentionField form={form} />
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={busy} data-testid="save-settings">{t('common.save')}</button>
        <span role="status" aria-live="polite">{saved && <span className="banner-ok-inline">{t('settings.saved')}</span>}</span>
      </div>
    </form>
  );
}
