// Keeps what fontkit's TrueType subsetter reads about each glyph for the whole process. For every
// glyph a document uses, fontkit's subset fully decodes the outline (every point) only to learn
// whether it is a composite, then copies the glyph's raw bytes: the record's glyphs were decoded
// again for every record. The fonts never change in a process, so each glyph's bytes, components
// and metrics are read once; each subset still builds its own glyph table in its own order, so the
// embedded subset is byte-for-byte what fontkit itself writes.

/** A composite glyph's reference to another glyph, and where its id sits in the glyph's bytes. */
interface Component {
  readonly glyphID: number;
  readonly pos: number;
}

/** What the subsetter needs of one glyph of the source font. */
interface GlyphEntry {
  readonly bytes: Uint8Array;
  readonly components: readonly Component[] | null;
  readonly advance: number;
  readonly bearing: number;
}

/** The parts of fontkit's TTFFont the subsetter reads (fontkit 2.x internals). */
interface TtfFontInternals {
  readonly loca: { readonly offsets: readonly number[] };
  readonly _variationProcessor?: unknown;
  _getTableStream(tag: 'glyf'): { pos: number; readBuffer(length: number): Uint8Array };
  getGlyph(gid: number): {
    readonly advanceWidth: number;
    _decode(): { numberOfContours: number; components?: Component[] } | null;
    _getMetrics(): { leftBearing: number };
  };
  createSubset(): TtfSubsetInternals;
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
  const components = glyf && glyf.numberOfContours < 0 ? (glyf.components ?? []).map((c) => ({ glyphID: c.glyphID, pos: c.pos })) : null;
  return { bytes, components, advance: glyph.advanceWidth, bearing: glyph._getMetrics().leftBearing };
}

/**
 * Make `font`'s subsets read each glyph once per process. The same steps as fontkit's own
 * `_addGlyph`, in the same order (a composite's components join the subset as it is added), so the
 * subset's bytes do not change. Fonts with variations (none here) keep fontkit's own path.
 */
export function cacheSubsetGlyphs(fontObject: object): void {
  const font = fontObject as TtfFontInternals;
  if (font._variationProcessor || typeof font.createSubset !== 'function') return;
  const glyphs = new Map<number, GlyphEntry>();
  const createSubset = font.createSubset.bind(font);
  font.createSubset = () => {
    const subset = createSubset();
    if (typeof subset._addGlyph !== 'function') return subset; // not a TrueType subset
    subset._addGlyph = function addGlyph(this: TtfSubsetInternals, gid: number): number {
      let entry = glyphs.get(gid);
      if (!entry) glyphs.set(gid, (entry = readGlyph(font, gid)));
      let bytes = entry.bytes;
      if (entry.components) {
        bytes = new Uint8Array(bytes); // the component ids are renumbered for this subset
        const view = new DataView(bytes.buffer);
        for (const c of entry.components) view.setUint16(c.pos, this.includeGlyph(c.glyphID));
      }
      this.glyf.push(bytes);
      this.loca.offsets.push(this.offset);
      this.hmtx.metrics.push({ advance: entry.advance, bearing: entry.bearing });
      this.offset += bytes.length;
      return this.glyf.length - 1;
    };
    return subset;
  };
}
