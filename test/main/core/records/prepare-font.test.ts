// The record's font, as prepared before subsetting (no hinting, 1000 units per em), must draw the
// same shapes as BIZ UDPGothic itself: every outline point and advance where the original puts
// it, to the rounding of the coarser grid.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { recordFontData, recordFontPaths, type FontName } from '../../../../src-main/core/records/fonts';

interface Glyph { advanceWidth: number; path: { commands: { command: string; args: number[] }[] } }
interface Font { unitsPerEm: number; ascent: number; descent: number; glyphForCodePoint(cp: number): Glyph }
const fontkit = createRequire(createRequire(import.meta.url).resolve('pdfkit'))('fontkit') as { create(data: Uint8Array): Font };

// Kanji, kana, Latin, digits and the marks the record prints.
const SAMPLE = '本人確認記録申請者離籍直前署名鬱あがクラウドデータ・（）Aag@019✓×〓■…';

describe('the record font', () => {
  for (const name of ['R', 'B'] as FontName[]) {
    it(`${name === 'R' ? 'regular' : 'bold'}: draws every sampled glyph with the original's outline and advance, scaled to 1000 units per em`, () => {
      const original = fontkit.create(readFileSync(recordFontPaths()[name]));
      const prepared = fontkit.create(recordFontData()[name]);
      expect(prepared.unitsPerEm).toBe(1000);
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
});
