// Table rows that split across pages, and sections kept on one page when they fit.
import type { Flow } from './flow';
import { COLOR, CONTINUATION_TOP, MARGIN, PAD, r2, type Cell, type TextLine } from './layout';

/** Rows up to this height are never split across pages. */
const KEEP_WHOLE = 140;

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
      flow.strokeInk(COLOR.rule, 0.6);
      if (cell.fill) flow.fillInk(cell.fill).rect(...box).fillAndStroke(); // one path: filled, then its border
      else flow.doc.rect(...box).stroke();
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

