// The record's font subsets are made from glyphs read once per process (glyph-cache.ts): every
// subset must still be byte-for-byte the one fontkit makes itself, whatever earlier subsets asked for.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { recordFontData, type FontName } from '../../../../src-main/core/records/fonts';
import { cacheSubsetGlyphs } from '../../../../src-main/core/records/glyph-cache';

interface Subset { includeGlyph(gid: number): number; encode(): Uint8Array }
interface Font { glyphsForString(text: string): { id: number }[]; createSubset(): Subset }
const fontkit = createRequire(createRequire(import.meta.url).resolve('pdfkit'))('fontkit') as { create(data: Uint8Array): Font };

/** The subset of the glyphs `text` uses, in its order, as fontkit writes it. */
function subsetBytes(font: Font, text: string): Buffer {
  const subset = font.createSubset();
  for (const g of font.glyphsForString(text)) subset.includeGlyph(g.id);
  return Buffer.from(subset.encode());
}

// Texts sharing some glyphs in different orders, so later subsets reuse what earlier ones read.
const TEXTS = ['本人確認記録 申請者 東大 花子', 'Identity verification record: Hanako Todai', '花子 東大 記録確認 人本 @019✓×〓', '東大 花子'];

describe('subset glyph cache', () => {
  it.each<FontName>(['R', 'B'])('makes the same subset bytes as fontkit for font %s, in any order', (name) => {
    const data = recordFontData()[name];
    const cached = fontkit.create(data);
    cacheSubsetGlyphs(cached);
    for (const text of [...TEXTS, ...TEXTS.slice().reverse()]) {
      expect(subsetBytes(cached, text).equals(subsetBytes(fontkit.create(data), text))).toBe(true);
    }
  });
});
