// renderRecordPdf: a RecordView → the A4 verification record, as bytes. Pure apart from reading
// the font files once: the same view and options always give byte-identical PDFs (pdf-document.ts).
import type { Language } from '../../../src-shared/core-api';
import { tokyoDate } from '../../../src-shared/domain';
import { drawPageFurniture } from './footer';
import { recordHeader } from './header';
import { finishPdf, pdfDate, startPdf } from './pdf-document';
import { keepTogether } from './rows';
import { parseRecordView, type RecordView } from './record-view';
import { applicantSection, eligibilitySection, requestSection } from './sections-case';
import { checkSection, verifierSection } from './sections-check';
import { amendmentsSection, signatureSection } from './sections-sign';
import { recordText } from './text';

export interface RenderOptions {
  readonly language: Language;
  /** The PDF's CreationDate: the case's finalize time (RFC 3339). */
  readonly createdAt: string;
  /** ModDate and the printed issue date: the last amendment's time, if any (default createdAt). */
  readonly modifiedAt?: string;
}

export async function renderRecordPdf(input: RecordView, options: RenderOptions): Promise<Uint8Array> {
  const view = parseRecordView(input); // refuses a My Number even if everything upstream failed
  const lang = options.language;
  const modifiedAt = pdfDate(options.modifiedAt ?? options.createdAt);
  const draft = startPdf({
    language: lang,
    title: recordText(lang).title,
    subject: lang === 'ja' ? '本人確認記録' : 'Identity verification record',
    keywords: 'salvage-desk verification-record',
    createdAt: pdfDate(options.createdAt),
    modifiedAt,
  });
  const { flow } = draft;
  recordHeader(flow, view, lang, tokyoDate(modifiedAt));
  // Short sections stay on one page; the amendments table flows (its header repeats per page).
  const sections = [applicantSection, eligibilitySection, requestSection, checkSection, verifierSection];
  for (const section of sections) keepTogether(flow, () => section(flow, view, lang));
  amendmentsSection(flow, view, lang);
  keepTogether(flow, () => signatureSection(flow, lang));
  return finishPdf(draft, (page, pages) => drawPageFurniture(flow, view, lang, page, pages));
}
