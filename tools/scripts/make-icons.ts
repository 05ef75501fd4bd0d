// Draws the app icon (a record sheet with a check mark on the department blue) and writes every
// format the packagers need, with no image tools beyond pngjs:
//   assets/icon.png (512 px, Linux/deb and the window), assets/icon.ico (Windows/Squirrel: PNG
//   entries 16–256 px), assets/icon.icns (macOS: PNG entries 16–1024 px).
// Run: npx tsx scripts/make-icons.ts  (the outputs are committed; rerun only to change the design)
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

// pngjs ships no types: the two calls used here, typed locally.
interface PngImage {
  readonly data: Buffer;
}
const { PNG } = createRequire(__filename)('pngjs') as {
  PNG: { new (options: { width: number; height: number }): PngImage; sync: { write(png: PngImage): Buffer } };
};

type Rgba = readonly [number, number, number, number];
const BLUE: Rgba = [11, 79, 138, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const LINE: Rgba = [155, 179, 201, 255];
const GREEN: Rgba = [46, 157, 91, 255];
const FOLD: Rgba = [214, 226, 238, 255];

function distToSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function insideRoundedRect(x: number, y: number, x0: number, y0: number, x1: number, y1: number, r: number): boolean {
  const cx = Math.max(x0 + r, Math.min(x1 - r, x));
  const cy = Math.max(y0 + r, Math.min(y1 - r, y));
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && Math.hypot(x - cx, y - cy) <= r;
}

/** Colour at a point of the unit square (0..1), or null for transparent. Later layers win. */
function colourAt(x: number, y: number): Rgba | null {
  if (!insideRoundedRect(x, y, 0.02, 0.02, 0.98, 0.98, 0.2)) return null;
  let c: Rgba = BLUE;
  const fold = 0.13;
  const inSheet = x >= 0.26 && x <= 0.74 && y >= 0.16 && y <= 0.84 && !(x > 0.74 - fold && y < 0.16 + fold && x - (0.74 - fold) > y - 0.16);
  if (inSheet) c = WHITE;
  if (x > 0.74 - fold && x <= 0.74 && y >= 0.16 && y < 0.16 + fold && x - (0.74 - fold) <= y - 0.16) c = FOLD;
  for (const ly of [0.29, 0.37]) if (distToSegment(x, y, 0.34, ly, 0.58, ly) <= 0.018) c = LINE;
  if (distToSegment(x, y, 0.35, 0.55, 0.46, 0.66) <= 0.045 || distToSegment(x, y, 0.46, 0.66, 0.66, 0.44) <= 0.045) c = GREEN;
  return c;
}

function render(size: number): Buffer {
  const png = new PNG({ width: size, height: size });
  const ss = 4; // 4×4 supersampling for smooth edges
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const c = colourAt((px + (sx + 0.5) / ss) / size, (py + (sy + 0.5) / ss) / size);
          if (!c) continue;
          r += c[0]; g += c[1]; b += c[2]; a += 255;
        }
      }
      const n = ss * ss;
      const covered = a / 255;
      const i = (py * size + px) * 4;
      png.data[i] = covered ? Math.round(r / covered) : 0;
      png.data[i + 1] = covered ? Math.round(g / covered) : 0;
      png.data[i + 2] = covered ? Math.round(b / covered) : 0;
      png.data[i + 3] = Math.round(a / n);
    }
  }
  return PNG.sync.write(png);
}

/** ICO with PNG-compressed entries (valid since Windows Vista). */
function ico(images: ReadonlyArray<{ size: number; png: Buffer }>): Buffer {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, png }, i) => {
    const e = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, e);
    header.writeUInt8(size >= 256 ? 0 : size, e + 1);
    header.writeUInt16LE(1, e + 4); // colour planes
    header.writeUInt16LE(32, e + 6); // bits per pixel
    header.writeUInt32LE(png.length, e + 8);
    header.writeUInt32LE(offset, e + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...images.map((i) => i.png)]);
}

/** ICNS with PNG entries: icp4 16, icp5 32, icp6 64, ic07 128, ic08 256, ic09 512, ic10 1024. */
function icns(images: ReadonlyArray<{ type: string; png: Buffer }>): Buffer {
  const chunks = images.map(({ type, png }) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(8 + chunks.reduce((n, c) => n + c.length, 0), 4);
  return Buffer.concat([head, ...chunks]);
}

const assets = path.resolve(__dirname, '..', '..', 'assets');
const sizes = new Map<number, Buffer>([16, 24, 32, 48, 64, 128, 256, 512, 1024].map((s) => [s, render(s)]));
const at = (s: number): Buffer => sizes.get(s) as Buffer;
writeFileSync(path.join(assets, 'icon.png'), at(512));
writeFileSync(path.join(assets, 'icon.ico'), ico([16, 24, 32, 48, 64, 128, 256].map((size) => ({ size, png: at(size) }))));
writeFileSync(
  path.join(assets, 'icon.icns'),
  icns([['icp4', 16], ['icp5', 32], ['icp6', 64], ['ic07', 128], ['ic08', 256], ['ic09', 512], ['ic10', 1024]].map(([type, s]) => ({ type: type as string, png: at(s as number) }))),
);
console.log('wrote assets/icon.png, assets/icon.ico, assets/icon.icns');
