// Page 1's head: the title (titleBlock, shared by every paper), the case's identifiers beside the QR code, and the note that no
// document number was recorded.
import type { Language } from '../../../src-shared/core-api';
import { paragraph, STYLE } from './blocks';
import { formatDate, formatInstant } from './format';
import { COLOR, CONTENT_WIDTH, MARGIN, PAD, PAGE } from './layout';
import type { Flow } from './flow';
import { drawRow } from './rows';
import { drawQr, qrPayload } from './qr';
import type { RecordView } from './record-view';
import { recordText } from './text';

const QR_SIZE = 92;

/** The centred title (and a smaller subtitle) over a double rule: how every paper starts. */
export function titleBlock(flow: Flow, title: string, size: number, subtitle?: string): void {
  flow.drawLine({ font: 'B', size, text: title, height: 26, dx: 0, align: 'center' }, MARGIN.left, flow.y, CONTENT_WIDTH);
  flow.y += 30;
  if (subtitle) {
    flow.drawLine({ ...STYLE.small, size: 9, text: subtitle, height: 13, dx: 0, align: 'center' }, MARGIN.left, flow.y - 4, CONTENT_WIDTH);
    flow.y += 12;
  }
  flow.strokeInk(COLOR.heading, 1.4).moveTo(MARGIN.left, flow.y).lineTo(PAGE.width - MARGIN.right, flow.y).stroke();
  flow.strokeInk(COLOR.heading, 0.5).moveTo(MARGIN.left, flow.y + 2.5).lineTo(PAGE.width - MARGIN.right, flow.y + 2.5).stroke();
  flow.y += 12;
}

export function recordHeader(flow: Flow, view: RecordView, lang: Language, issued: string): void {
  const t = recordText(lang);
  titleBlock(flow, t.title, lang === 'ja' ? 17 : 14.5);

  const top = flow.y;
  const metaWidth = CONTENT_WIDTH - QR_SIZE - 14;
  const lw = lang === 'ja' ? 84 : 96;
  const widths = [lw, metaWidth - lw];
  const rows: [string, string, 'large' | 'value'][] = [
    [t.meta.caseNumber, view.caseNumber, 'large'],
    [t.meta.department, view.department.name, 'value'],
    [t.meta.verifiedAt, formatInstant(view.verification.verifiedAt, lang), 'value'],
    [t.meta.issued, formatDate(issued, lang), 'value'],
  ];
  for (const [label, value, style] of rows) {
    drawRow(flow, widths, [
      { lines: flow.lines(label, lw - 2 * PAD.x, STYLE.label), fill: COLOR.fill },
      { lines: flow.lines(value, widths[1] as number - 2 * PAD.x, style === 'large' ? { font: 'R', size: 11 } : STYLE.value) },
    ]);
  }
  const qrX = PAGE.width - MARGIN.right - QR_SIZE;
  drawQr(flow, qrPayload(view.submissionId, view.sha256), qrX, top - 4, QR_SIZE);
  let captionY = top + QR_SIZE - 4;
  for (const line of flow.lines(t.qrCaption, QR_SIZE + 4, { ...STYLE.small, size: 6, align: 'center' })) {
    flow.drawLine({ ...line, height: 8 }, qrX - 2, captionY, QR_SIZE + 4);
    captionY += 8;
  }
  flow.y = Math.max(flow.y, captionY) + 4;
  paragraph(flow, t.noNumberNote, STYLE.small);
}
