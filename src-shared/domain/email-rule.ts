// The one e-mail rule: what the domain accepts at finalize is exactly what the
// signed payload's schema accepts, so a finalized case can always be signed. The UI shows the
// domain's issues, so it follows the same rule.
const EMAIL = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/;
export const EMAIL_MAX = 254;

/** A deliverable-looking address: one @, dot-atom local part without empty labels, a DNS host name. */
export function isEmailAddress(email: string): boolean {
  return email.length <= EMAIL_MAX && EMAIL.test(email) && !email.includes('..') && !email.startsWith('.') && !email.includes('.@');
}
