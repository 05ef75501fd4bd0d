// The real poppler / qpdf command-line tools, run on a record written to a temporary file, and a
// QR decoder (jsQR) reading the PNG that pdftoppm renders — the same way a person or the desk would.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import jsQR from 'jsqr';

// pngjs ships no types; this is the one call we use (a local type rather than a global module
// declaration that could clash if @types/pngjs is added later).
const { PNG } = createRequire(import.meta.url)('pngjs') as {
  PNG: { sync: { read(data: Buffer): { width: number; height: number; data: Buffer } } };
};

export function withPdf<T>(pdf: Uint8Array, fn: (file: string, dir: string) => T): T {
  const dir = mkdtempSync(path.join(tmpdir(), 'record-test-'));
  try {
    const file = path.join(dir, 'record.pdf');
    writeFileSync(file, pdf);
    return fn(file, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const pdfText = (pdf: Uint8Array, ...args: string[]): string =>
  withPdf(pdf, (file) => execFileSync('pdftotext', [...args, file, '-'], { encoding: 'utf8' }));

export const pdfFonts = (pdf: Uint8Array): string => withPdf(pdf, (file) => execFileSync('pdffonts', [file], { encoding: 'utf8' }));

export const pdfInfo = (pdf: Uint8Array): Record<string, string> => withPdf(pdf, (file) => {
  const out = execFileSync('pdfinfo', ['-isodates', file], { encoding: 'utf8' });
  return Object.fromEntries(out.split('\n').filter((l) => l.includes(':')).map((l) => {
    const i = l.indexOf(':');
    return [l.slice(0, i).trim(), l.slice(i + 1).trim()];
  }));
});

export const qpdfCheck = (pdf: Uint8Array): { status: number | null; output: string } => withPdf(pdf, (file) => {
  const r = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
});

/** Whitespace-free text, so values wrapped across lines still match. */
export const squash = (s: string): string => s.replace(/\s+/g, '');

export interface Word { page: number; xMin: number; yMin: number; xMax: number; yMax: number; text: string }
export interface PageBox { width: number; height: number; words: Word[] }

/** Every word with its box, from `pdftotext -bbox` (points, origin top-left). */
export function pdfWords(pdf: Uint8Array): PageBox[] {
  const html = pdfText(pdf, '-bbox');
  const pages: PageBox[] = [];
  for (const m of html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)) {
    const words: Word[] = [];
    for (const w of (m[3] ?? '').matchAll(/<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)<\/word>/g)) {
      words.push({ page: pages.length + 1, xMin: Number(w[1]), yMin: Number(w[2]), xMax: Number(w[3]), yMax: Number(w[4]), text: w[5] ?? '' });
    }
    pages.push({ width: Number(m[1]), height: Number(m[2]), words });
  }
  return pages;
}

/** Render page 1 at `dpi` and decode the QR code inside the given crop (in points). */
export function decodeQrOnPage1(pdf: Uint8Array, crop: { x: number; y: number; w: number; h: number }, dpi = 150): string | null {
  return withPdf(pdf, (file, dir) => {
    execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-f', '1', '-l', '1', '-singlefile', file, path.join(dir, 'p')]);
    const png = PNG.sync.read(readFileSync(path.join(dir, 'p.png')));
    const k = dpi / 72;
    const x0 = Math.max(0, Math.floor(crop.x * k));
    const y0 = Math.max(0, Math.floor(crop.y * k));
    const w = Math.min(png.width - x0, Math.ceil(crop.w * k));
    const h = Math.min(png.height - y0, Math.ceil(crop.h * k));
    const data = new Uint8ClampedArray(w * h * 4);
    for (let row = 0; row < h; row++) {
      const from = ((y0 + row) * png.width + x0) * 4;
      data.set(png.data.subarray(from, from + w * 4), row * w * 4);
    }
    return jsQR(data, w, h)?.data ?? null;
  });
}

/** Words whose centre lies inside one column band (points), page by page, top to bottom, left to right. */
export function columnText(pdf: Uint8Array, x0: number, x1: number, y0: number, y1: number): string {
  return pdfWords(pdf).flatMap((page) => page.words
    .filter((w) => {
      const cx = (w.xMin + w.xMax) / 2;
      const cy = (w.yMin + w.yMax) / 2;
      return cx > x0 && cx < x1 && cy > y0 && cy < y1;
    })
    .sort((a, b) => Math.round(a.yMax - b.yMax) || a.xMin - b.xMin)
    .map((w) => w.text)).join(' ');
}
