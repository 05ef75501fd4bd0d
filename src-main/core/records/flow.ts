/// <reference types="pdfkit" />
// The cursor that moves down the pages: wraps text into lines, draws them, tracks inks, and adds
// pages. Sections never touch pdfkit's own text flow.
import type { FontkitFont, FontName } from './fonts';
import { COLOR, CONTINUATION_TOP, MARGIN, PAGE, r2, type Ink, type TextLine, type TextStyle } from './layout';
import { wrapText, type CharWidth } from './wrap';

/** Width of a string in points at a given font and size. */
export type Measure = (text: string) => number;

const LEADING = 1.5;
/** Per font, each character's advance width at size 1 and how it prints, for the whole process. */
const ADVANCES: Record<FontName, Map<string, number>> = { R: new Map(), B: new Map() };
const PRINTS_AS: Record<FontName, Map<string, string>> = { R: new Map(), B: new Map() };
const GETA = '\u3013';
const INVISIBLE = /[\uFE00-\uFE0F\u200B-\u200D\u2060\uFEFF]|\uDB40[\uDD00-\uDDEF]/g;

/** An ink's operands: CMYK in 0..1 (inks are written in percent). */
const cmyk = (ink: Ink): string => ink.map((v) => v / 100).join(' ');

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
    const known = PRINTS_AS[font];
    let out = '';
    for (const ch of text.replace(INVISIBLE, '')) {
      let printed = known.get(ch);
      if (printed === undefined) {
        const cp = ch.codePointAt(0) ?? 0;
        printed = cp < 0x20 || /\s/.test(ch) || f.hasGlyphForCodePoint(cp) ? ch : GETA;
        known.set(ch, printed);
      }
      out += printed;
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

  /**
   * Set the fill ink, writing the operator only when it changes. PDF's short DeviceCMYK operators
   * (`k`, `K`) say the same as pdfkit's `/DeviceCMYK cs … scn` in under half the bytes.
   */
  fillInk(ink: Ink): PDFKit.PDFDocument {
    const key = cmyk(ink);
    if (key !== this.inks.fill) {
      this.doc.addContent(`${key} k`);
      this.inks.fill = key;
    }
    return this.doc;
  }

  strokeInk(ink: Ink, width: number): PDFKit.PDFDocument {
    const key = `${cmyk(ink)}/${width}`;
    if (key !== this.inks.stroke) {
      this.doc.addContent(`${cmyk(ink)} K`).lineWidth(width);
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
    const charWidth = this.charWidth(font);
    return (text) => {
      let w = 0;
      for (const ch of text) w += charWidth(ch);
      return w * size;
    };
  }

  /** One character's advance width at size 1 (a new character switches the document's font size). */
  charWidth(font: FontName): CharWidth {
    const known = ADVANCES[font];
    return (ch) => {
      let cw = known.get(ch);
      if (cw === undefined) {
        cw = this.doc.font(font).fontSize(1).widthOfString(ch);
        known.set(ch, cw);
      }
      return cw;
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
    const wrapped = wrapText(this.printable(text, style.font), width - dx - hang, this.charWidth(style.font), style.size);
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

