// The QR code the `qrcode` package would draw, with its mask chosen faster. qrcode picks the mask
// (one of eight) with the lowest penalty score of the QR standard (ISO/IEC 18004 §7.8.3), reading
// the matrix one module at a time through method calls for each of the eight: over half a
// millisecond per record. Here the code is encoded once with mask 0, the seven other masked
// symbols are derived from it on plain byte arrays (the mask flips only data modules; the format
// bits are rewritten) and scored with the same rules and the same tie break (the first lowest
// wins): the code is the one qrcode's own choice gives, module for module (a test compares them
// over many payloads).
import QRCode, { type QRCode as QrSymbol, type QRCodeSegment } from 'qrcode';

const MASKS: readonly ((i: number, j: number) => boolean)[] = [
  (i, j) => (i + j) % 2 === 0,
  (i) => i % 2 === 0,
  (_i, j) => j % 3 === 0,
  (i, j) => (i + j) % 3 === 0,
  (i, j) => (Math.floor(i / 2) + Math.floor(j / 3)) % 2 === 0,
  (i, j) => ((i * j) % 2) + ((i * j) % 3) === 0,
  (i, j) => (((i * j) % 2) + ((i * j) % 3)) % 2 === 0,
  (i, j) => (((i * j) % 3) + ((i + j) % 2)) % 2 === 0,
];

/** The 15 format bits for error correction level M (its indicator is 00) and `mask`: BCH(15, 5). */
function formatBits(mask: number): number {
  const G15 = 0b10100110111;
  const data = mask; // (level M = 0) << 3 | mask
  let d = data << 10;
  for (let shift = 4; shift >= 0; shift--) if (d & (1 << (shift + 10))) d ^= G15 << shift;
  return ((data << 10) | d) ^ 0b101010000010010;
}

/** Write the format bits for `mask` where qrcode puts them (next to the finder patterns). */
function writeFormat(m: Uint8Array, size: number, mask: number): void {
  const bits = formatBits(mask);
  for (let i = 0; i < 15; i++) {
    const bit = (bits >> i) & 1;
    const row = i < 6 ? i : i < 8 ? i + 1 : size - 15 + i;
    m[row * size + 8] = bit;
    const col = i < 8 ? size - i - 1 : i < 9 ? 15 - i : 15 - i - 1;
    m[8 * size + col] = bit;
  }
  m[(size - 8) * size + 8] = 1; // the dark module
}

/**
 * Along each row: runs of five or more same-coloured modules (3 + length − 5 each) and 1:1:3:1:1
 * finder-like patterns next to 4 light modules (40 each). Columns are scored as rows of the
 * transposed symbol.
 */
function rowPenalty(m: Uint8Array, n: number): number {
  let points = 0;
  for (let row = 0; row < n; row++) {
    const start = row * n;
    let run = 1;
    let bits = m[start] ?? 0;
    for (let col = 1; col < n; col++) {
      const v = m[start + col] ?? 0;
      if (v === m[start + col - 1]) run++;
      else { if (run >= 5) points += run - 2; run = 1; }
      bits = ((bits << 1) & 0x7ff) | v;
      if (col >= 10 && (bits === 0x5d0 || bits === 0x05d)) points += 40;
    }
    if (run >= 5) points += run - 2;
  }
  return points;
}

/** 2×2 blocks of one colour (3 each) and how far the dark share is from half (10 per 5 %). */
function areaPenalty(m: Uint8Array, n: number): number {
  let blocks = 0;
  let dark = 0;
  for (let i = 0; i < n * n; i++) dark += m[i] ?? 0;
  for (let row = 0; row < n - 1; row++) {
    for (let col = 0, i = row * n; col < n - 1; col++, i++) {
      const sum = (m[i] ?? 0) + (m[i + 1] ?? 0) + (m[i + n] ?? 0) + (m[i + n + 1] ?? 0);
      if (sum === 4 || sum === 0) blocks++;
    }
  }
  return blocks * 3 + Math.abs(Math.ceil((dark * 100) / (n * n) / 5) - 10) * 10;
}

/** Per symbol size: for each mask, 1 where it differs from mask 0 on a data module (cached). */
const FLIPS = new Map<number, readonly Uint8Array[]>();

function flipsFor(n: number, reserved: Uint8Array): readonly Uint8Array[] {
  let flips = FLIPS.get(n); // a size is one QR version: its function patterns never differ
  if (!flips) {
    const mask0 = MASKS[0] ?? ((): boolean => false);
    flips = MASKS.map((mask) => {
      const flip = new Uint8Array(n * n);
      for (let row = 0, i = 0; row < n; row++) {
        for (let col = 0; col < n; col++, i++) flip[i] = !reserved[i] && mask0(row, col) !== mask(row, col) ? 1 : 0;
      }
      return flip;
    });
    FLIPS.set(n, flips);
  }
  return flips;
}

/** A QR symbol's modules, row by row (1 = dark), `size` modules square. */
export interface QrModules {
  readonly size: number;
  readonly dark: Uint8Array;
  /** The mask pattern applied (0–7). */
  readonly mask: number;
}

/**
 * The symbol qrcode would make from `withMask0` (its own encoding with mask 0) had it chosen the
 * mask itself: each mask's symbol is derived and scored, and the lowest score wins (the first on a tie).
 */
export function withBestMask(withMask0: QrSymbol): QrModules {
  const { size: n, data, reservedBit } = withMask0.modules;
  const m = new Uint8Array(n * n);
  const t = new Uint8Array(n * n);
  let best: QrModules = { size: n, dark: m, mask: 0 };
  let lowest = Infinity;
  flipsFor(n, reservedBit).forEach((flip, p) => {
    for (let i = 0; i < m.length; i++) m[i] = (data[i] ?? 0) ^ (flip[i] ?? 0);
    writeFormat(m, n, p);
    for (let row = 0; row < n; row++) for (let col = 0; col < n; col++) t[col * n + row] = m[row * n + col] ?? 0;
    const penalty = rowPenalty(m, n) + rowPenalty(t, n) + areaPenalty(m, n);
    if (penalty < lowest) { lowest = penalty; best = { size: n, dark: m.slice(), mask: p }; }
  });
  return best;
}

/** `text` as one byte-mode segment at error correction level M, masked as qrcode would mask it. */
export function encodeQr(text: string): QrModules {
  const segments: QRCodeSegment[] = [{ data: Buffer.from(text, 'utf8'), mode: 'byte' }];
  return withBestMask(QRCode.create(segments, { errorCorrectionLevel: 'M', maskPattern: 0 }));
}
