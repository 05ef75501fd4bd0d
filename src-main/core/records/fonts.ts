// The record's typeface: BIZ UDPGothic (Morisawa's universal-design Gothic, SIL OFL 1.1), regular
// and bold, as prepared at build time by `npm run fonts:record` (fonttools, every glyph kept):
// 1000 units per em, no hinting, no GSUB, no vertical metrics. The prepared files live in
// assets/record-fonts/ and are copied into the package; pdfkit embeds only the glyphs a record
// uses (a subset), so the usual two-page Japanese record stays near 40 KB.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheGlyphLookups, cacheSubsetGlyphs } from './glyph-cache';

export type FontName = 'R' | 'B';

/** The prepared files, by the name the record's text uses. */
export const RECORD_FONT_FILES = {
  R: 'biz-udpgothic-record-400.ttf',
  B: 'biz-udpgothic-record-700.ttf',
} as const satisfies Record<FontName, string>;

/** Where the prepared fonts sit in the source tree and, copied by forge.config.ts, in the package. */
export const RECORD_FONT_DIR = path.join('assets', 'record-fonts');

/**
 * The folder holding the prepared fonts: assets/record-fonts under the nearest ancestor of this
 * module that has one. That is the project root from the source (src-main/core/records) and the
 * app's root from the bundle (.vite/build/main.cjs), in a checkout and in the package alike.
 */
export function recordFontDir(from: string = path.dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = from, up = 0; up < 6; up++, dir = path.dirname(dir)) {
    const candidate = path.join(dir, RECORD_FONT_DIR);
    if (existsSync(path.join(candidate, RECORD_FONT_FILES.R))) return candidate;
  }
  throw new Error(`records: the prepared fonts (${RECORD_FONT_DIR}) are missing; run npm run fonts:record`);
}

/** Absolute paths of the two prepared TTFs. */
export function recordFontPaths(): Record<FontName, string> {
  const dir = recordFontDir();
  return { R: path.join(dir, RECORD_FONT_FILES.R), B: path.join(dir, RECORD_FONT_FILES.B) };
}

let cache: Record<FontName, Buffer> | null = null;
let parsed: Record<FontName, FontkitFont> | null = null;

/** What we need of a fontkit Font: pdfkit takes the parsed object as a font source (pdfkit ≥ 0.17). */
export interface FontkitFont {
  layout(text: string): unknown;
  hasGlyphForCodePoint(codePoint: number): boolean;
}

/** The prepared TTF bytes, read once per process. */
export function recordFontData(): Record<FontName, Buffer> {
  if (!cache) {
    const paths = recordFontPaths();
    cache = { R: readFileSync(paths.R), B: readFileSync(paths.B) };
  }
  return cache;
}

/**
 * The fonts parsed once by the same fontkit pdfkit uses (resolved through pdfkit, so the versions
 * always match). pdfkit accepts parsed fonts, and reusing them keeps fontkit's decoded tables and
 * glyph metrics across records instead of re-decoding 3 MB fonts for every record. Each document
 * still makes its own subset, so records stay independent and byte-identical.
 */
export function recordFonts(): Record<FontName, FontkitFont> {
  if (!parsed) {
    const fromPdfkit = createRequire(createRequire(import.meta.url).resolve('pdfkit'));
    const fontkit = fromPdfkit('fontkit') as { create(data: Uint8Array): FontkitFont };
    const data = recordFontData();
    parsed = { R: fontkit.create(data.R), B: fontkit.create(data.B) };
    for (const font of [parsed.R, parsed.B]) {
      cacheSubsetGlyphs(font);
      cacheGlyphLookups(font);
    }
  }
  return parsed;
}
