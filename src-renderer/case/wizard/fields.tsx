// Labelled form controls bound to the wizard form: each shows its hint, its error (in the user's
// language, next to the field) and any warning, and is wired for screen readers.
import type { ReactNode } from 'react';
import { get, useFormContext, useFormState, type FieldError } from 'react-hook-form';
import { useSession } from '../../state/session-store';
import { useT } from '../../i18n/use-t';
import { errorText } from './case-resolver';
import type { CaseFormValues } from './case-form';
import { useWizard } from './wizard-context';
import { normalizeDateInput } from './date-input';

type Name = string;
const idOf = (name: Name) => `f-${name.replace(/[^A-Za-z0-9]+/g, '-')}`;

function useFieldMessages(name: Name) {
  const language = useSession((s) => s.language);
  const { errors } = useFormState<CaseFormValues>({ name: name as never });
  const { warnings, serverIssues } = useWizard();
  const error = errorText(get(errors, name) as FieldError | undefined, language)
    ?? serverIssues.filter((i) => i.path === name).map((i) => i.message[language])[0] ?? null;
  const warning = warnings.filter((w) => w.path === name).map((w) => w.message[language]);
  return { error, warning };
}

export function FieldMessages({ name, hint }: { name: Name; hint?: ReactNode }) {
  const { error, warning } = useFieldMessages(name);
  const id = idOf(name);
  return (
    <>
      {hint && <p className="hint" id={`${id}-hint`}>{hint}</p>}
      {error && <p className="field-error" id={`${id}-error`} data-testid={`error-${name}`}>{error}</p>}
      {warning.map((w) => <p className="field-warning" key={w} id={`${id}-warning`}>{w}</p>)}
    </>
  );
}

function useDescribed(name: Name, hint: boolean) {
  const { error, warning } = useFieldMessages(name);
  const id = idOf(name);
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`, warning.length > 0 && `${id}-warning`].filter(Boolean).join(' ') || undefined;
  return { id, describedBy, invalid: error ? true : undefined };
}

interface TextProps {
  readonly name: Name;
  readonly label: string;
  readonly hint?: string;
  readonly type?: 'text' | 'email' | 'date';
  readonly optional?: boolean;
  readonly inputMode?: 'numeric' | 'email' | 'text';
  readonly autoComplete?: string;
  readonly className?: string;
  /** Shown folded once the field is left (full-width digits → ASCII…); dates always are. */
  readonly normalize?: (typed: string) => string;
  /** Folded on every keystroke (an e-mail typed full-width shows in ASCII at once), never mid-IME. */
  readonly foldAsTyped?: (typed: string) => string;
  /** Shown under the field (e.g. a date typed in the era calendar, with its Western date). */
  readonly echo?: ReactNode;
}

export function TextField({ name, label, hint, type = 'text', optional, inputMode, autoComplete = 'off', className, normalize, foldAsTyped, echo }: TextProps) {
  const t = useT();
  const { register, getValues, setValue } = useFormContext<CaseFormValues>();
  const { id, describedBy, invalid } = useDescribed(name, Boolean(hint));
  const isDate = type === 'date';
  const fold = isDate ? normalizeDateInput : normalize;
  const registered = register(name as never, {
    // Show the folded value once the field is left (the rules already fold it while typing).
    onBlur: fold ? () => {
      const typed = String(getValues(name as never) ?? '');
      const folded = fold(typed);
      if (folded !== typed) setValue(name as never, folded as never, { shouldValidate: true, shouldDirty: true });
    } : undefined,
    onChange: foldAsTyped ? (e: { target: HTMLInputElement; nativeEvent?: Event }) => {
      if ((e.nativeEvent as InputEvent | undefined)?.isComposing) return; // the IME still owns the text
      const typed = e.target.value;
      const folded = foldAsTyped(typed);
      if (folded !== typed) setValue(name as never, folded as never, { shouldValidate: true, shouldDirty: true });
    } : undefined,
  });
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}{optional && <span className="optional"> {t('common.optional')}</span>}</label>
      <input id={id} type={isDate ? 'text' : type} inputMode={isDate ? 'numeric' : inputMode} autoComplete={autoComplete} spellCheck={false}
        placeholder={isDate ? 'YYYY-MM-DD' : undefined} aria-invalid={invalid} aria-describedby={describedBy} {...registered}
        onCompositionEnd={foldAsTyped ? (e) => {
          const folded = foldAsTyped(e.currentTarget.value);
          if (folded !== e.currentTarget.value) setValue(name as never, folded as never, { shouldValidate: true, shouldDirty: true });
        } : undefined} />
      {echo}
      <FieldMessages name={name} hint={hint} />
    </div>
  );
}

export function TextArea({ name, label, hint, children }: { name: Name; label: string; hint?: string; children?: ReactNode }) {
  const { register } = useFormContext<CaseFormValues>();
  const { id, describedBy, invalid } = useDescribed(name, Boolean(hint));
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} rows={5} aria-invalid={invalid} aria-describedby={describedBy} {...register(name as never)} />
      {children}
      <FieldMessages name={name} hint={hint} />
    </div>
  );
}

export function SelectField({ name, label, options, placeholder }: { name: Name; label: string; options: readonly { value: string; label: string }[]; placeholder: string }) {
  const { register } = useFormContext<CaseFormValues>();
  const { id, describedBy, invalid } = useDescribed(name, false);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} aria-invalid={invalid} aria-describedby={describedBy} {...register(name as never)}>
        <option value="">{placeholder}</option>
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
      <FieldMessages name={name} />
    </div>
  );
}

export function RadioGroup({ name, legend, options, hint }: { name: Name; legend: string; options: readonly { value: string; label: string; note?: string }[]; hint?: string }) {
  const { register } = useFormContext<CaseFormValues>();
  const { id, describedBy, invalid } = useDescribed(name, Boolean(hint));
  return (
    <fieldset className="field choice-group" aria-describedby={describedBy} data-invalid={invalid}>
      <legend>{legend}</legend>
      {options.map((o) => (
        <div className="choice" key={o.value}>
          <input type="radio" id={`${id}-${o.value}`} value={o.value} {...register(name as never)} />
          <label htmlFor={`${id}-${o.value}`}>{o.label}{o.note && <span className="choice-note">{o.note}</span>}</label>
        </div>
      ))}
      <FieldMessages name={name} hint={hint} />
    </fieldset>
  );
}

export function CheckboxField({ name, label, children }: { name: Name; label: string; children?: ReactNode }) {
  const { register } = useFormContext<CaseFormValues>();
  const { id, describedBy, invalid } = useDescribed(name, false);
  return (
    <div className="field check">
      <div className="choice">
        <input type="checkbox" id={id} aria-invalid={invalid} aria-describedby={describedBy} {...register(name as never)} />
        <label htmlFor={id}>{label}</label>
      </div>
      {children}
      <FieldMessages name={name} />
    </div>
  );
}
