// The parts of the correction form below the field choice: the corrected value (a select, a text
// area, an input, or a name and role for a person), the confirmation, the reason and the failure
// banner. Each field carries its label, its error (next to it) and what describes it.
import type { ReactNode } from 'react';
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import type { CoreErrorData, Language } from '../../../src-shared/core-api';
import { faculties } from '../../../src-shared/domain';
import { useLocal, type Translate } from '../../i18n/use-t';
import type { AmendableField } from './amendable-fields';
import { amendErrorText, type AmendFormField, type AmendFormValues } from './amend-form-schema';

export const ids: Record<AmendFormField, string> = {
  field: 'amend-field', value: 'amend-value', valueConfirm: 'amend-value-confirm', secondName: 'amend-second-name', secondRole: 'amend-second-role', reason: 'amend-reason',
};

/** What each part needs to render a field: text, registration and the field's error state. */
export interface FieldKit {
  readonly t: Translate;
  readonly register: UseFormRegister<AmendFormValues>;
  describedBy(name: AmendFormField, ...extra: (string | false)[]): string | undefined;
  invalid(name: AmendFormField): true | undefined;
  error(name: AmendFormField): ReactNode;
}

export function fieldKit(t: Translate, register: UseFormRegister<AmendFormValues>, errors: FieldErrors<AmendFormValues>, language: Language): FieldKit {
  return {
    t,
    register,
    describedBy: (name, ...extra) => [...extra, errors[name] && `${ids[name]}-error`].filter(Boolean).join(' ') || undefined,
    invalid: (name) => (errors[name] ? true : undefined),
    error: (name) => {
      const text = amendErrorText(errors[name], language);
      return text && <p className="field-error" id={`${ids[name]}-error`} data-testid={`amend-error-${name}`}>{text}</p>;
    },
  };
}

function PersonFields({ kit }: { kit: FieldKit }) {
  const { t, register } = kit;
  return (
    <div className="field-row">
      <div className="field">
        <label htmlFor={ids.secondName}>{t('method.second-name')}</label>
        <input id={ids.secondName} autoComplete="off" spellCheck={false} aria-invalid={kit.invalid('secondName')}
          aria-describedby={kit.describedBy('secondName', 'amend-current')} {...register('secondName')} />
        {kit.error('secondName')}
      </div>
      <div className="field">
        <label htmlFor={ids.secondRole}>{t('method.second-role')}</label>
        <input id={ids.secondRole} autoComplete="off" spellCheck={false} aria-invalid={kit.invalid('secondRole')}
          aria-describedby={kit.describedBy('secondRole', 'amend-current')} {...register('secondRole')} />
        {kit.error('secondRole')}
      </div>
    </div>
  );
}

function ValueInput({ kit, chosen }: { kit: FieldKit; chosen: AmendableField }) {
  const local = useLocal();
  const common = { id: ids.value, 'aria-invalid': kit.invalid('value'), 'aria-describedby': kit.describedBy('value', 'amend-current'), ...kit.register('value') };
  if (chosen.kind === 'faculty') {
    return (
      <select {...common}>
        <option value="">{kit.t('applicant.faculty-choose')}</option>
        {faculties.map((f) => <option key={f.code} value={f.code}>{local(f)}</option>)}
      </select>
    );
  }
  if (chosen.kind === 'textarea') return <textarea rows={4} {...common} />;
  return (
    <input type={chosen.kind === 'email' ? 'email' : 'text'} inputMode={chosen.kind === 'account' ? 'numeric' : chosen.kind === 'email' ? 'email' : undefined}
      autoComplete="off" spellCheck={false} {...common} />
  );
}

/** The corrected value: a name and role for a person, otherwise one control for the field's kind. */
export function ValueFields({ kit, chosen }: { kit: FieldKit; chosen: AmendableField }) {
  if (chosen.kind === 'person') return <PersonFields kit={kit} />;
  return (
    <div className="field">
      <label htmlFor={ids.value}>{kit.t('amend.value')}</label>
      <ValueInput kit={kit} chosen={chosen} />
      {kit.error('value')}
    </div>
  );
}

export function ConfirmField({ kit }: { kit: FieldKit }) {
  return (
    <div className="field">
      <label htmlFor={ids.valueConfirm}>{kit.t('flow.amend.confirm')}</label>
      <input id={ids.valueConfirm} type="email" inputMode="email" autoComplete="off" spellCheck={false} aria-invalid={kit.invalid('valueConfirm')}
        aria-describedby={kit.describedBy('valueConfirm', 'amend-confirm-hint')} {...kit.register('valueConfirm')} />
      <p className="hint" id="amend-confirm-hint">{kit.t('flow.amend.confirm-hint')}</p>
      {kit.error('valueConfirm')}
    </div>
  );
}

export function ReasonField({ kit }: { kit: FieldKit }) {
  return (
    <div className="field">
      <label htmlFor={ids.reason}>{kit.t('amend.reason')}</label>
      <textarea id={ids.reason} rows={3} aria-invalid={kit.invalid('reason')} aria-describedby={kit.describedBy('reason', 'amend-reason-hint')} {...kit.register('reason')} />
      <p className="hint" id="amend-reason-hint">{kit.t('amend.reason-hint')}</p>
      {kit.error('reason')}
    </div>
  );
}

/** What the core refused that belongs to no field of this form. */
export function AmendFailure({ failure }: { failure: CoreErrorData }) {
  const local = useLocal();
  return (
    <div className="banner banner-error" role="alert" data-testid="amend-failure">
      <p>{local(failure.message)}</p>
      {failure.issues.length > 0 && <ul>{failure.issues.map((i, n) => <li key={`${i.path}-${n}`}>{local(i.message)}</li>)}</ul>}
    </div>
  );
}
