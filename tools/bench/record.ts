// Verification record benchmark: one A4 record (the standard in-person case, Japanese) rendered by
// the core's pdfkit renderer, against Debian Chromium printing an HTML page with the same content
// and the same BIZ UDPGothic fonts (@font-face, served from memory) via Playwright's page.pdf(),
// in the same run. Goals: time ratio ≤ 0.2, size ratio ≤ 0.5, record ≤ 40 KB. Also the applicant's
// notice (one page, same machinery): its render time and size.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import QRCode from 'qrcode';
import { checklistItemById, serviceById } from '../../src-shared/domain';
import { recordFontData, recordFontPaths } from '../../src-main/core/records/fonts';
import { documentTypeName, facultyName, formatDate, formatInstant, onlineReasonName, serviceName } from '../../src-main/core/records/format';
import { qrPayload } from '../../src-main/core/records/qr';
import type { RecordView } from '../../src-main/core/records/record-view';
import { noticeViewOf } from '../../src-main/core/records/notice-view';
import { renderRecordPdf } from '../../src-main/core/records/render';
import { renderApplicantNoticePdf } from '../../src-main/core/records/render-notice';
import { recordText } from '../../src-main/core/records/text';
import { FINALIZED_AT, finalizedCase, recordViewFixture } from '../fixtures/record-fixtures';
import { chromiumExecutable } from '../browser/chromium-path';

const RUNS = 15;
const ORIGIN = 'https://record.invalid';

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};
const esc = (s: string): string => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The same record as HTML: same words (from the record's own text and format modules), same sections. */
async function recordHtml(v: RecordView): Promise<string> {
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

/** Median time of RUNS renders after one warm-up run (JIT), and the last output. */
async function timed(render: () => Promise<Uint8Array>): Promise<{ median: number; runs: number; pdf: Uint8Array }> {
  const times: number[] = [];
  let pdf: Uint8Array = new Uint8Array();
  for (let i = 0; i <= RUNS; i++) {
    const t0 = performance.now();
    pdf = await render();
    if (i > 0) times.push(performance.now() - t0);
  }
  return { median: median(times), runs: times.length, pdf };
}

export default async function run(): Promise<void> {
  const view = recordViewFixture(finalizedCase({ method: 'in-person' }));
  const options = { language: 'ja' as const, createdAt: FINALIZED_AT };

  let t0 = performance.now();
  recordFontData(); // read + prepare the fonts once per process
  const fontPrep = performance.now() - t0;
  t0 = performance.now();
  await renderRecordPdf(view, options); // first record: also parses the fonts
  const first = performance.now() - t0;
  const english = await renderRecordPdf(view, { ...options, language: 'en' });
  const record = await timed(() => renderRecordPdf(view, options));
  const pdf = record.pdf;
  const notice = await timed(() => renderApplicantNoticePdf(noticeViewOf(view), { createdAt: FINALIZED_AT }));

  const paths = recordFontPaths();
  const fonts = { R: readFileSync(paths.R), B: readFileSync(paths.B) };
  const browser = await chromium.launch({
    executablePath: chromiumExecutable(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const theirs: number[] = [];
  let chromePdf: Buffer = Buffer.alloc(0);
  try {
    const page = await browser.newPage();
    await page.route(`${ORIGIN}/**`, (route) => {
      const url = new URL(route.request().url());
      const font = url.pathname === '/fonts/R.ttf' ? fonts.R : url.pathname === '/fonts/B.ttf' ? fonts.B : null;
      return font ? route.fulfill({ body: font, contentType: 'font/ttf' }) : route.fulfill({ body: '<!doctype html>', contentType: 'text/html' });
    });
    await page.goto(`${ORIGIN}/`);
    const html = await recordHtml(view);
    for (let i = 0; i <= Math.ceil(RUNS / 2); i++) {
      t0 = performance.now();
      await page.setContent(html, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      chromePdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
      if (i > 0) theirs.push(performance.now() - t0);
    }
  } finally {
    await browser.close();
  }

  const [mo, mc] = [record.median, median(theirs)];
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`record (pdfkit, ja, in-person): median ${mo.toFixed(1)} ms over ${record.runs} runs, ${kb(pdf.length)}`);
  console.log(`applicant notice (pdfkit, ja, one page): median ${notice.median.toFixed(1)} ms over ${notice.runs} runs, ${kb(notice.pdf.length)}`);
  console.log(`  once per process: fonts read and prepared ${fontPrep.toFixed(0)} ms, first record ${first.toFixed(0)} ms; the same record in English: ${kb(english.length)}`);
  console.log(`chromium page.pdf(): median ${mc.toFixed(1)} ms over ${theirs.length} runs, ${kb(chromePdf.length)}`);
  console.log(`time ratio ${(mo / mc).toFixed(3)} (goal ≤ 0.2) ${mo / mc <= 0.2 ? 'met' : 'NOT met'}`);
  console.log(`size ratio ${(pdf.length / chromePdf.length).toFixed(3)} (goal ≤ 0.5) ${pdf.length / chromePdf.length <= 0.5 ? 'met' : 'NOT met'}`);
  console.log(`record size ${kb(pdf.length)} (goal ≤ 40 KB) ${pdf.length <= 40 * 1024 ? 'met' : 'NOT met'}`);
}
