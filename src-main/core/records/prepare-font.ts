// Prepares a font for the record before pdfkit subsets it, once per process, in memory:
// - TrueType hinting goes (per-glyph bytecode and the fpgm/prep/cvt programs). It only snaps
//   outlines to a screen's pixel grid at small sizes; a printed A4 form does not need it, and in
//   BIZ UDPGothic it is about a fifth of every kanji's bytes.
// - The OpenType substitution table (GSUB) goes. For horizontal Japanese and English text it
//   changes no glyph (its features are vertical forms, width variants and other alternates the
//   record never asks for), but with it fontkit runs the full shaping engine on every string;
//   without it, text maps straight through the cmap — several times faster per record.
// Outlines, metrics and the character map are untouched, so text looks and extracts the same.

interface TableRecord { tag: string; offset: number; length: number }

const DROPPED = new Set(['fpgm', 'prep', 'cvt ', 'GSUB']);
// Composite-glyph component flags (OpenType 'glyf').
const ARG_WORDS = 0x0001;
const HAS_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const HAS_XY_SCALE = 0x0040;
const HAS_2X2 = 0x0080;
const HAS_INSTRUCTIONS = 0x0100;

function tables(font: Buffer): Map<string, TableRecord> {
  const out = new Map<string, TableRecord>();
  const count = font.readUInt16BE(4);
  for (let i = 0; i < count; i++) {
    const at = 12 + i * 16;
    out.set(font.toString('latin1', at, at + 4), { tag: font.toString('latin1', at, at + 4), offset: font.readUInt32BE(at + 8), length: font.readUInt32BE(at + 12) });
  }
  return out;
}

/** One glyph without its instructions (a copy; empty glyphs stay empty). */
function stripGlyph(g: Buffer): Buffer {
  if (g.length === 0) return g;
  const contours = g.readInt16BE(0);
  if (contours >= 0) {
    const lenAt = 10 + 2 * contours;
    const instructions = g.readUInt16BE(lenAt);
    const out = Buffer.concat([g.subarray(0, lenAt + 2), g.subarray(lenAt + 2 + instructions)]);
    out.writeUInt16BE(0, lenAt);
    return out;
  }
  const out = Buffer.from(g);
  let p = 10;
  for (;;) {
    const flags = out.readUInt16BE(p);
    out.writeUInt16BE(flags & ~HAS_INSTRUCTIONS, p);
    p += 4 + (flags & ARG_WORDS ? 4 : 2) + (flags & HAS_SCALE ? 2 : flags & HAS_XY_SCALE ? 4 : flags & HAS_2X2 ? 8 : 0);
    if (!(flags & MORE_COMPONENTS)) return out.subarray(0, p);
  }
}

const pad4 = (n: number): number => (n + 3) & ~3;

function checksum(b: Buffer): number {
  let sum = 0;
  const padded = b.length % 4 === 0 ? b : Buffer.concat([b, Buffer.alloc(4 - (b.length % 4))]);
  for (let i = 0; i < padded.length; i += 4) sum = (sum + padded.readUInt32BE(i)) >>> 0;
  return sum;
}

export function prepareRecordFont(font: Buffer): Buffer {
  const dir = tables(font);
  const need = (tag: string): TableRecord => {
    const t = dir.get(tag);
    if (!t) throw new Error(`stripHinting: no ${tag} table`);
    return t;
  };
  const head = Buffer.from(font.subarray(need('head').offset, need('head').offset + need('head').length));
  const numGlyphs = font.readUInt16BE(need('maxp').offset + 4);
  const longLoca = head.readInt16BE(50) === 1;
  const loca = need('loca');
  const glyf = need('glyf');
  const at = (i: number): number => (longLoca ? font.readUInt32BE(loca.offset + 4 * i) : 2 * font.readUInt16BE(loca.offset + 2 * i));

  const glyphs: Buffer[] = [];
  const newLoca = Buffer.alloc(4 * (numGlyphs + 1));
  let offset = 0;
  for (let i = 0; i < numGlyphs; i++) {
    const g = stripGlyph(font.subarray(glyf.offset + at(i), glyf.offset + at(i + 1)));
    const padded = pad4(g.length);
    glyphs.push(g, Buffer.alloc(padded - g.length));
    newLoca.writeUInt32BE(offset, 4 * i);
    offset += padded;
  }
  newLoca.writeUInt32BE(offset, 4 * numGlyphs);
  head.writeInt16BE(1, 50); // long loca offsets
  head.writeUInt32BE(0, 8); // checkSumAdjustment, recomputed below

  const replaced = new Map<string, Buffer>([['glyf', Buffer.concat(glyphs)], ['loca', newLoca], ['head', head]]);
  const kept = [...dir.values()].filter((t) => !DROPPED.has(t.tag)).sort((a, b) => (a.tag < b.tag ? -1 : 1));
  const bodies = kept.map((t) => replaced.get(t.tag) ?? font.subarray(t.offset, t.offset + t.length));
  const headerSize = 12 + 16 * kept.length;
  const header = Buffer.alloc(headerSize);
  font.copy(header, 0, 0, 4); // sfnt version
  const pow2 = 2 ** Math.floor(Math.log2(kept.length));
  header.writeUInt16BE(kept.length, 4);
  header.writeUInt16BE(pow2 * 16, 6);
  header.writeUInt16BE(Math.log2(pow2), 8);
  header.writeUInt16BE(kept.length * 16 - pow2 * 16, 10);
  let cursor = headerSize;
  kept.forEach((t, i) => {
    const body = bodies[i] as Buffer;
    header.write(t.tag, 12 + 16 * i, 'latin1');
    header.writeUInt32BE(checksum(body), 12 + 16 * i + 4);
    header.writeUInt32BE(cursor, 12 + 16 * i + 8);
    header.writeUInt32BE(body.length, 12 + 16 * i + 12);
    cursor += pad4(body.length);
  });
  const out = Buffer.concat([header, ...bodies.flatMap((b) => [b, Buffer.alloc(pad4(b.length) - b.length)])]);
  const headAt = header.readUInt32BE(12 + 16 * kept.findIndex((t) => t.tag === 'head') + 8);
  out.writeUInt32BE((0xb1b0afba - checksum(out)) >>> 0, headAt + 8);
  return out;
}
