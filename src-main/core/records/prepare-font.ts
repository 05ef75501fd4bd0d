// Prepares a font for the record before pdfkit subsets it, once per process, in memory:
// - TrueType hinting goes (per-glyph bytecode and the fpgm/prep/cvt programs). It only snaps
//   outlines to a screen's pixel grid at small sizes; a printed A4 form does not need it, and in
//   BIZ UDPGothic it is about a fifth of every kanji's bytes.
// - The OpenType substitution table (GSUB) goes. For horizontal Japanese and English text it
//   changes no glyph (its features are vertical forms, width variants and other alternates the
//   record never asks for), but with it fontkit runs the full shaping engine on every string;
//   without it, text maps straight through the cmap — several times faster per record.
// - The design grid goes from 2048 to 1000 units per em (outlines, advances and metrics scaled
//   and rounded): a point moves by at most 1/2000 em, 0.005 pt in 10 pt text, far below what paper
//   or a screen at any usual zoom can show; but most coordinate steps then fit in one byte, which
//   makes every embedded kanji about a tenth smaller (and PDF widths whole numbers). Vertical
//   metrics (vhea/vmtx), which the record never uses, go rather than being scaled.
// The character map and the shapes are otherwise untouched, so text looks and extracts the same.

interface TableRecord { tag: string; offset: number; length: number }

const DROPPED = new Set(['fpgm', 'prep', 'cvt ', 'GSUB', 'vhea', 'vmtx']);
export const RECORD_UNITS_PER_EM = 1000;
// Simple-glyph point flags (OpenType 'glyf').
const ON_CURVE = 0x01;
const X_SHORT = 0x02;
const Y_SHORT = 0x04;
const REPEAT = 0x08;
const X_SAME_OR_POSITIVE = 0x10;
const Y_SAME_OR_POSITIVE = 0x20;
const OVERLAP_SIMPLE = 0x40;
// Composite-glyph component flags.
const ARG_WORDS = 0x0001;
const ARGS_ARE_XY = 0x0002;
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

/** Scales the int16 fields at `offsets` of a table (in place). */
function scaleFields(table: Buffer, offsets: readonly number[], scale: (v: number) => number): void {
  for (const at of offsets) if (at + 2 <= table.length) table.writeInt16BE(scale(table.readInt16BE(at)), at);
}

// Scratch space for one glyph's points (grown when a glyph has more).
let flagsOf = new Uint8Array(512);
let xsOf = new Int32Array(512);
let ysOf = new Int32Array(512);

/**
 * Writes simple glyph `g` (with `contours` contours) at `out[at]`: instructions dropped, points
 * scaled by `k` and stored in the smallest standard form (one-byte steps where they fit, repeated
 * flags run-length coded). Returns the number of bytes written, never more than `g.length`.
 */
