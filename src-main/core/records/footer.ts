// Drawn on every page once all pages exist (pdfkit's bufferPages), so "page x / y" knows y:
// the record's fingerprint (short, then in full in small type), the case number and the page
// number; pages after the first also get a running head so a loose sheet is still identifiable.
import type { Language } from '../../../src-shared/core-api';
import { STYLE } from './blocks';
import { COLOR, CONTENT_WIDTH, MARGIN, PAGE, r2 } from './layout';
import type { Flow } from './flow';
import type { RecordView } from './record-view';
import { recordText } from './text';

export const FOOTER_TOP = PAGE.height - 62;

export function drawPageFurniture(flow: Flow, view: RecordView, lang: Language, page: number, pages: number): void {
  const t = recordText(lang);
  const left = MARGIN.left;
  const right = PAGE.width - MARGIN.right;
  const caseLabel = `${t.meta.caseNumber} ${view.caseNumber}`;
  if (page > 1) {
    const y = MARGIN.top;
    flow.drawLine({ font: 'B', size: 8.5, text: `${t.title} ${t.continued}`, height: 13, dx: 0, color: COLOR.heading }, left, y, CONTENT_WIDTH);
    flow.drawLine({ ...STYLE.label, text: caseLabel, height: 13, dx: 0, align: 'right' }, left, y, CONTENT_WIDTH);
    flow.strokeInk(COLOR.rule, 0.5).moveTo(left, y + 15).lineTo(right, y + 15).stroke();
  }
  flow.strokeInk(COLOR.rule, 0.5).moveTo(left, r2(FOOTER_TOP)).lineTo(right, r2(FOOTER_TOP)).stroke();
  const hashLabel = view.hashSource === 'payload' ? t.footer.payload : t.footer.case;
  flow.drawLine({ ...STYLE.label, size: 7.5, text: `${hashLabel}: ${view.sha256.slice(0, 16)}…`, height: 12, dx: 0 }, left, FOOTER_TOP + 4, CONTENT_WIDTH);
  flow.drawLine({ ...STYLE.label, size: 7.5, text: `${caseLabel}\u3000${t.footer.page(page, pages)}`, height: 12, dx: 0, align: 'right' }, left, FOOTER_TOP + 4, CONTENT_WIDTH);
  flow.drawLine({ ...STYLE.small, size: 5.8, text: view.sha256, height: 9, dx: 0 }, left, FOOTER_TOP + 16, CONTENT_WIDTH);
  const versions = [view.appVersion && `Salvage Desk ${view.appVersion}`, view.rulesVersion && `rules ${view.rulesVersion}`].filter(Boolean).join(' / ');
  if (versions) flow.drawLine({ ...STYLE.small, size: 5.8, text: versions, height: 9, dx: 0, align: 'right' }, left, FOOTER_TOP + 16, CONTENT_WIDTH);
}
