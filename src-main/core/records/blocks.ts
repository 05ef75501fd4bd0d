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

const HEADING_HEIGHT = 16;

/**
 * "▌1. 申請者": kept with at least the first lines of what follows. A `gloss` (the heading in
 * another language) follows in small type on the same baseline.
 */
export function sectionHeading(flow: Flow, n: number, title: string, gloss?: string): void {
  flow.ensure(24 + 48);
  flow.y += 9;
  if (!flow.dry) flow.fillInk(COLOR.heading).rect(MARGIN.left, r2(flow.y + 1.5), 4, 13).fill();
  const text = `${n}. ${title}`;
  flow.drawLine({ ...STYLE.heading, text, height: HEADING_HEIGHT, dx: 0 }, MARGIN.left + 10, flow.y, CONTENT_WIDTH);
  if (gloss) {
    // drawLine centres the em box (0.88 above the baseline) in the line: pick the height that
    // puts the smaller gloss on the heading's baseline.
    const size = 8.5;
    const baseline = (HEADING_HEIGHT - STYLE.heading.size) / 2 + 0.88 * STYLE.heading.size;
    const x = MARGIN.left + 10 + flow.measure(STYLE.heading.font, STYLE.heading.size)(text) + 8;
    flow.drawLine({ ...STYLE.small, size, text: gloss, height: 2 * (baseline - 0.88 * size) + size, dx: 0 }, x, flow.y, CONTENT_WIDTH);
  }
  flow.y += 20;
}

/** Wrapped text across the content width (a note, or a bulleted item with a `hanging` bullet). */
export function paragraph(flow: Flow, text: string, style: TextStyle, opts: { hanging?: string; indent?: number } = {}): void {
  const indent = opts.indent ?? 0;
  const width = CONTENT_WIDTH - indent;
  for (const line of flow.lines(text, width, style, opts.hanging ? { hanging: opts.hanging } : {})) {
    flow.ensure(line.height);
    flow.drawLine(line, MARGIN.left + indent, flow.y, width);
    flow.y += line.height;
  }
}

export type Value = string | readonly TextLine[];

function labelCell(flow: Flow, lang: Language, label: Value): Cell {
  const lines = typeof label === 'string' ? flow.lines(label, labelWidth(lang) - 2 * PAD.x, STYLE.label) : label;
  return { lines, fill: COLOR.fill, repeat: true, valign: 'middle' };
}

function valueCell(flow: Flow, value: Value, width: number, style: TextStyle): Cell {
  const lines = typeof value === 'string' ? flow.lines(value === '' ? '—' : value, width - 2 * PAD.x, style) : value;
  return { lines, valign: 'middle' };
}

/** One "label | value" row across the page; a string value is wrapped in `style`. */
export function fieldRow(flow: Flow, lang: Language, label: Value, value: Value, style: TextStyle = STYLE.value): void {
  drawRow(flow, [labelWidth(lang), valueWidth(lang)], [labelCell(flow, lang, label), valueCell(flow, value, valueWidth(lang), style)]);
}

/** A table: a header row (repeated at the top of every page the table runs onto), then the rows. */
export function drawTable(flow: Flow, widths: readonly number[], head: readonly string[], rows: readonly (readonly Cell[])[]): void {
  const style = { ...STYLE.label, align: 'center' } as const;
  const header = () => drawRow(flow, widths, head.map((h, i) => ({ lines: flow.lines(h, (widths[i] as number) - 2 * PAD.x, style), fill: COLOR.fill })));
  header();
  flow.pageHeader = header;
  for (const cells of rows) drawRow(flow, widths, cells);
  flow.pageHeader = null;
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