function writeSimpleGlyph(g: Buffer, contours: number, k: number, out: Buffer, at: number): number {
  const points = contours ? g.readUInt16BE(8 + 2 * contours) + 1 : 0;
  if (points > flagsOf.length) {
    flagsOf = new Uint8Array(points);
    xsOf = new Int32Array(points);
    ysOf = new Int32Array(points);
  }
  const flags = flagsOf, xs = xsOf, ys = ysOf;
  let p = 10 + 2 * contours;
  p += 2 + g.readUInt16BE(p); // instructions: dropped
  for (let i = 0; i < points;) {
    const f = g[p++] as number;
    flags[i++] = f;
    if (f & REPEAT) for (let r = g[p++] as number; r > 0; r--) flags[i++] = f;
  }
  let v = 0;
  for (let i = 0; i < points; i++) {
    const f = flags[i] as number;
    if (f & X_SHORT) v += f & X_SAME_OR_POSITIVE ? (g[p++] as number) : -(g[p++] as number);
    else if (!(f & X_SAME_OR_POSITIVE)) { v += g.readInt16BE(p); p += 2; }
    xs[i] = Math.round(v * k);
  }
  v = 0;
  for (let i = 0; i < points; i++) {
    const f = flags[i] as number;
    if (f & Y_SHORT) v += f & Y_SAME_OR_POSITIVE ? (g[p++] as number) : -(g[p++] as number);
    else if (!(f & Y_SAME_OR_POSITIVE)) { v += g.readInt16BE(p); p += 2; }
    ys[i] = Math.round(v * k);
  }

  let xMin = points ? (xs[0] as number) : 0, xMax = xMin, yMin = points ? (ys[0] as number) : 0, yMax = yMin;
  for (let i = 1; i < points; i++) {
    const x = xs[i] as number, y = ys[i] as number;
    if (x < xMin) xMin = x;
    if (x > xMax) xMax = x;
    if (y < yMin) yMin = y;
    if (y > yMax) yMax = y;
  }
  out.writeInt16BE(contours, at);
  out.writeInt16BE(xMin, at + 2);
  out.writeInt16BE(yMin, at + 4);
  out.writeInt16BE(xMax, at + 6);
  out.writeInt16BE(yMax, at + 8);
  g.copy(out, at + 10, 10, 10 + 2 * contours); // contour end points
  out.writeUInt16BE(0, at + 10 + 2 * contours); // no instructions
  let q = at + 12 + 2 * contours;

  // New flags (on-curve bit kept, and the overlap bit on the first point), then their bytes.
  const overlap = points ? (flags[0] as number) & OVERLAP_SIMPLE : 0;
  for (let i = 0, px = 0, py = 0; i < points; i++) {
    const dx = (xs[i] as number) - px, dy = (ys[i] as number) - py;
    px = xs[i] as number;
    py = ys[i] as number;
    let f = (flags[i] as number) & ON_CURVE;
    if (dx === 0) f |= X_SAME_OR_POSITIVE;
    else if (dx >= -255 && dx <= 255) f |= X_SHORT | (dx > 0 ? X_SAME_OR_POSITIVE : 0);
    if (dy === 0) f |= Y_SAME_OR_POSITIVE;
    else if (dy >= -255 && dy <= 255) f |= Y_SHORT | (dy > 0 ? Y_SAME_OR_POSITIVE : 0);
    flags[i] = i === 0 ? f | overlap : f;
  }
  for (let i = 0; i < points;) {
    const f = flags[i] as number;
    let run = 0;
    while (i + run + 1 < points && flags[i + run + 1] === f && run < 255) run++;
    if (run > 0) { out[q++] = f | REPEAT; out[q++] = run; } else out[q++] = f;
    i += run + 1;
  }
  q = writeSteps(xs, flags, X_SHORT, points, out, q);
  q = writeSteps(ys, flags, Y_SHORT, points, out, q);
  return q - at;
}

/** The non-zero coordinate steps, one byte or two as the flags say; returns the new write position. */
function writeSteps(cs: Int32Array, flags: Uint8Array, short: number, points: number, out: Buffer, q: number): number {
  for (let i = 0, prev = 0; i < points; i++) {
    const d = (cs[i] as number) - prev;
    prev = cs[i] as number;
    if (d === 0) continue;
    if ((flags[i] as number) & short) out[q++] = d < 0 ? -d : d;
    else {
      out[q++] = (d >> 8) & 0xff;
      out[q++] = d & 0xff;
    }
  }
  return q;
}

/**
 * Writes glyph `g` at `out[at]` without its instructions, scaled by `k`; returns the bytes
 * written (empty glyphs stay empty).
 */
function writeGlyph(g: Buffer, k: number, out: Buffer, at: number): number {
  if (g.length === 0) return 0;
  const contours = g.readInt16BE(0);
  if (contours >= 0) return writeSimpleGlyph(g, contours, k, out, at);
  const composite = compositeGlyph(g, k);
  composite.copy(out, at);
  return composite.length;
}

/**
 * A composite glyph without instructions: components keep their glyph and transform; xy offsets
 * are scaled (always as words, so it may grow by two bytes per component).
 */
