// The parts of the correction form below the field choice: the corrected value (a select, a text
// area, an input, or a name and role for a person), the confirmation, the reason and the failure
// banner. Each field carries its label, its error (next to it) and what describes it.
import type { ReactNode } from 'react';
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import type { CoreErrorData, Language } from '../../../src-shared/core-api';
import { faculties } from '../../../src-shared/domain';
import type { UiKey } from '../../../src-shared/messages/ui';
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
  /** What ties a control to its field: id, registration, invalid state and what describes it. */
  control(name: AmendFormValueField, ...described: string[]): ControlProps;
}

type AmendFormValueField = Exclude<AmendFormField, 'field'>;
type ControlProps = ReturnType<UseFormRegister<AmendFormValues>> & {
  readonly id: string;
  readonly 'aria-invalid': true | undefined;
  readonly 'aria-describedby': string | undefined;
};

export function fieldKit(t: Translate, register: UseFormRegister<AmendFormValues>, errors: FieldErrors<AmendFormValues>, language: Language): FieldKit {
  const describedBy: FieldKit['describedBy'] = (name, ...extra) => [...extra, errors[name] && `${ids[name]}-error`].filter(Boolean).join(' ') || undefined;
  const invalid: FieldKit['invalid'] = (name) => (errors[name] ? true : undefined);
  return {
    t,
    register,
    describedBy,
    invalid,
    error: (name) => {
      const text = amendErrorText(errors[name], language);
      return text && <p className="field-error" id={`${ids[name]}-error`} data-testid={`amend-error-${name}`}>{text}</p>;
    },
    control: (name, ...described) => ({ id: ids[name], 'aria-invalid': invalid(name), 'aria-describedby': describedBy(name, ...described), ...register(name) }),
  };
}

/** One field of the form: its label, its control, an optional hint (`<id>-hint`) and its error. */
function KitField({ kit, name, label, hint, children }: { kit: FieldKit; name: AmendFormValueField; label: UiKey; hint?: UiKey; children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={ids[name]}>{kit.t(label)}</label>
      {children}
      {hint && <p className="hint" id={`${ids[name]}-hint`}>{kit.t(hint)}</p>}
      {kit.error(name)}
    </div>
  );
}

function PersonFields({ kit }: { kit: FieldKit }) {
  return (
    <div className="field-row">
      <KitField kit={kit} name="secondName" label="method.second-name">
        <input autoComplete="off" spellCheck={false} {...kit.control('secondName', 'amend-current')} />
      </KitField>
      <KitField kit={kit} name="secondRole" label="method.second-role">
        <input autoComplete="off" spellCheck={false} {...kit.control('secondRole', 'amend-current')} />
      </KitField>
    </div>
  );
}

function ValueInput({ kit, chosen }: { kit: FieldKit; chosen: AmendableField }) {
  const local = useLocal();
  const common = kit.control('value', 'amend-current');
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
  return <KitField kit={kit} name="value" label="amend.value"><ValueInput kit={kit} chosen={chosen} /></KitField>;
}

export function ConfirmField({ kit }: { kit: FieldKit }) {
  return (
    <KitField kit={kit} name="valueConfirm" label="flow.amend.confirm" hint="flow.amend.confirm-hint">
      <input type="email" inputMode="email" autoComplete="off" spellCheck={false} {...kit.control('valueConfirm', `${ids.valueConfirm}-hint`)} />
    </KitField>
  );
}

export function ReasonField({ kit }: { kit: FieldKit }) {
  return (
    <KitField kit={kit} name="reason" label="amend.reason" hint="amend.reason-hint">
      <textarea rows={3} {...kit.control('reason', `${ids.reason}-hint`)} />
    </KitField>
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
