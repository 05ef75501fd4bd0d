// The record's QR code carries only {submissionId, sha256}: enough for the desk or an auditor to
// match the paper to the signed request, and no personal data. Encoded by the `qrcode` package and
// drawn as a one-bit image mask (one bit per module, never smoothed: /Interpolate false) in black
// ink: a printer or viewer scales it to sharp squares at any resolution, and it costs about 500
// bytes where the same code as vector rectangles costs three times as much.
import { COLOR, r2 } from './layout';
import type { Flow } from './flow';
import { encodeQr } from './qr-mask';

/** The exact text in the QR code: compact JSON with exactly these two members, in this order. */
export function qrPayload(submissionId: string | null, sha256: string): string {
  return JSON.stringify({ submissionId, sha256 });
}

/** Draw the code with its quiet zone inside the square (x, y, size). */
export function drawQr(flow: Flow, text: string, x: number, y: number, size: number): void {
  const { doc } = flow;
  // One byte-mode segment (the JSON is short: skipping the mode optimiser saves milliseconds),
  // masked as qrcode would mask it, chosen faster (qr-mask.ts).
  const qr = encodeQr(text);
  const n = qr.size;
  const quiet = 4; // modules of white margin the QR standard asks for
  const m = size / (n + 2 * quiet);
  flow.fillInk(COLOR.white).rect(x, y, size, size).fill();
  // One bit per module (0 = dark: an image mask paints its 0 samples in the fill ink).
  const stride = Math.ceil(n / 8);
  const bits = Buffer.alloc(stride * n, 0xff);
  for (let row = 0; row < n; row++) {
    for (let col = 0; col < n; col++) if (qr.dark[row * n + col]) bits[row * stride + (col >> 3)] &= ~(0x80 >> (col & 7));
  }
  const mask = doc.ref({ Type: 'XObject', Subtype: 'Image', Width: n, Height: n, ImageMask: true, Interpolate: false });
  mask.end(bits);
  (doc.page.xobjects as Record<string, PDFKit.PDFKitReference>).QR = mask;
  const side = r2(n * m);
  flow.fillInk(COLOR.black);
  // The image's unit square, scaled to the modules' area; rows run down the page like the code's.
  doc.save().transform(side, 0, 0, -side, r2(x + quiet * m), r2(y + quiet * m) + side).addContent('/QR Do').restore();
}
