// Keeps what fontkit's TrueType subsetter reads about each glyph for the whole process. For every
// glyph a document uses, fontkit's subset fully decodes the outline (every point) only to learn
// whether it is a composite, then copies the glyph's raw bytes: the record's glyphs were decoded
// again for every record. The fonts never change in a process, so each simple glyph's bytes and
// metrics are read once (composite glyphs, which the record's fonts do not have, go through fontkit
// as before); each subset still builds its own glyph table in its own order, so the embedded subset
// is byte-for-byte what fontkit itself writes.

/** What the subsetter needs of one simple glyph of the source font (null: a composite glyph). */
type GlyphEntry = {
  readonly bytes: Uint8Array;
  readonly advance: number;
  readonly bearing: number;
} | null;

/** The parts of fontkit's TTFFont the subsetter reads (fontkit 2.x internals). */
interface TtfFontInternals {
  readonly loca: { readonly offsets: readonly number[] };
  readonly _variationProcessor?: unknown;
  _getTableStream(tag: 'glyf'): { pos: number; readBuffer(length: number): Uint8Array };
  getGlyph(gid: number): {
    readonly advanceWidth: number;
    _decode(): { numberOfContours: number } | null;
    _getMetrics(): { leftBearing: number };
  };
  createSubset(): TtfSubsetInternals;
  glyphForCodePoint(codePoint: number): unknown;
}

/** The parts of fontkit's TTFSubset that `_addGlyph` fills in (fontkit 2.x internals). */
interface TtfSubsetInternals {
  glyf: Uint8Array[];
  offset: number;
  loca: { offsets: number[] };
  hmtx: { metrics: { advance: number; bearing: number }[] };
  includeGlyph(gid: number): number;
  _addGlyph(gid: number): number;
}

function readGlyph(font: TtfFontInternals, gid: number): GlyphEntry {
  const glyph = font.getGlyph(gid);
  const glyf = glyph._decode();
  const start = font.loca.offsets[gid] ?? 0;
  const end = font.loca.offsets[gid + 1] ?? start;
  const stream = font._getTableStream('glyf');
  stream.pos += start;
  const bytes = stream.readBuffer(end - start);
  if (glyf && glyf.numberOfContours < 0) return null;
  return { bytes, advance: glyph.advanceWidth, bearing: glyph._getMetrics().leftBearing };
}

/**
 * Make `font`'s subsets read each simple glyph once per process. The same steps as fontkit's own
 * `_addGlyph`, so the subset's bytes do not change. Fonts with variations (none here) keep
 * fontkit's own path.
 */
export function cacheSubsetGlyphs(fontObject: object): void {
  const font = fontObject as TtfFontInternals;
  if (font._variationProcessor || typeof font.createSubset !== 'function') return;
  const glyphs = new Map<number, GlyphEntry>();
  const createSubset = font.createSubset.bind(font);
  font.createSubset = () => {
    const subset = createSubset();
    if (typeof subset._addGlyph !== 'function') return subset; // not a TrueType subset
    const ownAddGlyph = subset._addGlyph.bind(subset);
    subset._addGlyph = function addGlyph(this: TtfSubsetInternals, gid: number): number {
      let entry = glyphs.get(gid);
      if (entry === undefined) glyphs.set(gid, (entry = readGlyph(font, gid)));
      if (entry === null) return ownAddGlyph(gid); // composite: its components are renumbered per subset
      this.glyf.push(entry.bytes);
      this.loca.offsets.push(this.offset);
      this.hmtx.metrics.push({ advance: entry.advance, bearing: entry.bearing });
      this.offset += entry.bytes.length;
      return this.glyf.length - 1;
    };
    return subset;
  };
}

/**
 * Remember which glyph each character maps to. fontkit looks every character up in the font's
 * character map again for every new word of every document (text layout goes through
 * `glyphForCodePoint`); the answer is fontkit's own glyph object, which it keeps anyway.
 */
export function cacheGlyphLookups(fontObject: object): void {
  const font = fontObject as TtfFontInternals;
  const glyphs = new Map<number, unknown>();
  const glyphForCodePoint = font.glyphForCodePoint.bind(font);
  font.glyphForCodePoint = (codePoint) => {
    let glyph = glyphs.get(codePoint);
    if (glyph === undefined) glyphs.set(codePoint, (glyph = glyphForCodePoint(codePoint)));
    return glyph;
  };
}
