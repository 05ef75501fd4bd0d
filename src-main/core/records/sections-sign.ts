// Section 6: the amendments, each with who, when, what changed and why (never overwritten), and
// section 7, last so that the signatures cover everything above: the verifier's and the
// applicant's signature boxes (handwritten on the paper).
import type { Language } from '../../../src-shared/core-api';
import { drawTable, sectionHeading, STYLE } from './blocks';
import { fieldLabel, formatInstant, formatValue } from './format';
import { COLOR, CONTENT_WIDTH, MARGIN, PAD, r2, type TextLine } from './layout';
import type { Flow } from './flow';
import { drawRow } from './rows';
import type { RecordView } from './record-view';
import { recordText } from './text';

const BOX_HEIGHT = 104;
const GAP = 14;

export function signatureSection(flow: Flow, lang: Language): void {
  const t = recordText(lang);
  flow.ensure(22 + BOX_HEIGHT + 10);
  sectionHeading(flow, 7, t.sections.signatures);
  const w = (CONTENT_WIDTH - GAP) / 2;
  const top = flow.y;
  if (!flow.dry) {
    signatureBox(flow, MARGIN.left, top, w, t.signature.verifier, null, lang);
    signatureBox(flow, MARGIN.left + w + GAP, top, w, t.signature.applicant, t.signature.applicantStatement, lang);
  }
  flow.y = top + BOX_HEIGHT;
}

function signatureBox(flow: Flow, x: number, y: number, w: number, title: string, statement: string | null, lang: Language): void {
  const t = recordText(lang);
  const { doc } = flow;
  const headH = 18;
  flow.fillInk(COLOR.fill).rect(r2(x), r2(y), r2(w), headH).fill();
  flow.strokeInk(COLOR.rule, 0.6).rect(r2(x), r2(y), r2(w), BOX_HEIGHT).stroke();
  doc.moveTo(r2(x), r2(y + headH)).lineTo(r2(x + w), r2(y + headH)).stroke();
  flow.drawLine({ ...STYLE.value, size: 9.5, text: title, height: headH, dx: 0, align: 'center' }, x, y, w);
  if (statement) flow.drawLine({ ...STYLE.small, text: statement, height: 14, dx: 0 }, x + PAD.x + 2, y + headH + 3, w);
  const labelW = lang === 'ja' ? 40 : 58;
  const signY = y + headH + 48;
  const dateY = y + BOX_HEIGHT - 14;
  for (const [label, lineY] of [[t.signature.sign, signY], [t.signature.date, dateY]] as const) {
    flow.drawLine({ ...STYLE.label, text: label, height: 12, dx: 0 }, x + PAD.x + 2, lineY - 12, labelW);
    flow.strokeInk(COLOR.muted, 0.5).moveTo(r2(x + PAD.x + labelW), r2(lineY)).lineTo(r2(x + w - PAD.x - 2), r2(lineY)).stroke();
  }
  if (t.signature.dateBlank) {
    flow.drawLine({ ...STYLE.label, text: t.signature.dateBlank, height: 12, dx: 0, align: 'right' }, x, dateY - 12, w - PAD.x - 8);
  }
}

export const AMEND_WIDTHS = [32, 94, 80, 0, 116];
AMEND_WIDTHS[3] = CONTENT_WIDTH - AMEND_WIDTHS.reduce((a, b) => a + b, 0);

export function amendmentsSection(flow: Flow, view: RecordView, lang: Language): void {
  const t = recordText(lang);
  sectionHeading(flow, 6, t.sections.amendments);
  if (view.amendments.length === 0) {
    drawRow(flow, [CONTENT_WIDTH], [{ lines: flow.lines(t.noAmendments, CONTENT_WIDTH - 2 * PAD.x, STYLE.value) }]);
    return;
  }
  const inner = AMEND_WIDTHS.map((w) => w - 2 * PAD.x);
  const head = t.amendHead;
  const cell = { ...STYLE.value, size: 8.5 } as const;
  drawTable(flow, AMEND_WIDTHS, [head.no, head.when, head.field, head.change, head.reason], view.amendments.map((m, i) => {
    const change: TextLine[] = [
      ...flow.lines(formatValue(m.field, m.oldValue, lang), inner[3] as number, { ...cell, color: COLOR.muted }),
      ...flow.lines(formatValue(m.field, m.value, lang), inner[3] as number, cell, { hanging: '→ ' }),
    ];
    return [
      { lines: flow.lines(String(i + 1), inner[0] as number, { ...cell, align: 'center' }) },
      { lines: [...flow.lines(formatInstant(m.at, lang), inner[1] as number, cell), ...flow.lines(m.by, inner[1] as number, STYLE.small)] },
      { lines: flow.lines(fieldLabel(m.field, lang), inner[2] as number, cell) },
      { lines: change },
      { lines: flow.lines(m.reason, inner[4] as number, cell) },
    ];
  }));
}
