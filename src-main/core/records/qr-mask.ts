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
 * The standard's penalty score of a masked symbol: runs of five or more same-coloured modules in
 * a row or column (3 + length − 5 each), 2×2 blocks of one colour (3 each), 1:1:3:1:1 finder-like
 * patterns next to 4 light modules in a row or column (40 each), and the dark share's distance
 * from half (10 per 5 %). Row `a` and column `a` are read in the same pass.
 */
function penalty(m: Uint8Array, n: number): number {
  let points = 0;
  let blocks = 0;
  let dark = 0;
  for (let a = 0; a < n; a++) {
    let rowRun = 0;
    let colRun = 0;
    let rowBits = 0;
    let colBits = 0;
    let lastInRow = -1;
    let lastInCol = -1;
    for (let b = 0; b < n; b++) {
      const i = a * n + b;
      const r = m[i] ?? 0; // row a, column b
      const c = m[b * n + a] ?? 0; // row b, column a
      dark += r;
      if (r === lastInRow) rowRun++;
      else { if (rowRun >= 5) points += rowRun - 2; rowRun = 1; lastInRow = r; }
      if (c === lastInCol) colRun++;
      else { if (colRun >= 5) points += colRun - 2; colRun = 1; lastInCol = c; }
      rowBits = ((rowBits << 1) & 0x7ff) | r;
      colBits = ((colBits << 1) & 0x7ff) | c;
      if (b >= 10 && (rowBits === 0x5d0 || rowBits === 0x05d)) points += 40;
      if (b >= 10 && (colBits === 0x5d0 || colBits === 0x05d)) points += 40;
      if (a < n - 1 && b < n - 1) {
        const sum = r + (m[i + 1] ?? 0) + (m[i + n] ?? 0) + (m[i + n + 1] ?? 0);
        if (sum === 4 || sum === 0) blocks++;
      }
    }
    if (rowRun >= 5) points += rowRun - 2;
    if (colRun >= 5) points += colRun - 2;
  }
  return points + blocks * 3 + Math.abs(Math.ceil((dark * 100) / (n * n) / 5) - 10) * 10;
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
  let best: QrModules = { size: n, dark: m, mask: 0 };
  let lowest = Infinity;
  flipsFor(n, reservedBit).forEach((flip, p) => {
    for (let i = 0; i < m.length; i++) m[i] = (data[i] ?? 0) ^ (flip[i] ?? 0);
    writeFormat(m, n, p);
    const score = penalty(m, n);
    if (score < lowest) { lowest = score; best = { size: n, dark: m.slice(), mask: p }; }
  });
  return best;
}

/** `text` as one byte-mode segment at error correction level M, masked as qrcode would mask it. */
export function encodeQr(text: string): QrModules {
  const segments: QRCodeSegment[] = [{ data: Buffer.from(text, 'utf8'), mode: 'byte' }];
  return withBestMask(QRCode.create(segments, { errorCorrectionLevel: 'M', maskPattern: 0 }));
}
