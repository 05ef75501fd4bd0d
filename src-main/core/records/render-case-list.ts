// renderCaseListPdf: the (filtered) case list on A4 through the record machinery:
// what was shown and when, then one table row per case with the header repeated on every page,
// and "page x / y" in the footer. Deterministic: the same view gives the same bytes.
import { formatUi } from '../../../src-shared/messages/ui';
import { drawTable, fieldPairRow, fieldRow, STYLE } from './blocks';
import type { CaseListView } from './case-list-view';
import { caseListText } from './case-list-text';
import { drawFurniture } from './footer';
import type { Flow } from './flow';
import { formatInstant } from './format';
import { titleBlock } from './header';
import { CONTENT_WIDTH, PAD, type Cell, type TextStyle } from './layout';
import { drawRow } from './rows';
import { finishPdf, pdfDate, startPdf } from './pdf-document';

// Sized so a case number with its station code (gs-public-policy-2026-A7K-000042, the longest
// department code with a three-character code, set a little smaller) stays on one line; the
// update time prints as date over time.
const WIDTHS = [172, 0, 56, 86, 74];
WIDTHS[1] = CONTENT_WIDTH - WIDTHS.reduce((a, b) => a + b, 0);
const CELL = { ...STYLE.value, size: 8.5 } as const;

function rowCells(flow: Flow, view: CaseListView, row: CaseListView['rows'][number]): Cell[] {
  const inner = WIDTHS.map((w) => w - 2 * PAD.x);
  const text = (i: number, value: string, style: TextStyle = CELL) => flow.lines(value, inner[i] as number, style);
  const urgent = row.urgent ? ` ${formatUi(view.language, 'cases.urgent')}` : '';
  return [
    { lines: text(0, row.caseNumber, { ...CELL, size: 7.5 }) },
    { lines: text(1, row.name) },
    { lines: text(2, row.status) },
    { lines: [...text(3, row.deadline), ...(row.daysLeft || urgent ? text(3, `${row.daysLeft}${urgent}`, STYLE.small) : [])] },
    { lines: text(4, row.updated.replace(' ', '\n')) },
  ];
}

export async function renderCaseListPdf(view: CaseListView): Promise<Uint8Array> {
  const lang = view.language;
  const t = caseListText(lang);
  const generatedAt = pdfDate(view.generatedAt);
  const draft = startPdf({
    language: lang, title: t.title, subject: t.title, keywords: 'salvage-desk case-list', createdAt: generatedAt, modifiedAt: generatedAt,
  });
  const { flow } = draft;
  titleBlock(flow, t.title, lang === 'ja' ? 17 : 15);
  fieldRow(flow, lang, t.shown, view.statuses || t.all);
  fieldPairRow(flow, lang, [t.query, view.query || '—'], [t.countLabel, t.count(view.rows.length)]);
  fieldRow(flow, lang, t.generated, formatInstant(view.generatedAt, lang));
  flow.y += 12;
  const head = (['cases.col.number', 'cases.col.name', 'cases.col.status', 'cases.col.deadline', 'cases.col.updated'] as const).map((k) => formatUi(lang, k));
  if (view.rows.length === 0) drawRow(flow, [CONTENT_WIDTH], [{ lines: flow.lines(t.empty, CONTENT_WIDTH - 2 * PAD.x, STYLE.value) }]);
  else drawTable(flow, WIDTHS, head, view.rows.map((row) => rowCells(flow, view, row)));
  return finishPdf(draft, (page, pages) => drawFurniture(flow, page, {
    runningHead: { title: `${t.title}\u3000${formatInstant(view.generatedAt, lang)}`, right: t.page(page, pages) },
    left: t.footer,
    right: `${t.title}\u3000${t.page(page, pages)}`,
  }));
}
