// What the applicant's notice shows: a projection of the validated RecordView with only what the
// former student needs. The renderer never sees the rest of the case (reason, checklist, staff
// notes, verifier, signed code), so nothing internal can reach the paper by a later edit of the
// layout; the record's schema has already refused any My Number.
import type { CounterContact, DeskLinks, Settings } from '../../../src-shared/core-api';
import { EMPTY_COUNTER_CONTACT, printableDeskLinks } from '../../../src-shared/counter-contact';
import type { IsoDate, ServiceId } from '../../../src-shared/domain';
import { tokyoDate } from '../../../src-shared/domain';
import type { RecordView } from './record-view';

export interface NoticeView {
  readonly caseNumber: string;
  readonly department: { readonly code: string; readonly name: string };
  /** The Tokyo date of the identity check (the case's finalize time). */
  readonly checkedOn: IsoDate;
  readonly services: readonly ServiceId[];
  readonly accountExpiry: IsoDate;
  readonly deadline: IsoDate;
  /** The address the desk will write to: printed so the applicant can spot a typo in time. */
  readonly contactEmail: string;
  /** How to reach the counter and the desk's pages: today's settings (a new phone number prints at once). */
  readonly counter: CounterContact;
  readonly links: DeskLinks;
  readonly appVersion?: string;
  readonly rulesVersion?: string;
}

export function noticeViewOf(record: RecordView, settings?: Pick<Settings, 'counterContact' | 'deskLinks'>): NoticeView {
  return {
    caseNumber: record.caseNumber,
    department: { code: record.department.code, name: record.department.name },
    checkedOn: tokyoDate(new Date(record.verification.verifiedAt)),
    services: [...record.request.services],
    accountExpiry: record.eligibility.accountExpiry,
    deadline: record.eligibility.deadline,
    contactEmail: record.applicant.contactEmail,
    counter: settings?.counterContact ?? EMPTY_COUNTER_CONTACT,
    // Only the desk's own site, whatever the stored settings say (an older version accepted any https page).
    links: printableDeskLinks(settings?.deskLinks),
    appVersion: record.appVersion,
    rulesVersion: record.rulesVersion,
  };
}
