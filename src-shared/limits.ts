// Limits that more than one layer checks (the settings form and the core, the backup dialog and
// the core, the correction form, the core and the signed notice), stated once.

/** Days after hand-off, delivery or discard before personal data is erased (SPEC §3 Retention). */
export const RETENTION_DAYS = { min: 30, max: 3650, default: 365 } as const;
/** A backup passphrase: long enough to resist guessing, short enough to type. */
export const PASSPHRASE_LENGTH = { min: 8, max: 1000 } as const;
/** The reason given for a correction (typed by staff, signed in the correction notice). */
export const AMENDMENT_REASON_MAX = 1000;
/** A payload path of an amended member, e.g. "applicant.contactEmail". */
export const AMENDMENT_FIELD_MAX = 200;
