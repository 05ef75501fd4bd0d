// The ledger (台帳) of numbered cases for the office: no name, account, e-mail or reason, only
// what an office register needs. A case closed as not verified is listed with its status and the
// time it was closed (in the 確定日時 column: the moment it was fixed), never its reason. Written as one private file (0o600).
import type Database from 'better-sqlite3-multiple-ciphers';
import type { DeliveryChannel } from '../../../src-shared/core-api';
import { expiryOverrideOf, expiryOverrideSourceLabels, facultyByCode, serviceById, tokyoMinute, type CaseDraft, type CaseStatus, type ServiceId } from '../../../src-shared/domain';
import { makeIssue } from '../../../src-shared/domain';
import { applyAmendment, toAmendment, type AmendmentRow } from '../cases/case-rows';
import { CASE_STATUS, CASES_WITH_REQUEST } from '../cases/case-sql';
import { validationError } from '../cases/validation-error';
import type { AuditEvent } from '../context';
import { savePrivateFile } from '../store/save-private';
import { STATE_WORDS, statusLabel } from '../../../src-shared/messages/status-labels';
import { toCsv } from './csv';

export const LEDGER_HEADERS = [
  '案件番号', '受付部局', '状態', '確定日時', '送付日時(自動送信)', '受付ID(送信先)', '学部・研究科等', '救出サービス', '訂正件数', '失効日の上書き',
  // How the request left, and the mail form's hand-off (the desk's numbers have their own names)
  '送付方法', '送付日時(メールフォーム)', STATE_WORDS.autoReplyNumber.ja,
] as const;
const CHANNEL_JA: Record<DeliveryChannel, string> = { 'mail-form': 'メールフォーム', endpoint: '送信先URL' };

const SERVICE_SHORT: Record<ServiceId, string> = { 'eccs-mail': 'ECCSクラウドメール', onedrive: 'OneDrive' };

interface LedgerRow {
  id: string;
  case_number: string;
  department_name: string | null;
  status: CaseStatus;
  input: string;
  finalized_at: string | null;
  delivered_at: string | null;
  receipt_id: string | null;
  channel: DeliveryChannel | null;
  handed_over_at: string | null;
  hand_off_reference: string | null;
  amendments: number;
}

export interface LedgerDeps {
  readonly db: Database.Database;
  readonly audit: (event: AuditEvent) => void;
}

const jst = (iso: string | null): string => (iso ? tokyoMinute(new Date(iso)) : '');

/** An overridden expiry: both dates and the source (the reason is free text and stays out). */
function overrideCell(input: CaseDraft): string {
  const o = expiryOverrideOf(input.eligibility);
  return o ? `${o.override}(自動計算 ${o.computed}、根拠: ${expiryOverrideSourceLabels[o.source].ja})` : '';
}

export function ledgerRows(db: Database.Database): string[][] {
  const rows = db.prepare<[], LedgerRow>(
    `SELECT c.id, c.case_number, c.department_name, ${CASE_STATUS} AS status, c.input, COALESCE(c.finalized_at, c.closed_at) AS finalized_at, o.delivered_at,
       o.receipt_id, o.channel, o.handed_over_at, o.hand_off_reference,
       (SELECT count(*) FROM amendments a WHERE a.case_id = c.id) AS amendments
     FROM ${CASES_WITH_REQUEST}
     WHERE c.case_number IS NOT NULL ORDER BY c.department_code, c.case_year, c.case_seq`,
  ).all();
  const amendments = db.prepare<[string], AmendmentRow>('SELECT * FROM amendments WHERE case_id = ? ORDER BY seq');
  return rows.map((r) => {
    // The register shows the corrected values (faculty, services) when a case was amended.
    const stored = JSON.parse(r.input) as CaseDraft;
    const input = r.amendments === 0 ? stored : amendments.all(r.id).map(toAmendment).reduce(applyAmendment, stored);
    const faculty = facultyByCode(input.applicant?.facultyCode ?? '');
    return [
      r.case_number,
      r.department_name ?? '', // the department the case was finalized under (migration 0007)
      statusLabel(r.status, 'ja'),
      jst(r.finalized_at),
      jst(r.delivered_at),
      r.receipt_id ?? '',
      faculty?.ja ?? '',
      (input.request?.services ?? []).map((s) => SERVICE_SHORT[s] ?? serviceById(s).name.ja).join('・'),
      String(r.amendments),
      overrideCell(input),
      r.channel ? CHANNEL_JA[r.channel] : '',
      jst(r.handed_over_at),
      r.hand_off_reference ?? '',
    ];
  });
}

export function exportLedger(deps: LedgerDeps, target: string, operator: string): void {
  if (typeof target !== 'string' || target === '') throw validationError([makeIssue('path', 'input.invalid')]);
  const rows = ledgerRows(deps.db);
  savePrivateFile(target, toCsv([[...LEDGER_HEADERS], ...rows]), {
    ja: '台帳を書き出せませんでした。保存先のフォルダーを確認してください。',
    en: 'The ledger could not be written. Check the destination folder.',
  });
  deps.audit({ action: 'export', operator, details: { kind: 'ledger', rows: rows.length } });
}
