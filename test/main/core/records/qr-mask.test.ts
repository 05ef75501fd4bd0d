import { randomBytes, randomUUID } from 'node:crypto';
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { qrPayload } from '../../../../src-main/core/records/qr';
import { encodeQr } from '../../../../src-main/core/records/qr-mask';

/** What qrcode draws when it chooses the mask itself (the record's code before the faster choice). */
function qrcodeOwn(text: string): { size: number; mask: number; dark: number[] } {
  const qr = QRCode.create([{ data: Buffer.from(text, 'utf8'), mode: 'byte' }], { errorCorrectionLevel: 'M' });
  return { size: qr.modules.size, mask: qr.maskPattern ?? -1, dark: [...qr.modules.data] };
}

const ours = (text: string): { size: number; mask: number; dark: number[] } => {
  const qr = encodeQr(text);
  return { size: qr.size, mask: qr.mask, dark: [...qr.dark] };
};

describe('encodeQr', () => {
  it('draws exactly the code qrcode would, module for module, for record payloads and other texts', () => {
    const masks = new Set<number>();
    for (let i = 0; i < 400; i++) {
      // Record payloads (with and without a submission id) and random bytes of many lengths,
      // so several QR versions (sizes) and all eight masks are met.
      const text = i % 2 === 0
        ? qrPayload(i % 4 === 0 ? null : randomUUID(), randomBytes(32).toString('hex'))
        : randomBytes(1 + ((i * 7) % 250)).toString('latin1');
      const expected = qrcodeOwn(text);
      expect(ours(text)).toStrictEqual(expected);
      masks.add(expected.mask);
    }
    expect([...masks].sort()).toStrictEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });
});
