// Page geometry and the flow that places rows down the page. Everything is positioned by us in
// absolute coordinates (pdfkit never flows text itself), so a row that does not fit is split
// line by line onto the next page and no line can fall outside the page box.
/// <reference types="pdfkit" />
import type { FontkitFont, FontName } from './fonts';
import { wrapText, type Measure } from './wrap';

/** A4 portrait in points; margins ≈ 20 mm at the sides, room for the footer at the bottom. */
export const PAGE = { width: 595.28, height: 841.89 } as const;
export const MARGIN = { left: 57, right: 57, top: 50, bottom: 78 } as const;
export const CONTENT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
/** Pages after the first start below a one-line running header (drawn in the footer pass). */
export const CONTINUATION_TOP = MARGIN.top + 24;

/**
 * Inks as CMYK with black only: office laser printers print them with black toner alone, and
 * pdfkit writes them as short numbers ("0 0 0 0.07") instead of 17-digit RGB fractions.
 */
export type Ink = readonly [0, 0, 0, number];
const k = (percent: number): Ink => [0, 0, 0, percent];
export const COLOR = { text: k(94), muted: k(68), rule: k(72), fill: k(7), heading: k(88), white: k(0), black: k(100) } as const;

/** Coordinates to 1/100 pt: invisible on paper, and the content streams stay short. */
export const r2 = (n: number): number => Math.round(n * 100) / 100;
const LEADING = 1.5;

export interface TextStyle {
  readonly font: FontName;
  readonly size: number;
  readonly color?: Ink;
  readonly align?: 'left' | 'center' | 'right';
}

export interface TextLine extends TextStyle {
  readonly text: string;
  readonly height: number;
  /** Indent from the cell's left padding (hanging bullets). */
  readonly dx: number;
}

export interface Cell {
  readonly lines: readonly TextLine[];
  readonly fill?: Ink;
  /** Repeat this cell's lines when the row continues on the next page (labels). */
  readonly repeat?: boolean;
  /** Labels sit in the middle of a taller row; values start at the top. */
  readonly valign?: 'top' | 'middle';
}

export const PAD = { x: 6, y: 4 } as const;
/** Rows up to this height are never split across pages. */
const KEEP_WHOLE = 140;

const ADVANCES = new Map<string, number>();
const GETA = '\u3013';
const INVISIBLE = /[\uFE00-\uFE0F\u200B-\u200D\u2060\uFEFF]|\uDB40[\uDD00-\uDDEF]/g;

export class Flow {
  y: number = MARGIN.top;
  /** Measuring pass (keepTogether): rows advance `y` but nothing is drawn and no page is added. */
  dry = false;
  /** Set when a measuring pass would have started a new page. */
  overflowed = false;
  /** Redrawn at the top of each new page while a table runs (its header row). */
  pageHeader: (() => void) | null = null;
  private readonly wrapped = new Map<string, TextLine[]>();
  private inks = { fill: '', stroke: '' };
  readonly bottom = PAGE.height - MARGIN.bottom;
  constructor(readonly doc: PDFKit.PDFDocument, private readonly fonts: Record<FontName, FontkitFont>) {}

  /**
   * Text as the font can print it. A character BIZ UDPGothic lacks (e.g. 𠮷, emoji) would print
   * as an empty box; Japanese documents write 〓 (geta) for such a character, so the reader knows
   * one is there and can look it up in the case. Variation selectors and zero-width characters
   * are dropped (their base character prints).
   */
  printable(text: string, font: FontName): string {
    const f = this.fonts[font];
    let out = '';
    for (const ch of text.replace(INVISIBLE, '')) {
      const cp = ch.codePointAt(0) ?? 0;
      out += cp < 0x20 || /\s/.test(ch) || f.hasGlyphForCodePoint(cp) ? ch : GETA;
    }
    return out;
  }

  newPage(): void {
    if (this.dry) this.overflowed = true;
    else {
      this.doc.addPage({ size: 'A4', margin: 0 });
      this.resetInks();
    }
    this.y = CONTINUATION_TOP;
    const header = this.pageHeader;
    if (header) {
      this.pageHeader = null; // a header row never triggers itself
      header();
      this.pageHeader = header;
    }
  }

  /** Each page's content starts with the default (black) inks: forget what was set before. */
  resetInks(): void {
    this.inks = { fill: '', stroke: '' };
  }

  /** Set the fill ink, writing the operator only when it changes. */
  fillInk(ink: Ink): PDFKit.PDFDocument {
    const key = ink.join(' ');
    if (key !== this.inks.fill) {
      this.doc.fillColor([...ink] as [number, number, number, number]);
      this.inks.fill = key;
    }
    return this.doc;
  }

  strokeInk(ink: Ink, width: number): PDFKit.PDFDocument {
    const key = `${ink.join(' ')}/${width}`;
    if (key !== this.inks.stroke) {
      this.doc.strokeColor([...ink] as [number, number, number, number]).lineWidth(width);
      this.inks.stroke = key;
    }
    return this.doc;
  }

  /** Start a new page unless `height` more points fit on this one. */
  ensure(height: number): void {
    if (this.y + height > this.bottom) this.newPage();
  }

  /**
   * Width of text at `size`. Per-character advance widths are cached for the whole process (the
   * fonts never change, and without GSUB or kerning a line's width is exactly their sum).
   */
  measure(font: FontName, size: number): Measure {
    return (text) => {
      let w = 0;
      for (const ch of text) {
        const key = font + ch;
        let cw = ADVANCES.get(key);
        if (cw === undefined) {
          cw = this.doc.font(font).fontSize(1).widthOfString(ch);
          ADVANCES.set(key, cw);
        }
        w += cw;
      }
      return w * size;
    };
  }

