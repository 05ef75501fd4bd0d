// renderApplicantNoticePdf: the applicant's notice (申請者控え, SPEC §5), one A4 page for the former
// student to take home, through the same document, fonts, blocks and footer as the record.
// Deterministic like the record: the same view and dates always give the same bytes.
import { serviceById } from '../../../src-shared/domain';
import { fieldRow, labelWidth, paragraph, sectionHeading, STYLE, type Value } from './blocks';
import { drawFurniture, versionsLine } from './footer';
import type { Flow } from './flow';
import { formatDate } from './format';
import { titleBlock } from './header';
import { COLOR, PAD } from './layout';
import type { NoticeView } from './notice-view';
import { noticeText as T, type Glossed } from './notice-text';
import { finishPdf, pdfDate, startPdf } from './pdf-document';

export interface NoticeRenderOptions {
  /** CreationDate: the case's finalize time (RFC 3339). */
  readonly createdAt: string;
  /** ModDate: the last amendment's time, if any (an amendment can change what the notice says). */
  readonly modifiedAt?: string;
}

const LANG = 'ja' as const;
const BODY = { font: 'R', size: 9 } as const;
const BULLET = '・';
const SMALLER = { font: 'R', size: 9 } as const;

/** A label with its English in small type below it. */
function glossed(flow: Flow, g: Glossed): Value {
  const width = labelWidth(LANG) - 2 * PAD.x;
  return [...flow.lines(g.ja, width, STYLE.label), ...flow.lines(g.en, width, { ...STYLE.small, size: 6.5, color: COLOR.muted })];
}

function requestSection(flow: Flow, v: NoticeView): void {
  const L = T.labels;
  sectionHeading(flow, 1, T.sections.request.ja, T.sections.request.en);
  fieldRow(flow, LANG, glossed(flow, L.caseNumber), v.caseNumber, { font: 'R', size: 12 });
  fieldRow(flow, LANG, glossed(flow, L.counter), counterLines(v), SMALLER);
  fieldRow(flow, LANG, glossed(flow, L.checkedOn), formatDate(v.checkedOn, LANG));
  fieldRow(flow, LANG, glossed(flow, L.services), v.services.map((s) => serviceById(s).name.ja).join('\n'));
  fieldRow(flow, LANG, glossed(flow, L.deadline), `${formatDate(v.deadline, LANG)} ${T.deadlineNote(formatDate(v.accountExpiry, LANG))}`);
  fieldRow(flow, LANG, glossed(flow, L.contactEmail), v.contactEmail);
}

function bullets(flow: Flow, items: readonly string[]): void {
  for (const item of items) {
    paragraph(flow, item, BODY, { hanging: BULLET, indent: 4 });
    flow.y += 1.5;
  }
}

/** The counter as the applicant can reach it: its name, then each way that is configured. */
function counterLines(v: NoticeView): string {
  const C = T.contact;
  const c = v.counter;
  return [
    c.name || `${v.department.name} ${T.counterSuffix}`,
    c.phone && `${C.phone}: ${c.phone}`,
    c.email && `${C.email}: ${c.email}`,
    c.hours && `${C.hours}: ${c.hours}`,
  ].filter(Boolean).join('\n');
}

function contactSection(flow: Flow, v: NoticeView): void {
  const C = T.contact;
  sectionHeading(flow, 4, T.sections.contact.ja, T.sections.contact.en);
  fieldRow(flow, LANG, glossed(flow, C.procedure), `${C.procedureText}\n${v.links.mailForm}`, SMALLER);
}

export async function renderApplicantNoticePdf(view: NoticeView, options: NoticeRenderOptions): Promise<Uint8Array> {
  const draft = startPdf({
    language: LANG,
    title: T.title,
    subject: T.subject,
    keywords: 'salvage-desk applicant-notice',
    createdAt: pdfDate(options.createdAt),
    modifiedAt: pdfDate(options.modifiedAt ?? options.createdAt),
  });
  const { flow } = draft;
  titleBlock(flow, T.title, 17, T.titleEn);
  paragraph(flow, T.keep, { ...BODY, size: 9 });
  paragraph(flow, T.keepEn, STYLE.small);
  requestSection(flow, view);
  sectionHeading(flow, 2, T.sections.next.ja, T.sections.next.en);
  bullets(flow, T.next(view.links.backup));
  sectionHeading(flow, 3, T.sections.conditions.ja, T.sections.conditions.en);
  bullets(flow, T.conditions);
  // The conditions are the desk's own words: where they come from, for the applicant to read in full.
  paragraph(flow, `${T.contact.salvagePage}: ${view.links.salvage}`, STYLE.small, { indent: 4 });
  contactSection(flow, view);
  return finishPdf(draft, (page, pages) => drawFurniture(flow, page, {
    runningHead: { title: T.title, right: `${T.labels.caseNumber.ja} ${view.caseNumber}` },
    left: `${T.footerLabel} / ${T.titleEn}`,
    right: `${T.labels.caseNumber.ja} ${view.caseNumber}\u3000${T.page(page, pages)}`,
    fineRight: versionsLine(view.appVersion, view.rulesVersion),
  }));
}
