// A payload path in words, for a correction notice's block and the desk's page: staff and the desk
// read 連絡先メールアドレス, not applicant.contactEmail. The words are the block's own labels, so
// the notice names a field exactly as the request's block does.
import type { Bilingual } from '../core-api';
import { mailFormLabels } from './mail-form';

const L = mailFormLabels;
const words: Readonly<Record<string, Bilingual>> = {
  'applicant.utokyoAccount': { ja: L.utokyoAccount, en: 'UTokyo Account' },
  'applicant.studentNumber': { ja: L.studentNumber, en: 'Student number (before leaving)' },
  'applicant.name': { ja: L.name, en: 'Name' },
  'applicant.nameKana': { ja: L.nameKana, en: 'Name (reading)' },
  'applicant.faculty': { ja: L.faculty, en: 'Faculty / graduate school (before leaving)' },
  'applicant.contactEmail': { ja: L.contactEmail, en: 'Contact e-mail address' },
  'request.services': { ja: L.services, en: 'Services' },
  'request.reason': { ja: L.reason, en: 'Reason' },
  'eligibility.departureDate': { ja: L.departureDate, en: 'Date of leaving' },
  'eligibility.accountExpiry': { ja: L.accountExpiry, en: 'UTokyo Account expiry' },
  'eligibility.deadline': { ja: L.deadline, en: 'Application deadline' },
  'verification.method': { ja: L.method, en: 'Identity check method' },
  'verification.videoReason': { ja: L.videoReason, en: 'Why the check was online' },
  'verification.documentType': { ja: L.documentType, en: 'Identity document' },
  'verification.verifiedAt': { ja: L.verifiedAt, en: 'Checked at' },
  'verification.verifier.name': { ja: `${L.verifier}(氏名)`, en: 'Checked by (name)' },
  'verification.verifier.role': { ja: `${L.verifier}(役職)`, en: 'Checked by (role)' },
  'verification.secondChecker': { ja: L.secondChecker, en: 'Second checker' },
  'verification.checklist': { ja: L.checklist, en: 'Checklist' },
};

/** The field in words; a path not in the table is shown as it is (nothing is hidden). */
export function fieldInWords(path: string): Bilingual {
  return words[path] ?? { ja: path, en: path };
}
