// The record's font, prepared from BIZ UDPGothic by fonttools (every glyph kept, not a subset of
// characters): the design grid goes from 2048 to 1000 units per em (ttLib.scaleUpem: outlines,
// advances and metrics scaled and rounded, a point moves by at most 1/2000 em, 0.005 pt in 10 pt
// text), then the subsetter drops TrueType hinting (only snaps outlines to a screen's pixel grid,
// about a fifth of every kanji's bytes), GSUB (vertical forms and alternates the record never asks
// for; without it fontkit maps text straight through the cmap, several times faster per record)
// and the vertical metrics. Most coordinate steps then fit in one byte, so every embedded kanji is
// about a tenth smaller. Shapes and the character map are otherwise untouched.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FontTools } from './fonttools';

export const RECORD_UNITS_PER_EM = 1000;

/** The source TTFs (npm package @expo-google-fonts/biz-udpgothic) by prepared file name. */
export const RECORD_FONT_SOURCES = {
  'biz-udpgothic-record-400.ttf': '@expo-google-fonts/biz-udpgothic/400Regular/BIZUDPGothic_400Regular.ttf',
  'biz-udpgothic-record-700.ttf': '@expo-google-fonts/biz-udpgothic/700Bold/BIZUDPGothic_700Bold.ttf',
} as const;

export type RecordFontFile = keyof typeof RECORD_FONT_SOURCES;

/** The subsetter's options: keep every glyph, code point and name; drop what the record never uses. */
export const SUBSET_OPTIONS = [
  '--glyphs=*', '--unicodes=*', '--name-IDs=*', '--name-languages=*', '--no-hinting', '--drop-tables+=GSUB,vhea,vmtx',
] as const;

export const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** Seconds between the TrueType epoch (1904-01-01) and the Unix epoch. */
const TRUETYPE_EPOCH_OFFSET = 2_082_844_800;

/** The font's own modified date ('head' table), as Unix time. */
export function fontModified(font: Buffer): number {
  for (let i = 0, n = font.readUInt16BE(4); i < n; i++) {
    const at = 12 + 16 * i;
    if (font.toString('latin1', at, at + 4) === 'head') return Number(font.readBigUInt64BE(font.readUInt32BE(at + 8) + 28)) - TRUETYPE_EPOCH_OFFSET;
  }
  throw new Error('record font: no head table');
}

/**
 * Prepare one font: `source` TTF in, prepared TTF bytes out. The prepared font keeps the source's
 * modified date, so the same source always gives the same bytes (and the same records).
 */
export function prepareRecordFont(tools: FontTools, source: string): Buffer {
  const epoch = fontModified(readFileSync(source));
  const work = mkdtempSync(path.join(tmpdir(), 'record-font-'));
  try {
    const scaled = path.join(work, 'scaled.ttf');
    const out = path.join(work, 'prepared.ttf');
    tools.run('ttLib.scaleUpem', [source, String(RECORD_UNITS_PER_EM), '--output-file', scaled], epoch);
    tools.run('subset', [scaled, ...SUBSET_OPTIONS, `--output-file=${out}`], epoch);
    return readFileSync(out);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** What the committed files were made from, so a test notices a font update that was not prepared. */
export interface RecordFontManifest {
  readonly fonttools: string;
  readonly unitsPerEm: number;
  readonly subsetOptions: readonly string[];
  readonly files: Readonly<Record<RecordFontFile, { readonly source: string; readonly sourceSha256: string; readonly sha256: string }>>;
}

export const MANIFEST_FILE = 'record-fonts.json';
