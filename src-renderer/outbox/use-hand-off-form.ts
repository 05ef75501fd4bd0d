// What both hand-off forms (送付済みにする, 取り消す) do around their one field: the field has the
// focus when the form opens, the core call runs as the operator at the counter with a failure shown
// in the error banner, and on success the result is announced and the form closes.
import { useEffect } from 'react';
import { useForm, type FieldValues, type Path, type UseFormProps, type UseFormRegisterReturn } from 'react-hook-form';
import type { OutboxItem, StaffMember } from '../../src-shared/core-api';
import type { UiKey } from '../../src-shared/messages/ui';
import { useDeskAction } from '../ui/use-desk-action';
import { useT } from '../i18n/use-t';
import { useSession } from '../state/session-store';
import type { Announce } from './use-mail-form';

export interface HandOffFormProps {
  readonly item: OutboxItem;
  readonly announce: Announce;
  readonly onClose: () => void;
}

/** One hand-off form: its values, the field it opens on, the core call and what it announces. */
export interface HandOffFormSpec<V extends FieldValues> {
  readonly form: UseFormProps<V>;
  readonly field: Path<V>;
  readonly call: (values: V, operator: string) => Promise<unknown>;
  readonly done: UiKey;
}

export interface HandOffForm {
  readonly operator: StaffMember | null;
  readonly busy: boolean;
  readonly submit: () => Promise<void>;
  readonly input: UseFormRegisterReturn;
  readonly error: string | undefined;
}

export function useHandOffForm<V extends FieldValues>({ item, announce, onClose }: HandOffFormProps, spec: HandOffFormSpec<V>): HandOffForm {
  const t = useT();
  const operator = useSession((s) => s.operator);
  const { busy, run } = useDeskAction();
  const { register, handleSubmit, setFocus, getFieldState, formState } = useForm<V>(spec.form);
  useEffect(() => setFocus(spec.field), [setFocus, spec.field]);
  const submit = handleSubmit(async (values) => {
    if (!operator) return;
    const done = await run(() => spec.call(values, operator.name));
    if (!done) return;
    announce(t(spec.done, { number: item.caseNumber }));
    onClose();
  });
  return { operator, busy, submit, input: register(spec.field), error: getFieldState(spec.field, formState).error?.message };
}
