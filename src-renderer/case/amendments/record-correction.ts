// Sends one correction to the core: the field, its new value (and the confirmation when the field
// asks for one), the reason and who records it. Answers the corrected case.
import type { CaseView } from '../../../src-shared/core-api';
import { deskApi, unwrap } from '../../api/desk-api';
import { amendableField } from './amendable-fields';
import { changeValue, type AmendFormValues } from './amend-form-schema';

export function recordCorrection(id: string, values: AmendFormValues, operator: string): Promise<CaseView> {
  const confirm = amendableField(values.field)?.confirm ? { valueConfirm: values.valueConfirm } : {};
  return unwrap(deskApi().amendCase({ id, field: values.field, value: changeValue(values), ...confirm, reason: values.reason, by: operator }));
}
