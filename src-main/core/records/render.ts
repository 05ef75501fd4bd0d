// renderRecordPdf: a RecordView → the A4 verification record, as bytes. Pure apart from reading
// the font files once: the same view and options always give byte-identical PDFs, because the
// only date in the file is the one passed in (the finalize time) and pdfkit derives the file ID
// from the document info, not from randomness.
import PDFDocument from 'pdfkit';
import type { Language } from '../../../src-shared/core-api';
import { tokyoDate } from '../../../src-shared/domain';
import { recordFonts } from './fonts';
import { drawPageFurniture } from './footer';
import { recordHeader } from './header';
import { Flow } from './flow';
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

/** Fixed, non-personal metadata: never a name, case number or reason (they would leak via file search). */
function metadata(language: Language, createdAt: Date, modifiedAt: Date): PDFKit.DocumentInfo {
  return {
    Title: recordText(language).title,
    Author: 'Salvage Desk',
    Subject: language === 'ja' ? '本人確認記録' : 'Identity verification record',
    Keywords: 'salvage-desk verification-record',
    Creator: 'Salvage Desk',
    Producer: 'Salvage Desk (PDFKit)',
    CreationDate: createdAt,
    ModDate: modifiedAt,
  };
}

export async function renderRecordPdf(input: RecordView, options: RenderOptions): Promise<Uint8Array> {
  const view = parseRecordView(input); // refuses a My Number even if everything upstream failed
  const lang = options.language;
  const createdAt = new Date(options.createdAt);
  const modifiedAt = new Date(options.modifiedAt ?? options.createdAt);
  if (Number.isNaN(createdAt.getTime()) || Number.isNaN(modifiedAt.getTime())) throw new RangeError('renderRecordPdf: bad date');
  const fonts = recordFonts();
  const doc = new PDFDocument({
    size: 'A4', margin: 0, bufferPages: true, compress: true, lang: lang === 'ja' ? 'ja-JP' : 'en',
    displayTitle: true, info: metadata(lang, createdAt, modifiedAt),
    font: null as unknown as string, // no default Helvetica: saves parsing its metrics per record
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
  doc.registerFont('R', fonts.R as unknown as Buffer); // a parsed fontkit font (see fonts.ts)
  doc.registerFont('B', fonts.B as unknown as Buffer);
  // Fix the fonts' PDF names (F1 = regular, F2 = bold) whatever order the text first uses them
  // in, so the bytes never depend on what earlier records left in the width cache.
  doc.font('R').font('B').font('R');

  const flow = new Flow(doc, fonts);
  recordHeader(flow, view, lang, tokyoDate(modifiedAt));
  // Short sections stay on one page; the amendments table flows (its header repeats per page).
  const sections = [applicantSection, eligibilitySection, requestSection, checkSection, verifierSection];
  for (const section of sections) keepTogether(flow, () => section(flow, view, lang));
  amendmentsSection(flow, view, lang);
  keepTogether(flow, () => signatureSection(flow, lang));

  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    flow.resetInks(); // the page's stream continues after its last ink: restate inks first
    drawPageFurniture(flow, view, lang, i - start + 1, count);
  }
  doc.end();
  return done;
}
