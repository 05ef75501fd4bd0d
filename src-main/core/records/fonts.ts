// The record's typeface: BIZ UDPGothic (Morisawa's universal-design Gothic, OFL 1.1), regular and
// bold, taken from the npm package at run time so the 4.5 MB TTFs never enter git. pdfkit embeds
// only the glyphs a record uses (a subset): the usual two-page Japanese record is about 50 KB.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { prepareRecordFont } from './prepare-font';

export type FontName = 'R' | 'B';

const FILES: Record<FontName, string> = {
  R: '@expo-google-fonts/biz-udpgothic/400Regular/BIZUDPGothic_400Regular.ttf',
  B: '@expo-google-fonts/biz-udpgothic/700Bold/BIZUDPGothic_700Bold.ttf',
};

/** Absolute paths of the two TTFs (resolved like any dependency, so a packaged app finds them too). */
export function recordFontPaths(): Record<FontName, string> {
  const require = createRequire(import.meta.url);
  return { R: require.resolve(FILES.R), B: require.resolve(FILES.B) };
}

let cache: Record<FontName, Buffer> | null = null;
let parsed: Record<FontName, FontkitFont> | null = null;

/** What we need of a fontkit Font: pdfkit takes the parsed object as a font source (pdfkit ≥ 0.17). */
export interface FontkitFont {
  layout(text: string): unknown;
  hasGlyphForCodePoint(codePoint: number): boolean;
}

/**
 * The TTF bytes without hinting or GSUB (see prepare-font.ts), prepared once per process: every record
 * parses them again, but never re-reads or re-prepares them.
 */
export function recordFontData(): Record<FontName, Buffer> {
  if (!cache) {
    const paths = recordFontPaths();
    cache = { R: prepareRecordFont(readFileSync(paths.R)), B: prepareRecordFont(readFileSync(paths.B)) };
  }
  return cache;
}

/**
 * The prepared fonts parsed once by the same fontkit pdfkit uses (resolved through pdfkit, so the
 * versions always match). pdfkit accepts parsed fonts, and reusing them keeps fontkit's decoded
 * tables and glyph metrics across records instead of re-decoding 4 MB fonts for every record.
 * Each document still makes its own subset, so records stay independent and byte-identical.
 */
export function recordFonts(): Record<FontName, FontkitFont> {
  if (!parsed) {
    const fromPdfkit = createRequire(createRequire(import.meta.url).resolve('pdfkit'));
    const fontkit = fromPdfkit('fontkit') as { create(data: Uint8Array): FontkitFont };
    const data = recordFontData();
    parsed = { R: fontkit.create(data.R), B: fontkit.create(data.B) };
  }
  return parsed;
}
