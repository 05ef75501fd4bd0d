// Building blocks shared by the sections: the numbered section heading and the two-column
// "label | value" table every Japanese office form uses.
import type { Language } from '../../../src-shared/core-api';
import { COLOR, CONTENT_WIDTH, drawRow, MARGIN, PAD, type Flow, type TextLine, type TextStyle } from './layout';

export const STYLE = {
  label: { font: 'R', size: 8.5, color: '#2b2b2b' },
  value: { font: 'R', size: 10 },
  strong: { font: 'B', size: 10 },
  name: { font: 'B', size: 12.5 },
  small: { font: 'R', size: 8, color: COLOR.muted },
  heading: { font: 'B', size: 11.5, color: COLOR.heading },
} as const satisfies Record<string, TextStyle>;

export function labelWidth(lang: Language): number {
  return lang === 'ja' ? 128 : 150;
}

export function valueWidth(lang: Language): number {
  return CONTENT_WIDTH - labelWidth(lang);
}

/** "■ 1. 申請者": kept with at least the first lines of what follows. */
export function sectionHeading(flow: Flow, n: number, title: string): void {
  flow.ensure(22 + 48);
  flow.y += 10;
  const { doc } = flow;
  doc.rect(MARGIN.left, flow.y + 1, 4, 13).fill(COLOR.heading);
  flow.drawLine({ ...STYLE.heading, text: `${n}. ${title}`, height: 15, dx: 0 }, MARGIN.left + 10, flow.y, CONTENT_WIDTH);
  flow.y += 19;
}

export type Value = string | readonly TextLine[];

/** One "label | value" row; a string value is wrapped in the value style. */
export function fieldRow(flow: Flow, lang: Language, label: string, value: Value, style: TextStyle = STYLE.value): void {
  const lw = labelWidth(lang);
  const vw = valueWidth(lang);
  const labelLines = flow.lines(label, lw - 2 * PAD.x, STYLE.label);
  const valueLines = typeof value === 'string' ? flow.lines(value === '' ? '—' : value, vw - 2 * PAD.x, style) : value;
  drawRow(flow, [lw, vw], [{ lines: labelLines, fill: COLOR.fill, repeat: true }, { lines: valueLines }]);
}
