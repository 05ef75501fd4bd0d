// list({query}) matches names (kanji or kana, either kana script), UTokyo Accounts, case numbers,
// student numbers and contact e-mails regardless of width, case and spacing, as staff type them on a Japanese IME.
import { normalizeAccount, normalizeEmail, normalizeStudentNumber, type CaseDraft } from '../../../src-shared/domain';

export function foldForSearch(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u30A1-\u30F6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60)) // katakana → hiragana
    .replace(/[\s\u3000]+/g, '');
}

export function searchText(input: CaseDraft, caseNumber: string | null): string {
  const a = input.applicant ?? {};
  return [
    a.name, a.nameKana, a.utokyoAccount ? normalizeAccount(a.utokyoAccount) : undefined, caseNumber,
    a.studentNumber ? normalizeStudentNumber(a.studentNumber) : undefined, a.contactEmail ? normalizeEmail(a.contactEmail) : undefined,
  ]
    .filter((v): v is string => typeof v === 'string' && v !== '')
    .map(foldForSearch)
    .join('\u0001');
}

/** A LIKE pattern for the folded query (`\` escapes the wildcards). */
export function likePattern(query: string): string {
  return `%${foldForSearch(query).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
