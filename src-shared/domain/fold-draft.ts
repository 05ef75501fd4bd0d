// What every draft write stores, whoever sends it (the wizard, the preview, a script): dates typed in
// any usual form (和暦 included) as YYYY-MM-DD, and e-mail addresses in ASCII. A value that is not
// a date yet is kept as typed (nothing typed is lost); the rules say what is wrong with it.
import type { CaseDraft } from './case-schema';
import { dateInputValue } from './date-input';
import { foldEmail } from './normalize';

const orUndefined = <T>(v: T | undefined, f: (x: T) => T): T | undefined => (v === undefined ? undefined : f(v));

export function foldDraft(draft: CaseDraft): CaseDraft {
  const { eligibility: el, applicant: a } = draft;
  const out: CaseDraft = { ...draft };
  if (el) {
    out.eligibility = { ...el };
    if (el.departureDate !== undefined) out.eligibility.departureDate = dateInputValue(el.departureDate);
    if (el.accountExpiryOverride !== undefined) out.eligibility.accountExpiryOverride = orUndefined(el.accountExpiryOverride, dateInputValue);
  }
  if (a) {
    out.applicant = { ...a };
    if (a.contactEmail !== undefined) out.applicant.contactEmail = foldEmail(a.contactEmail);
    if (a.contactEmailConfirm !== undefined) out.applicant.contactEmailConfirm = foldEmail(a.contactEmailConfirm);
  }
  return out;
}
