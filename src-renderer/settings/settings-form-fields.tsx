// The field groups of the general settings form (department and staff, language, retention).
// Each takes the form's shared react-hook-form handle so the parent keeps one form state.
import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import { faculties } from '../../src-shared/domain';
import { useLocal, useT } from '../i18n/use-t';
import { SettingsFieldError } from '../ui/settings-field-error';
import type { SettingsFormValues } from './settings-schema';

export type SettingsFormHandle = UseFormReturn<SettingsFormValues>;

/** aria-describedby for a field: points at its error message only while there is one. */
const described = (id: string, error: unknown) => (error ? `${id}-error` : undefined);

export function GeneralFields({ form }: { form: SettingsFormHandle }) {
  const t = useT();
  const local = useLocal();
  const { register, formState: { errors } } = form;
  return (
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
      <StaffEditor form={form} />
    </fieldset>
  );
}

function StaffEditor({ form }: { form: SettingsFormHandle }) {
  const t = useT();
  const staff = useFieldArray({ control: form.control, name: 'staff' });
  return (
    <fieldset className="field-group staff-editor">
      <legend>{t('settings.staff')}</legend>
      {staff.fields.length === 0 && <p className="hint">{t('settings.staff-empty')}</p>}
      <ul className="staff-list">
        {staff.fields.map((field, i) => (
          <StaffRow key={field.id} form={form} index={i} onRemove={() => staff.remove(i)} />
        ))}
      </ul>
      <button type="button" className="button-secondary" onClick={() => staff.append({ name: '', role: '' }, { shouldFocus: true })}>{t('settings.staff-add')}</button>
    </fieldset>
  );
}

function StaffRow({ form, index: i, onRemove }: { form: SettingsFormHandle; index: number; onRemove: () => void }) {
  const t = useT();
  const { register, watch, formState: { errors } } = form;
  return (
    <li className="field-row staff-row">
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
      <button type="button" className="button-secondary staff-remove" onClick={onRemove}>
        {t('common.remove')}<span className="visually-hidden"> {watch(`staff.${i}.name`)}</span>
      </button>
    </li>
  );
}

export function LanguageFields({ form }: { form: SettingsFormHandle }) {
  const t = useT();
  const { register } = form;
  return (
    <fieldset className="field-group">
      <legend>{t('settings.language')}</legend>
      <div className="choice"><input type="radio" id="s-lang-ja" value="ja" {...register('language')} /><label htmlFor="s-lang-ja" lang="ja">日本語</label></div>
      <div className="choice"><input type="radio" id="s-lang-en" value="en" {...register('language')} /><label htmlFor="s-lang-en" lang="en">English</label></div>
    </fieldset>
  );
}

export function RetentionField({ form }: { form: SettingsFormHandle }) {
  const t = useT();
  const { register, formState: { errors } } = form;
  return (
    <div className="field field-narrow">
      <label htmlFor="s-retention">{t('settings.retention')}</label>
      <input id="s-retention" inputMode="numeric" autoComplete="off" aria-describedby={`s-retention-hint${errors.retentionDays ? ' s-retention-error' : ''}`}
        aria-invalid={errors.retentionDays ? true : undefined} {...register('retentionDays')} />
      <p className="hint" id="s-retention-hint">{t('settings.retention-hint')}</p>
      <SettingsFieldError id="s-retention-error" message={errors.retentionDays?.message} />
    </div>
  );
}
