// First start: one guided form — the department, the staff, and how requests leave the counter —
// saved at once, under the first staff member it adds (no placeholder operator reaches the core).
// Each error is shown beside its field and the first one takes focus (scrolled into view); a
// refusal from the core that names a field is shown there too, anything else just above the button.
import { useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { Bilingual, Settings } from '../../src-shared/core-api';
import { faculties } from '../../src-shared/domain';
import { deskApi, DeskError, toErrorData, unwrap } from '../api/desk-api';
import { useLocal, useT } from '../i18n/use-t';
import { useSession } from '../state/session-store';
import { SettingsFieldError } from '../ui/settings-field-error';
import { firstRunDefaults, firstRunPatch, firstRunSchema, type FirstRunValues } from './first-run-schema';
import { SetupStaffRows } from './setup-staff-rows';

/** Where a core issue's path belongs in this form ('form' when it names no field here). */
function fieldOf(path: string): 'departmentCode' | 'staff' | 'endpointUrl' | 'form' {
  if (path.startsWith('department')) return 'departmentCode';
  if (path.startsWith('staff') || path === 'operator') return 'staff';
  if (path === 'endpointUrl') return 'endpointUrl';
  return 'form';
}

export function FirstRunSetup({ initial }: { initial: Settings }) {
  const t = useT();
  const local = useLocal();
  const [busy, setBusy] = useState(false);
  const [core, setCore] = useState<Partial<Record<ReturnType<typeof fieldOf>, Bilingual>>>({});
  const form = useForm<FirstRunValues>({ defaultValues: firstRunDefaults(initial), resolver: zodResolver(firstRunSchema) });
  const { register, handleSubmit, watch, control, formState: { errors } } = form;
  const staff = useFieldArray({ control, name: 'staff' });
  const channel = watch('deliveryChannel');

  const save = handleSubmit(async (values) => {
    const session = useSession.getState();
    const patch = firstRunPatch(values);
    setBusy(true);
    setCore({});
    try {
      const updated = await unwrap(deskApi().updateSettings({ patch, operator: patch.staff[0]?.name ?? '' }));
      session.setSettings(updated);
      session.navigate({ name: 'start' });
    } catch (error) {
      if (!(error instanceof DeskError) || error.data.issues.length === 0) return session.showError(toErrorData(error));
      const found: typeof core = {};
      for (const issue of error.data.issues) found[fieldOf(issue.path)] ??= issue.message;
      setCore(found);
    } finally {
      setBusy(false);
    }
  });
  const coreText = (field: ReturnType<typeof fieldOf>) => (core[field] ? local(core[field]) : undefined);
  const described = (id: string, bad: unknown, hint = false) => [hint ? `${id}-hint` : '', bad ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const deptError = errors.departmentCode?.message ?? coreText('departmentCode');
  const endpointError = errors.endpointUrl?.message ?? coreText('endpointUrl');

  return (
    <form className="settings-form first-run" noValidate onSubmit={(e) => void save(e)} aria-labelledby="setup-title" data-testid="first-run">
      <h2 id="setup-title">{t('setup.title')}</h2>
      <p className="hint">{t('setup.lead')}</p>
      <div className="field">
        <label htmlFor="s-department">{t('settings.department')}</label>
        <select id="s-department" aria-invalid={deptError ? true : undefined} aria-describedby={described('s-department', deptError)} {...register('departmentCode')}>
          <option value="">{t('applicant.faculty-choose')}</option>
          {faculties.map((f) => <option key={f.code} value={f.code}>{local(f)}</option>)}
        </select>
        <SettingsFieldError id="s-department-error" message={deptError} />
      </div>
      <SetupStaffRows form={form} rows={staff} coreError={coreText('staff')} />
      <fieldset className="field-group">
        <legend>{t('delivery.channel')}</legend>
        {(['mail-form', 'endpoint'] as const).map((c) => (
          <div className="choice" key={c}>
            <input type="radio" id={`setup-channel-${c}`} value={c} aria-describedby={`setup-channel-${c}-hint`} {...register('deliveryChannel')} />
            <label htmlFor={`setup-channel-${c}`}>{t(c === 'mail-form' ? 'delivery.channel.mail-form' : 'delivery.channel.endpoint')}</label>
            <p className="hint" id={`setup-channel-${c}-hint`}>{t(c === 'mail-form' ? 'delivery.channel.mail-form-hint' : 'delivery.channel.endpoint-hint')}</p>
          </div>
        ))}
      </fieldset>
      {channel === 'endpoint' && (
        <div className="field">
          <label htmlFor="setup-endpoint">{t('settings.endpoint')}</label>
          <input id="setup-endpoint" type="url" autoComplete="off" spellCheck={false} aria-invalid={endpointError ? true : undefined}
            aria-describedby={described('setup-endpoint', endpointError, true)} {...register('endpointUrl')} />
          <p className="hint" id="setup-endpoint-hint">{t('delivery.endpoint-hint')}</p>
          <SettingsFieldError id="setup-endpoint-error" message={endpointError} />
        </div>
      )}
      {core.form && <p className="banner banner-error" role="alert">{local(core.form)}</p>}
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={busy} data-testid="save-setup">{t('setup.save')}</button>
      </div>
    </form>
  );
}
