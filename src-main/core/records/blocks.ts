// Building blocks shared by the sections: the numbered section heading and the "label | value"
// rows every Japanese office form uses (one pair per row, or two short pairs side by side; the
// label column is the same width in both so the form's left edge stays straight).
import type { Language } from '../../../src-shared/core-api';
import { COLOR, CONTENT_WIDTH, MARGIN, PAD, r2, type Cell, type TextLine, type TextStyle } from './layout';
import type { Flow } from './flow';
import { drawRow } from './rows';

// Bold marks structure and identity only: the title (and its running head), the section headings,
// the applicant's name and the checklist marks. Any other bold glyph would be embedded twice (the bold
// subset is a separate font), so values that matter are set larger instead (the case number).
export const STYLE = {
  label: { font: 'R', size: 8.5, color: COLOR.heading },
  value: { font: 'R', size: 10 },
  name: { font: 'B', size: 12.5 },
  small: { font: 'R', size: 7.5, color: COLOR.muted },
  heading: { font: 'B', size: 11.5, color: COLOR.heading },
} as const satisfies Record<string, TextStyle>;

export function labelWidth(lang: Language): number {
  return lang === 'ja' ? 112 : 128;
}

export function valueWidth(lang: Language): number {
  return CONTENT_WIDTH - labelWidth(lang);
}

/** Value width of each half of a paired row. */
export function halfValueWidth(lang: Language): number {
  return (CONTENT_WIDTH - 2 * labelWidth(lang)) / 2;
}

/** "▌1. 申請者": kept with at least the first lines of what follows. */
export function sectionHeading(flow: Flow, n: number, title: string): void {
  flow.ensure(24 + 48);
  flow.y += 9;
  if (!flow.dry) flow.fillInk(COLOR.heading).rect(MARGIN.left, r2(flow.y + 1.5), 4, 13).fill();
  flow.drawLine({ ...STYLE.heading, text: `${n}. ${title}`, height: 16, dx: 0 }, MARGIN.left + 10, flow.y, CONTENT_WIDTH);
  flow.y += 20;
}

export type Value = string | readonly TextLine[];

function labelCell(flow: Flow, lang: Language, label: string): Cell {
  return { lines: flow.lines(label, labelWidth(lang) - 2 * PAD.x, STYLE.label), fill: COLOR.fill, repeat: true, valign: 'middle' };
}

function valueCell(flow: Flow, value: Value, width: number, style: TextStyle): Cell {
  const lines = typeof value === 'string' ? flow.lines(value === '' ? '—' : value, width - 2 * PAD.x, style) : value;
  return { lines, valign: 'middle' };
}

/** One "label | value" row across the page; a string value is wrapped in `style`. */
export function fieldRow(flow: Flow, lang: Language, label: string, value: Value, style: TextStyle = STYLE.value): void {
  drawRow(flow, [labelWidth(lang), valueWidth(lang)], [labelCell(flow, lang, label), valueCell(flow, value, valueWidth(lang), style)]);
}

/** Two short "label | value" pairs side by side. */
export function fieldPairRow(flow: Flow, lang: Language, a: [string, Value], b: [string, Value], style: TextStyle = STYLE.value): void {
  const lw = labelWidth(lang);
  const vw = halfValueWidth(lang);
  drawRow(flow, [lw, vw, lw, vw], [
    labelCell(flow, lang, a[0]), valueCell(flow, a[1], vw, style),
    labelCell(flow, lang, b[0]), valueCell(flow, b[1], vw, style),
  ]);
}