  /** Wrapped lines of `text` for a box `width` wide; `hanging` puts a prefix (bullet) before line 1. */
  lines(text: string, width: number, style: TextStyle, opts: { dx?: number; hanging?: string } = {}): TextLine[] {
    // keepTogether measures a section before drawing it: wrap each text once per record.
    const key = JSON.stringify([text, width, style, opts]);
    const known = this.wrapped.get(key);
    if (known) return known;
    const lines = this.wrap(text, width, style, opts);
    this.wrapped.set(key, lines);
    return lines;
  }

  private wrap(text: string, width: number, style: TextStyle, opts: { dx?: number; hanging?: string }): TextLine[] {
    const dx = opts.dx ?? 0;
    const measure = this.measure(style.font, style.size);
    const hang = opts.hanging ? measure(opts.hanging) : 0;
    const wrapped = wrapText(this.printable(text, style.font), width - dx - hang, measure);
    const height = style.size * LEADING;
    return wrapped.map((t, i) => ({
      ...style,
      text: i === 0 && opts.hanging ? opts.hanging + t : t,
      dx: i === 0 || !opts.hanging ? dx : dx + hang,
      height,
    }));
  }

  drawLine(line: TextLine, x: number, y: number, width: number): void {
    if (this.dry) return;
    let tx = x + line.dx;
    if (line.align && line.align !== 'left') {
      const w = this.measure(line.font, line.size)(line.text); // may switch the font size: measure first
      tx = line.align === 'center' ? x + (width - w) / 2 : x + width - w;
    }
    this.fillInk(line.color ?? COLOR.text).font(line.font).fontSize(line.size);
    // BIZ UDPGothic's em box is 0.88 above and 0.12 below the baseline: centre it in the line.
    this.doc.text(line.text, r2(tx), r2(y + (line.height - line.size) / 2), { lineBreak: false });
  }
}

const heightOf = (lines: readonly TextLine[]): number => lines.reduce((h, l) => h + l.height, 0);

/** Lines from the front of `lines` whose total height fits in `room`. */
function take(lines: readonly TextLine[], room: number): number {
  let h = 0;
  let n = 0;
  while (n < lines.length && h + (lines[n] as TextLine).height <= room) h += (lines[n++] as TextLine).height;
  return n;
}

/**
 * One table row of cells side by side with a border. If it does not fit, as many lines as fit
 * are drawn, the row box closes at the page's content bottom, and the rest continues on the next
 * page (labels repeated). `minHeight` reserves writing space (signature boxes).
 */
export function drawRow(flow: Flow, widths: readonly number[], cells: readonly Cell[], opts: { minHeight?: number } = {}): void {
  let rest = cells.map((c) => c.lines);
  const firstLine = Math.max(...cells.map((c) => c.lines[0]?.height ?? 0));
  for (let guard = 0; guard < 1000; guard++) {
    const need = Math.max(opts.minHeight ?? 0, ...rest.map(heightOf)) + 2 * PAD.y;
    const fits = flow.y + need <= flow.bottom;
    const atTop = flow.y <= CONTINUATION_TOP + 0.5;
    // A short row moves whole to the next page; a long one starts here only if 3 lines fit.
    if (!fits && !atTop && (need <= KEEP_WHOLE || flow.bottom - flow.y < firstLine * 3 + 2 * PAD.y)) {
      flow.newPage();
      continue;
    }
    const room = fits ? need - 2 * PAD.y : flow.bottom - flow.y - 2 * PAD.y;
    const counts = rest.map((lines) => (fits ? lines.length : take(lines, room)));
    const boxHeight = fits ? need : flow.bottom - flow.y;
    let x = MARGIN.left;
    cells.forEach((cell, i) => {
      if (flow.dry) return;
      const w = widths[i] as number;
      const box = [r2(x), r2(flow.y), r2(w), r2(boxHeight)] as const;
      if (cell.fill) flow.fillInk(cell.fill).rect(...box).fill();
      flow.strokeInk(COLOR.rule, 0.6).rect(...box).stroke();
      const shown = (rest[i] as readonly TextLine[]).slice(0, counts[i]);
      let ly = flow.y + PAD.y + (cell.valign === 'middle' ? (boxHeight - 2 * PAD.y - heightOf(shown)) / 2 : 0);
      for (const line of shown) {
        flow.drawLine(line, x + PAD.x, ly, w - 2 * PAD.x);
        ly += line.height;
      }
      x += w;
    });
    flow.y += boxHeight;
    if (fits) return;
    const left = rest.map((lines, i) => lines.slice(counts[i]));
    if (left.every((l) => l.length === 0)) return;
    // Values continue on the next page; their labels are repeated beside them.
    rest = left.map((l, i) => (cells[i]?.repeat && l.length === 0 ? (cells[i] as Cell).lines : l));
    flow.newPage();
  }
  throw new Error('drawRow: row did not converge');
}

/**
 * Draw a section on one page if it fits on one: measure it first (a dry pass) and start a new
 * page when it would break here but fit on a fresh page. Longer sections simply flow.
 */
export function keepTogether(flow: Flow, draw: () => void): void {
  const start = flow.y;
  const fits = (from: number): boolean => {
    flow.y = from;
    flow.dry = true;
    flow.overflowed = false;
    try {
      draw();
    } finally {
      flow.dry = false;
    }
    return !flow.overflowed;
  };
  const here = fits(start);
  const fresh = !here && start > CONTINUATION_TOP + 0.5 && fits(CONTINUATION_TOP);
  flow.y = start;
  flow.overflowed = false;
  if (fresh) flow.newPage();
  draw();
}
