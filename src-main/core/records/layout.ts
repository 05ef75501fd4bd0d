// Page geometry, inks and the shapes every section draws with: text lines and table cells.
// Everything is positioned by us in absolute coordinates (pdfkit never flows text itself), so a
// row that does not fit is split line by line onto the next page (rows.ts) and no line can fall
// outside the page box.
import type { FontName } from './fonts';

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
