// The staff rows of the first-run setup: a name (required) and a role for each person who works
// the counter on this PC, with the error beside the name.
import type { UseFieldArrayReturn, UseFormReturn } from 'react-hook-form';
import { useT } from '../i18n/use-t';
import { SettingsFieldError } from '../ui/settings-field-error';
import type { FirstRunValues } from './first-run-schema';

export function SetupStaffRows({ form, rows, coreError }: {
  form: UseFormReturn<FirstRunValues>;
  rows: UseFieldArrayReturn<FirstRunValues, 'staff'>;
  coreError: string | undefined;
}) {
  const t = useT();
  const { register, formState: { errors } } = form;
  return (
    <fieldset className="field-group staff-editor">
      <legend>{t('settings.staff')}</legend>
      <p className="hint">{t('setup.staff-hint')}</p>
      <ul className="staff-list">
        {rows.fields.map((field, i) => {
          const error = errors.staff?.[i]?.name?.message ?? (i === 0 ? coreError : undefined);
          return (
            <li key={field.id} className="field-row staff-row">
              <div className="field">
                <label htmlFor={`s-staff-${i}-name`}>{t('settings.staff-name')}</label>
                <input id={`s-staff-${i}-name`} autoComplete="off" aria-invalid={error ? true : undefined}
                  aria-describedby={error ? `s-staff-${i}-name-error` : undefined} {...register(`staff.${i}.name`)} />
                <SettingsFieldError id={`s-staff-${i}-name-error`} message={error} />
              </div>
              <div className="field">
                <label htmlFor={`s-staff-${i}-role`}>{t('settings.staff-role')}</label>
                <input id={`s-staff-${i}-role`} autoComplete="off" {...register(`staff.${i}.role`)} />
              </div>
              {rows.fields.length > 1 && (
                <button type="button" className="button-secondary staff-remove" onClick={() => rows.remove(i)}>
                  {t('common.remove')}<span className="visually-hidden"> {form.watch(`staff.${i}.name`)}</span>
                </button>
              )}
            </li>
          );
        })}
      </ul>
      <button type="button" className="button-secondary" onClick={() => rows.append({ name: '', role: '' }, { shouldFocus: true })}>{t('settings.staff-add')}</button>
    </fieldset>
  );
}
