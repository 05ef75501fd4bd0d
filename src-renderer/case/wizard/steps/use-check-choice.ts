// The method and the ID document as currently chosen in the form: step 2 shows the matching
// fields, step 3 the checklist that fits them (the review and the record use the same list).
import { useFormContext } from 'react-hook-form';
import type { CaseFormValues } from '../case-form';

export function useCheckChoice() {
  const { watch } = useFormContext<CaseFormValues>();
  return { method: watch('verification.method'), documentType: watch('verification.documentType') };
}