function compositeGlyph(g: Buffer, k: number): Buffer {
  const s = (v: number): number => Math.round(v * k);
  const contours = g.readInt16BE(0);
  const parts: Buffer[] = [Buffer.alloc(10)];
  parts[0]?.writeInt16BE(contours, 0);
  for (let i = 0; i < 4; i++) parts[0]?.writeInt16BE(s(g.readInt16BE(2 + 2 * i)), 2 + 2 * i);
  let p = 10;
  for (;;) {
    const flags = g.readUInt16BE(p);
    const glyph = g.readUInt16BE(p + 2);
    const words = (flags & ARG_WORDS) !== 0;
    let a1 = words ? g.readInt16BE(p + 4) : g.readInt8(p + 4);
    let a2 = words ? g.readInt16BE(p + 6) : g.readInt8(p + 5);
    if (!(flags & ARGS_ARE_XY)) { a1 = words ? g.readUInt16BE(p + 4) : g.readUInt8(p + 4); a2 = words ? g.readUInt16BE(p + 6) : g.readUInt8(p + 5); }
    p += 4 + (words ? 4 : 2);
    const transform = flags & HAS_SCALE ? 2 : flags & HAS_XY_SCALE ? 4 : flags & HAS_2X2 ? 8 : 0;
    const out = Buffer.alloc(8 + transform);
    out.writeUInt16BE((flags & ~HAS_INSTRUCTIONS) | ARG_WORDS, 0);
    out.writeUInt16BE(glyph, 2);
    if (flags & ARGS_ARE_XY) { out.writeInt16BE(s(a1), 4); out.writeInt16BE(s(a2), 6); }
    else { out.writeUInt16BE(a1, 4); out.writeUInt16BE(a2, 6); } // point numbers: unchanged
    g.copy(out, 8, p, p + transform);
    p += transform;
    parts.push(out);
    if (!(flags & MORE_COMPONENTS)) return Buffer.concat(parts);
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
    if (!t) throw new Error(`prepareRecordFont: no ${tag} table`);
    return t;
  };
  const copy = (tag: string): Buffer => Buffer.from(font.subarray(need(tag).offset, need(tag).offset + need(tag).length));
  const head = copy('head');
  const k = RECORD_UNITS_PER_EM / head.readUInt16BE(18);
  const scale = (v: number): number => Math.round(v * k);
  const numGlyphs = font.readUInt16BE(need('maxp').offset + 4);
  const longLoca = head.readInt16BE(50) === 1;
  const loca = need('loca');
  const glyf = need('glyf');
  const at = (i: number): number => (longLoca ? font.readUInt32BE(loca.offset + 4 * i) : 2 * font.readUInt16BE(loca.offset + 2 * i));

  // Re-encoded glyphs are never longer than before, except composites (at most a third longer).
  const newGlyf = Buffer.alloc(Math.ceil((glyf.length * 4) / 3) + numGlyphs);
  const newLoca = Buffer.alloc(4 * (numGlyphs + 1));
  let offset = 0;
  for (let i = 0; i < numGlyphs; i++) {
    newLoca.writeUInt32BE(offset, 4 * i);
    // Glyph 0 (.notdef, drawn for a character the font lacks) keeps its width but not its outline,
    // as font subsetters do by default: the record never asks for it (such characters print as 〓).
    if (i === 0) continue;
    offset += writeGlyph(font.subarray(glyf.offset + at(i), glyf.offset + at(i + 1)), k, newGlyf, offset);
    offset += offset & 1; // even, not 4-aligned: pdfkit copies the padding into its subset
  }
  newLoca.writeUInt32BE(offset, 4 * numGlyphs);
  head.writeUInt16BE(RECORD_UNITS_PER_EM, 18);
  scaleFields(head, [36, 38, 40, 42], scale); // font bounding box
  head.writeInt16BE(1, 50); // long loca offsets
  head.writeUInt32BE(0, 8); // checkSumAdjustment, recomputed below

  // Metrics in font units, scaled like the outlines: hhea ascender, descender, line gap, advance
  // max, min side bearings, max extent, caret offset; every advance and side bearing; OS/2's
  // average width, sub/superscript and strikeout geometry, typo and win metrics, x and cap height;
  // the underline. (usWinAscent/Descent are unsigned but far below 32768.)
  const hhea = copy('hhea');
  scaleFields(hhea, [4, 6, 8, 10, 12, 14, 16, 22], scale);
  const hmtx = copy('hmtx');
  const longMetrics = hhea.readUInt16BE(34);
  for (let i = 0; i < longMetrics; i++) {
    hmtx.writeUInt16BE(scale(hmtx.readUInt16BE(4 * i)), 4 * i);
    scaleFields(hmtx, [4 * i + 2], scale);
  }
  for (let at2 = 4 * longMetrics; at2 + 2 <= hmtx.length; at2 += 2) scaleFields(hmtx, [at2], scale);
  const os2 = copy('OS/2');
  scaleFields(os2, [2, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 68, 70, 72, 74, 76, 86, 88], scale);
  const post = copy('post');
  scaleFields(post, [8, 10], scale);

  const replaced = new Map<string, Buffer>([['glyf', newGlyf.subarray(0, offset)], ['loca', newLoca], ['head', head], ['hhea', hhea], ['hmtx', hmtx], ['OS/2', os2], ['post', post]]);
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
