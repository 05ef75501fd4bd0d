// renderClosureRecordPdf: the record of a case closed as not verified (本人確認できず), for the
// office file, through the same document, fonts, blocks and footer as the verification record.
// Deterministic like the record: the same view and options always give the same bytes.
import type { Language } from '../../../src-shared/core-api';
import { checklistItemById } from '../../../src-shared/domain';
import { fieldPairRow, fieldRow, paragraph, sectionHeading, STYLE } from './blocks';
import { parseClosureView, type ClosureView } from './closure-view';
import { closureText } from './closure-text';
import type { Flow } from './flow';
import { drawFurniture, versionsLine } from './footer';
import { documentTypeName, facultyName, formatInstant, personName } from './format';
import { titleBlock } from './header';
import { finishPdf, pdfDate, startPdf } from './pdf-document';
import { keepTogether } from './rows';
import { recordText } from './text';

function headRows(flow: Flow, v: ClosureView, lang: Language): void {
  const t = recordText(lang);
  const c = closureText(lang);
  fieldRow(flow, lang, t.meta.caseNumber, v.caseNumber, { font: 'R', size: 11 });
  fieldRow(flow, lang, t.meta.department, v.department.name);
  fieldRow(flow, lang, c.result, c.resultText, { font: 'B', size: 10.5 });
  fieldPairRow(flow, lang, [c.closedAt, formatInstant(v.closedAt, lang)], [c.closedBy, v.closedBy]);
}

function applicantSection(flow: Flow, v: ClosureView, lang: Language): void {
  const f = recordText(lang).fields;
  const c = closureText(lang);
  sectionHeading(flow, 1, c.sections.applicant);
  fieldRow(flow, lang, f['applicant.name'] as string, v.applicant.name);
  fieldPairRow(flow, lang, [f['applicant.utokyoAccount'] as string, v.applicant.utokyoAccount], [f['applicant.studentNumber'] as string, v.applicant.studentNumber]);
  fieldRow(flow, lang, f['applicant.facultyCode'] as string, v.applicant.facultyCode ? facultyName(v.applicant.facultyCode, lang) : '');
  paragraph(flow, c.applicantNote, STYLE.small);
}

function checkSection(flow: Flow, v: ClosureView, lang: Language): void {
  const t = recordText(lang);
  const c = closureText(lang);
  sectionHeading(flow, 2, c.sections.check);
  const doc = v.documentType ? documentTypeName(v.documentType, lang) : '';
  fieldPairRow(flow, lang, [t.fields['verification.method'] as string, v.method ? t.methods[v.method] : ''], [t.fields['verification.documentType'] as string, v.documentTypeOther ? `${doc}: ${v.documentTypeOther}` : doc]);
  fieldRow(flow, lang, t.fields['verification.verifier'] as string, v.verifier.name ? personName(v.verifier, lang) : '');
  if (v.checklist.length === 0) {
    paragraph(flow, c.noChecklist, STYLE.small);
    return;
  }
  for (const entry of v.checklist) {
    const item = checklistItemById(entry.id);
    fieldRow(flow, lang, entry.ok ? t.ok : c.notChecked, item ? item[lang] : entry.id, { ...STYLE.value, size: 9.5 });
  }
}

function reasonSection(flow: Flow, v: ClosureView, lang: Language): void {
  sectionHeading(flow, 3, closureText(lang).sections.reason);
  paragraph(flow, v.reason, STYLE.value);
}

function signatureLine(flow: Flow, lang: Language): void {
  const t = recordText(lang);
  sectionHeading(flow, 4, closureText(lang).sections.signature);
  fieldPairRow(flow, lang, [t.signature.sign, ' \n '], [t.signature.date, t.signature.dateBlank || ' ']);
}

export interface ClosureRenderOptions {
  readonly language: Language;
  /** CreationDate: the closure time (RFC 3339). */
  readonly createdAt: string;
}

export async function renderClosureRecordPdf(input: ClosureView, options: ClosureRenderOptions): Promise<Uint8Array> {
  const view = parseClosureView(input); // refuses a My Number even if everything upstream failed
  const lang = options.language;
  const c = closureText(lang);
  const draft = startPdf({
    language: lang,
    title: c.title,
    subject: c.footer,
    keywords: 'salvage-desk closure-record',
    createdAt: pdfDate(options.createdAt),
    modifiedAt: pdfDate(options.createdAt),
  });
  const { flow } = draft;
  titleBlock(flow, c.title, lang === 'ja' ? 15 : 13);
  headRows(flow, view, lang);
  const sections: ((f: Flow, v: ClosureView, l: Language) => void)[] = [applicantSection, checkSection, reasonSection, (f, _v, l) => signatureLine(f, l)];
  for (const section of sections) keepTogether(flow, () => section(flow, view, lang));
  const caseLabel = `${recordText(lang).meta.caseNumber} ${view.caseNumber}`;
  return finishPdf(draft, (page, pages) => drawFurniture(flow, page, {
    runningHead: { title: c.title, right: caseLabel },
    left: c.footer,
    right: `${caseLabel}\u3000${recordText(lang).footer.page(page, pages)}`,
    fineRight: versionsLine(view.appVersion, view.rulesVersion),
  }));
}
