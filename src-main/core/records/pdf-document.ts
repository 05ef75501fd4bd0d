// One A4 document of the record machinery, whatever it prints (the verification record, the
// applicant's notice, the case list): BIZ UDPGothic subsets, fixed non-personal metadata, buffered
// pages so the footer knows "page x / y", and bytes that depend only on the input. pdfkit derives
// the file ID from the document info, so the only date in the file is the one passed in.
import PDFDocument from 'pdfkit';
import type { Language } from '../../../src-shared/core-api';
import { recordFonts } from './fonts';
import { Flow } from './flow';

/**
 * What the file says about itself. Fixed words chosen by the caller, never a name, case number,
 * query or reason: document metadata is indexed by desktop search and travels with the file.
 */
export interface PdfMeta {
  readonly language: Language;
  readonly title: string;
  readonly subject: string;
  readonly keywords: string;
  readonly createdAt: Date;
  readonly modifiedAt: Date;
}

export interface PdfDraft {
  readonly flow: Flow;
  /** Resolves with the file once finishPdf() has ended the document. */
  readonly bytes: Promise<Uint8Array>;
}

/** An RFC 3339 instant → Date; a bad one is a programming error, never a silent 1970. */
export function pdfDate(instant: string): Date {
  const d = new Date(instant);
  if (Number.isNaN(d.getTime())) throw new RangeError(`pdf: bad date ${JSON.stringify(instant)}`);
  return d;
}

export function startPdf(meta: PdfMeta): PdfDraft {
  const fonts = recordFonts();
  const doc = new PDFDocument({
    size: 'A4', margin: 0, bufferPages: true, compress: true, lang: meta.language === 'ja' ? 'ja-JP' : 'en',
    displayTitle: true,
    info: {
      Title: meta.title, Author: 'Salvage Desk', Subject: meta.subject, Keywords: meta.keywords,
      Creator: 'Salvage Desk', Producer: 'Salvage Desk (PDFKit)', CreationDate: meta.createdAt, ModDate: meta.modifiedAt,
    },
    font: null as unknown as string, // no default Helvetica: saves parsing its metrics per document
  });
  const chunks: Buffer[] = [];
  const bytes = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
  doc.registerFont('R', fonts.R as unknown as Buffer); // a parsed fontkit font (see fonts.ts)
  doc.registerFont('B', fonts.B as unknown as Buffer);
  // Fix the fonts' PDF names (F1 = regular, F2 = bold) whatever order the text first uses them
  // in, so the bytes never depend on what earlier documents left in the width cache.
  doc.font('R').font('B').font('R');
  return { flow: new Flow(doc, fonts), bytes };
}

/** Draw each page's furniture (footer, running head) now that the page count is known, and end. */
export function finishPdf(draft: PdfDraft, furniture: (page: number, pages: number) => void): Promise<Uint8Array> {
  const { doc } = draft.flow;
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    draft.flow.resetInks(); // the page's stream continues after its last ink: restate inks first
    furniture(i - start + 1, count);
  }
  doc.end();
  return draft.bytes;
}
