// Checks every paper of the record machinery must pass, with the real poppler / qpdf tools:
// BIZ UDPGothic embedded as subsets and nothing else, a sound A4 file, and document metadata
// that carries none of the given personal values.
import { expect } from 'vitest';
import { pdfFonts, pdfInfo, qpdfCheck } from './pdf-tools';

export function expectEmbeddedSubsets(pdf: Uint8Array): void {
  const rows = pdfFonts(pdf).trim().split('\n').slice(2);
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) {
    const [name, , , , emb, sub, uni] = row.split(/\s+/);
    expect(name).toMatch(/^[A-Z]{6}\+BIZUDPGothic-(Regular|Bold)$/);
    expect([emb, sub, uni]).toEqual(['yes', 'yes', 'yes']);
  }
}

export function expectSoundA4(pdf: Uint8Array): void {
  const check = qpdfCheck(pdf);
  expect(check.output).toContain('No syntax or stream encoding errors found');
  expect(check.status).toBe(0);
  expect(pdfInfo(pdf)['Page size']).toMatch(/^595\.2\d? x 841\.8\d? pts \(A4\)/);
}

/** The document information as a reader's file search sees it: none of `personal` may appear. */
export function expectNoPersonalMetadata(pdf: Uint8Array, personal: readonly string[]): void {
  const info = pdfInfo(pdf);
  const meta = [info.Title, info.Author, info.Subject, info.Keywords, info.Creator, info.Producer].join('\n');
  expect(meta.length).toBeGreaterThan(0);
  for (const value of personal) expect(meta, value).not.toContain(value);
}
