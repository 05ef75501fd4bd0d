// The record's QR code carries only {submissionId, sha256}: enough for the desk or an auditor to
// match the paper to the signed request, and no personal data. Encoded by the `qrcode` package and
// drawn as vector rectangles (one filled path), so it stays sharp at any print resolution and
// costs a few hundred bytes.
import QRCode from 'qrcode';
import { COLOR, r2 } from './layout';
import type { Flow } from './flow';

/** The exact text in the QR code: compact JSON with exactly these two members, in this order. */
export function qrPayload(submissionId: string | null, sha256: string): string {
  return JSON.stringify({ submissionId, sha256 });
}

/** Draw the code with its quiet zone inside the square (x, y, size). */
export function drawQr(flow: Flow, text: string, x: number, y: number, size: number): void {
  const { doc } = flow;
  // One byte-mode segment: the JSON is short, and skipping the mode optimiser saves milliseconds.
  const qr = QRCode.create([{ data: Buffer.from(text, 'utf8'), mode: 'byte' }], { errorCorrectionLevel: 'M' });
  const n = qr.modules.size;
  const quiet = 4; // modules of white margin the QR standard asks for
  const m = size / (n + 2 * quiet);
  flow.fillInk(COLOR.white).rect(x, y, size, size).fill();
  for (let row = 0; row < n; row++) {
    let col = 0;
    while (col < n) {
      if (!qr.modules.get(row, col)) { col++; continue; }
      const start = col;
      while (col < n && qr.modules.get(row, col)) col++;
      // Runs of dark modules become one rectangle; a hair of overlap avoids white seams when printed.
      doc.rect(r2(x + (quiet + start) * m), r2(y + (quiet + row) * m), r2((col - start) * m + 0.05), r2(m + 0.05));
    }
  }
  flow.fillInk(COLOR.black);
  doc.fill();
}
