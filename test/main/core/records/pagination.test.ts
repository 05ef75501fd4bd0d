// A long case — a reason at the schema maximum and ten amendments with long values — flows onto
// further pages: nothing is lost (the whole text comes back out in order), nothing leaves the
// page's printable area, and no two words overlap.
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../../src-shared/domain';
import { labelWidth } from '../../../../src-main/core/records/blocks';
import { FOOTER_TOP } from '../../../../src-main/core/records/footer';
import { CONTINUATION_TOP, MARGIN, PAGE } from '../../../../src-main/core/records/layout';
import { AMEND_WIDTHS } from '../../../../src-main/core/records/sections-sign';
import { renderRecordPdf } from '../../../../src-main/core/records/render';
import { columnText, pdfWords, squash, type Word } from './pdf-tools';
import { FINALIZED_AT, finalizedCase, longReason, recordViewFixture, tenAmendments } from '../../../../tools/fixtures/record-fixtures';

function longCase(language: 'ja' | 'en') {
  const base = finalizedCase({ method: 'video' });
  const longName = '寿限無寿限無五劫の擦り切れ海砂利水魚の水行末雲来末風来末食う寝る処に住む処やぶら小路の藪柑子パイポパイポパイポのシューリンガンシューリンガンのグーリンダイグーリンダイのポンポコピーのポンポコナーの長久命の長助';
  const view = recordViewFixture(finalizedCase({
    method: 'video',
    input: {
      ...base.input,
      applicant: { ...base.input.applicant, name: longName.slice(0, LIMITS.name) },
      request: { ...base.input.request, reason: longReason(LIMITS.reason) },
    },
    amendments: tenAmendments(),
  }));
  return { view, pdf: renderRecordPdf(view, { language, createdAt: FINALIZED_AT }) };
}

const overlap = (a: Word, b: Word): number => {
  const w = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
  const h = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
  return w > 0 && h > 0 ? (w * h) / Math.min((a.xMax - a.xMin) * (a.yMax - a.yMin), (b.xMax - b.xMin) * (b.yMax - b.yMin)) : 0;
};

describe.each(['ja', 'en'] as const)('a long case (%s)', (language) => {
  it('flows onto further pages with every line inside the page box and no overlaps', async () => {
    const { pdf } = longCase(language);
    const pages = pdfWords(await pdf);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    for (const page of pages) {
      expect(page.words.length).toBeGreaterThan(10);
      for (const w of page.words) {
        const where = `page ${w.page} "${w.text}" ${w.xMin},${w.yMin}–${w.xMax},${w.yMax}`;
        expect(w.xMin, where).toBeGreaterThanOrEqual(MARGIN.left - 0.5);
        expect(w.xMax, where).toBeLessThanOrEqual(page.width - MARGIN.right + 0.5);
        expect(w.yMin, where).toBeGreaterThanOrEqual(MARGIN.top - 2);
        expect(w.yMax, where).toBeLessThanOrEqual(page.height - 28);
      }
      for (let i = 0; i < page.words.length; i++) {
        for (let j = i + 1; j < page.words.length; j++) {
          const [a, b] = [page.words[i] as Word, page.words[j] as Word];
          expect(overlap(a, b), `page ${a.page}: "${a.text}" overlaps "${b.text}"`).toBeLessThan(0.15);
        }
      }
    }
  });

  it('loses no text: the full name, the reason and every amendment read back in order, column by column', async () => {
    const { view, pdf } = longCase(language);
    const bytes = await pdf;
    const body = (x0: number, x1: number) => squash(columnText(bytes, x0, x1, CONTINUATION_TOP - 4, FOOTER_TOP - 1));
    const valueColumn = body(MARGIN.left + labelWidth(language), PAGE.width - MARGIN.right);
    expect(view.request.reason).toHaveLength(LIMITS.reason);
    expect(valueColumn).toContain(squash(view.applicant.name));
    expect(valueColumn).toContain(squash(view.request.reason));
    const edges = AMEND_WIDTHS.reduce<number[]>((acc, w) => [...acc, (acc.at(-1) as number) + w], [MARGIN.left]);
    const changes = body(edges[3] as number, edges[4] as number);
    const reasons = body(edges[4] as number, edges[5] as number);
    for (const m of view.amendments) {
      expect(reasons).toContain(squash(m.reason));
      expect(changes).toContain(squash(`${String(m.oldValue)}→${String(m.value)}`));
    }
  });
});
