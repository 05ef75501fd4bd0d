// The record's font as prepared at build time by fonttools (tools/fonts/record-font.ts): it must
// draw the same shapes as BIZ UDPGothic itself (every outline point and advance where the
// original puts it, to the rounding of the 1000-unit grid), keep every glyph, drop what the
// record never uses, be exactly what the committed recipe makes from the installed package, and
// print every JIS X 0208 character as itself, text that extracts again from the PDF.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { packagedAssets } from '../../../../forge.config';
import { RECORD_FONT_DIR, recordFontDir, recordFontPaths, RECORD_FONT_FILES, type FontName } from '../../../../src-main/core/records/fonts';
import { finishPdf, startPdf } from '../../../../src-main/core/records/pdf-document';
import { findFontTools } from '../../../../tools/fonts/fonttools';
import { MANIFEST_FILE, prepareRecordFont, RECORD_FONT_SOURCES, sha256, type RecordFontManifest } from '../../../../tools/fonts/record-font';
import { pdfText, squash } from './pdf-tools';

interface Glyph { advanceWidth: number; path: { commands: { command: string; args: number[] }[] } }
interface Font {
  unitsPerEm: number; ascent: number; descent: number; numGlyphs: number; directory: { tables: Record<string, unknown> };
  glyphForCodePoint(cp: number): Glyph; hasGlyphForCodePoint(cp: number): boolean;
}
const fontkit = createRequire(createRequire(import.meta.url).resolve('pdfkit'))('fontkit') as { create(data: Uint8Array): Font };
const requireHere = createRequire(import.meta.url);
const sourceOf = (name: FontName): string => requireHere.resolve(RECORD_FONT_SOURCES[RECORD_FONT_FILES[name]]);
const NAMES: FontName[] = ['R', 'B'];

// Kanji, kana, Latin, digits and the marks the record prints.
const SAMPLE = '本人確認記録申請者離籍直前署名鬱あがクラウドデータ・（）Aag@019✓×〓■…';

/** Every character of JIS X 0208 (rows 1–84), decoded from EUC-JP; row 13 is NEC's extension, not JIS X 0208. */
function jisX0208(): string[] {
  const decoder = new TextDecoder('euc-jp', { fatal: true });
  const out: string[] = [];
  for (let row = 0xa1; row <= 0xf4; row++) {
    if (row === 0xad) continue;
    for (let cell = 0xa1; cell <= 0xfe; cell++) {
      try {
        out.push(decoder.decode(new Uint8Array([row, cell])));
      } catch {
        // an unassigned code point of the table
      }
    }
  }
  return out;
}

describe('the record font', () => {
  for (const name of NAMES) {
    it(`${name === 'R' ? 'regular' : 'bold'}: draws every sampled glyph with the original's outline and advance, scaled to 1000 units per em`, () => {
      const original = fontkit.create(readFileSync(sourceOf(name)));
      const prepared = fontkit.create(readFileSync(recordFontPaths()[name]));
      expect(prepared.unitsPerEm).toBe(1000);
      expect(prepared.numGlyphs).toBe(original.numGlyphs); // every glyph kept, not a character subset
      expect(Object.keys(prepared.directory.tables).filter((t) => ['fpgm', 'prep', 'cvt ', 'GSUB', 'vhea', 'vmtx'].includes(t))).toEqual([]);
      const k = 1000 / original.unitsPerEm;
      expect(Math.abs(prepared.ascent - original.ascent * k)).toBeLessThanOrEqual(0.5);
      expect(Math.abs(prepared.descent - original.descent * k)).toBeLessThanOrEqual(0.5);
      for (const ch of SAMPLE) {
        const cp = ch.codePointAt(0) ?? 0;
        const a = original.glyphForCodePoint(cp);
        const b = prepared.glyphForCodePoint(cp);
        expect(Math.abs(b.advanceWidth - a.advanceWidth * k), `${ch} advance`).toBeLessThanOrEqual(0.5);
        const ca = a.path.commands;
        const cb = b.path.commands;
        expect(cb.map((c) => c.command), `${ch} commands`).toEqual(ca.map((c) => c.command));
        expect(ca.length, `${ch} has an outline`).toBeGreaterThan(0);
        ca.forEach((c, i) => c.args.forEach((v, j) => {
          // An implied on-curve point lies halfway between two rounded points: 0.5 off at most.
          expect(Math.abs((cb[i]?.args[j] ?? NaN) - v * k), `${ch} command ${i}`).toBeLessThanOrEqual(0.5);
        }));
      }
    });
  }

  it('is found from the built bundle in a package, where forge copies it', () => {
    expect(packagedAssets).toContain(RECORD_FONT_DIR.split(path.sep).join('/'));
    const app = mkdtempSync(path.join(tmpdir(), 'record-font-app-'));
    try {
      mkdirSync(path.join(app, '.vite', 'build'), { recursive: true });
      mkdirSync(path.join(app, RECORD_FONT_DIR), { recursive: true });
      writeFileSync(path.join(app, RECORD_FONT_DIR, RECORD_FONT_FILES.R), '');
      expect(recordFontDir(path.join(app, '.vite', 'build'))).toBe(path.join(app, RECORD_FONT_DIR));
    } finally {
      rmSync(app, { recursive: true, force: true });
    }
  });

  it('is what the recorded recipe made from the installed BIZ UDPGothic (else: npm run fonts:record)', () => {
    const manifest = JSON.parse(readFileSync(path.join(recordFontDir(), MANIFEST_FILE), 'utf8')) as RecordFontManifest;
    for (const name of NAMES) {
      const file = RECORD_FONT_FILES[name];
      const entry = manifest.files[file as keyof RecordFontManifest['files']];
      expect(sha256(readFileSync(recordFontPaths()[name])), `${file} as committed`).toBe(entry.sha256);
      expect(sha256(readFileSync(sourceOf(name))), `${entry.source} is the version the fonts were made from`).toBe(entry.sourceSha256);
    }
  });

  const tools = findFontTools();
  if (!tools) console.warn('SKIPPED: the record-font rebuild check needs Python with fontTools (Debian: python3-fonttools).');
  it.skipIf(!tools)('comes out byte for byte the same when fonttools makes it again', () => {
    for (const name of NAMES) {
      expect(sha256(prepareRecordFont(tools!, sourceOf(name))), RECORD_FONT_FILES[name]).toBe(sha256(readFileSync(recordFontPaths()[name])));
    }
  }, 120_000);

  it('prints every JIS X 0208 character as itself in both weights, and the text extracts again', async () => {
    const chars = jisX0208();
    expect(chars.length).toBe(6879);
    const draft = startPdf({ language: 'ja', title: 'JIS X 0208', subject: 'font', keywords: '', createdAt: new Date(0), modifiedAt: new Date(0) });
    const { doc } = draft.flow;
    for (const font of NAMES) {
      const missing = chars.filter((ch) => draft.flow.printable(ch, font) !== ch);
      expect(missing, `${font}: characters printed as 〓`).toEqual([]);
      doc.addPage({ size: 'A4', margin: 36 });
      doc.font(font).fontSize(9).text(chars.join(''), { lineBreak: true });
    }
    const pdf = await finishPdf(draft, () => undefined);
    const text = squash(pdfText(pdf));
    // Twice (regular, bold), in order: each glyph maps back to its character.
    expect(text).toContain(squash(chars.join('')).repeat(2));
  }, 60_000);
});
