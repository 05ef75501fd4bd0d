// The record benchmark's HTML twin of the standard record: the same words (from the record's own
// text and format modules) and sections, with the same BIZ UDPGothic fonts served from ORIGIN, for
// Chromium's page.pdf() to print.
import QRCode from 'qrcode';
import { checklistItemById, serviceById } from '../../../src-shared/domain';
import { documentTypeName, facultyName, formatDate, formatInstant, onlineReasonName, serviceName } from '../../../src-main/core/records/format';
import { qrPayload } from '../../../src-main/core/records/qr';
import type { RecordView } from '../../../src-main/core/records/record-view';
import { recordText } from '../../../src-main/core/records/text';

export const ORIGIN = 'https://record.invalid';

const esc = (s: string): string => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The same record as HTML: same words (from the record's own text and format modules), same sections. */
export async function recordHtml(v: RecordView): Promise<string> {
  const lang = 'ja' as const;
  const t = recordText(lang);
  const f = t.fields;
  const row = (label: string | undefined, value: string) => `<tr><th>${esc(label ?? '')}</th><td>${value}</td></tr>`;
  const section = (n: number, title: string, rows: string) => `<h2>${n}. ${esc(title)}</h2><table>${rows}</table>`;
  const qr = await QRCode.toString(qrPayload(v.submissionId, v.sha256), { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
  const services = v.request.services.map((id) => `<b>■ ${esc(serviceName(id, lang))}</b><ul>${serviceById(id).scope.map((s) => `<li>${esc(s[lang])}</li>`).join('')}</ul>`).join('');
  const checklist = v.verification.checklist.map((c) => `<tr><td class="mark">${c.ok ? t.ok : t.notOk}</td><td>${esc(checklistItemById(c.id)?.[lang] ?? c.id)}</td></tr>`).join('');
  const sig = (title: string, statement: string) => `<div class="sig"><div class="sh">${esc(title)}</div><p>${esc(statement)}</p><p>${esc(t.signature.sign)} ____________________</p><p>${esc(t.signature.date)} ______ ${esc(t.signature.dateBlank)}</p></div>`;
  return `<!doctype html><html lang="ja"><head><meta charset="utf-8"><style>
@font-face { font-family: UD; src: url(${ORIGIN}/fonts/R.ttf); font-weight: 400; }
@font-face { font-family: UD; src: url(${ORIGIN}/fonts/B.ttf); font-weight: 700; }
@page { size: A4; margin: 18mm 20mm 27mm; @bottom-left { content: "${esc(t.footer.payload)}: ${v.sha256.slice(0, 16)}…"; font: 7.5pt UD; } @bottom-right { content: "${esc(t.meta.caseNumber)} ${esc(v.caseNumber)} " counter(page) " / " counter(pages) " ページ"; font: 7.5pt UD; } }
body { font: 10pt/1.5 UD; color: #111; } h1 { text-align: center; font-size: 17pt; border-bottom: 3px double #222; }
h2 { font-size: 11.5pt; border-left: 4px solid #222; padding-left: 6pt; break-after: avoid; } table { width: 100%; border-collapse: collapse; }
th, td { border: 0.6pt solid #4d4d4d; padding: 4pt 6pt; text-align: left; vertical-align: middle; } th { background: #eef0f3; font-weight: 400; font-size: 8.5pt; width: 112pt; }
td.mark { width: 32pt; text-align: center; font-weight: 700; } ul { margin: 0; font-size: 7.5pt; color: #555; } .qr { float: right; width: 92pt; } .sig { display: inline-block; width: 48%; border: 0.6pt solid #4d4d4d; margin-right: 1%; }
.sh { background: #eef0f3; text-align: center; font-weight: 700; } .hash { font-size: 5.8pt; color: #555; }
</style></head><body>
<h1>${esc(t.title)}</h1><div class="qr">${qr}</div>
<table style="width: 70%">${row(t.meta.caseNumber, esc(v.caseNumber))}${row(t.meta.department, esc(v.department.name))}${row(t.meta.verifiedAt, esc(formatInstant(v.verification.verifiedAt, lang)))}${row(t.meta.issued, esc(formatDate(v.finalizedAt.slice(0, 10), lang)))}</table>
<p style="font-size: 7.5pt">${esc(t.noNumberNote)}</p>
${section(1, t.sections.applicant, row(f['applicant.name'], `<small>${esc(v.applicant.nameKana ?? '')}</small><br><b>${esc(v.applicant.name)}</b>`) + row(f['applicant.utokyoAccount'], esc(v.applicant.utokyoAccount)) + row(f['applicant.studentNumber'], esc(v.applicant.studentNumber)) + row(f['applicant.facultyCode'], esc(facultyName(v.applicant.facultyCode, lang))) + row(f['applicant.contactEmail'], esc(v.applicant.contactEmail)))}
${section(2, t.sections.eligibility, row(f['eligibility.studentBeforeLeaving'], esc(t.studentYes)) + row(f['eligibility.departureDate'], esc(formatDate(v.eligibility.departureDate, lang))) + row(f['eligibility.accountExpiry'], `${esc(formatDate(v.eligibility.accountExpiry, lang))}<br><small>${esc(t.expiryDefault)}</small>`) + row(f['eligibility.deadline'], esc(formatDate(v.eligibility.deadline, lang))) + row(f['eligibility.daysLeft'], esc(t.days(v.eligibility.daysLeftAtVerification))) + row(f['eligibility.onlineServiceUnavailable'], esc(onlineReasonName(v.eligibility.onlineServiceUnavailable, lang))) + row(f['eligibility.priorUse'], esc(t.priorUseNone)))}
${section(3, t.sections.request, row(f['request.services'], services) + row(f['request.reason'], esc(v.request.reason)))}
${section(4, t.sections.check, row(f['verification.method'], esc(t.methods[v.verification.method])) + row(f['verification.verifiedAt'], esc(formatInstant(v.verification.verifiedAt, lang))) + row(f['verification.documentType'], esc(documentTypeName(v.verification.documentType, lang))))}
<table style="margin-top: 6pt"><tr><th style="width: 32pt">${esc(t.checklistHead.result)}</th><th>${esc(t.checklistHead.item)}</th></tr>${checklist}</table>
${section(5, t.sections.verifier, row(f['verification.verifier'], esc(`${v.verification.verifier.name}(${v.verification.verifier.role})`)) + row(f['verification.secondChecker'], esc(t.none)))}
${section(6, t.sections.amendments, `<tr><td>${esc(t.noAmendments)}</td></tr>`)}
<h2>7. ${esc(t.sections.signatures)}</h2>${sig(t.signature.verifier, '')}${sig(t.signature.applicant, t.signature.applicantStatement)}
<p class="hash">${v.sha256}</p></body></html>`;
}
