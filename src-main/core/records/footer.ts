// Page furniture, drawn on every page once all pages exist (pdfkit's bufferPages) so "page x / y"
// knows y: a footer line (what the paper is, left; the page number, right) with an optional fine
// line below it, and on pages after the first a running head so a loose sheet is still
// identifiable. Every document of the record machinery uses this one footer.
import type { Language } from '../../../src-shared/core-api';
import { STYLE } from './blocks';
import { COLOR, CONTENT_WIDTH, MARGIN, PAGE, r2 } from './layout';
import type { Flow } from './flow';
import type { RecordView } from './record-view';
import { recordText } from './text';

export const FOOTER_TOP = PAGE.height - 62;

export interface Furniture {
  /** Drawn at the top of pages 2…n: the document's title (left) and its identifier (right). */
  readonly runningHead?: { readonly title: string; readonly right: string };
  readonly left: string;
  /** Usually the identifier and "page x / y". */
  readonly right: string;
  readonly fineLeft?: string;
  readonly fineRight?: string;
}

export function drawFurniture(flow: Flow, page: number, f: Furniture): void {
  const left = MARGIN.left;
  const right = PAGE.width - MARGIN.right;
  if (page > 1 && f.runningHead) {
    const y = MARGIN.top;
    flow.drawLine({ font: 'B', size: 8.5, text: f.runningHead.title, height: 13, dx: 0, color: COLOR.heading }, left, y, CONTENT_WIDTH);
    flow.drawLine({ ...STYLE.label, text: f.runningHead.right, height: 13, dx: 0, align: 'right' }, left, y, CONTENT_WIDTH);
    flow.strokeInk(COLOR.rule, 0.5).moveTo(left, y + 15).lineTo(right, y + 15).stroke();
  }
  flow.strokeInk(COLOR.rule, 0.5).moveTo(left, r2(FOOTER_TOP)).lineTo(right, r2(FOOTER_TOP)).stroke();
  flow.drawLine({ ...STYLE.label, size: 7.5, text: f.left, height: 12, dx: 0 }, left, FOOTER_TOP + 4, CONTENT_WIDTH);
  flow.drawLine({ ...STYLE.label, size: 7.5, text: f.right, height: 12, dx: 0, align: 'right' }, left, FOOTER_TOP + 4, CONTENT_WIDTH);
  if (f.fineLeft) flow.drawLine({ ...STYLE.small, size: 5.8, text: f.fineLeft, height: 9, dx: 0 }, left, FOOTER_TOP + 16, CONTENT_WIDTH);
  if (f.fineRight) flow.drawLine({ ...STYLE.small, size: 5.8, text: f.fineRight, height: 9, dx: 0, align: 'right' }, left, FOOTER_TOP + 16, CONTENT_WIDTH);
}

/** "Salvage Desk 0.1.0 / rules 2025-10", or '' when neither is known. */
export function versionsLine(appVersion: string | undefined, rulesVersion: string | undefined): string {
  return [appVersion && `Salvage Desk ${appVersion}`, rulesVersion && `rules ${rulesVersion}`].filter(Boolean).join(' / ');
}

/** The verification record: its fingerprint (short, then in full in small type), case number, page. */
export function drawPageFurniture(flow: Flow, view: RecordView, lang: Language, page: number, pages: number): void {
  const t = recordText(lang);
  const caseLabel = `${t.meta.caseNumber} ${view.caseNumber}`;
  const hashLabel = view.hashSource === 'payload' ? t.footer.payload : t.footer.case;
  drawFurniture(flow, page, {
    runningHead: { title: `${t.title} ${t.continued}`, right: caseLabel },
    left: `${hashLabel}: ${view.sha256.slice(0, 16)}…`,
    right: `${caseLabel}\u3000${t.footer.page(page, pages)}`,
    fineLeft: view.sha256,
    fineRight: versionsLine(view.appVersion, view.rulesVersion),
  });
}
