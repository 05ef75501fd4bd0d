// The printed case list through the real core: exactly the cases the screen lists
// for the same filter, with the screen's words, the header row on every page, "page x / y", the
// record's font and file rules, and no personal data in the metadata or the audit trail.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CaseView } from '../../../../src-shared/core-api';
import { caseListView } from '../../../../src-main/core/records/case-list-view';
import { renderCaseListPdf } from '../../../../src-main/core/records/render-case-list';
import { completeCase } from '../../../../tools/fixtures/case-fixtures';
import { openTestCore, rejection, type TestCore } from '../open-test-core';
import { rawDb } from '../raw-db';
import { expectEmbeddedSubsets, expectNoPersonalMetadata, expectSoundA4 } from './pdf-checks';
import { pdfInfo, pdfText, squash } from './pdf-tools';
import { finalizedCase } from '../../../../tools/fixtures/record-fixtures';
import { listRowOf } from '../../../support/case-list-row';

let t: TestCore;
beforeEach(async () => {
  t = await openTestCore();
});
afterEach(async () => {
  await t.cleanup();
});

async function addCases(n: number): Promise<CaseView[]> {
  const c = completeCase();
  const out: CaseView[] = [];
  for (let i = 0; i < n; i++) {
    const d = await t.core.cases.createDraft({ ...c, applicant: { ...c.applicant, name: `東大 花子${i}`, utokyoAccount: String(1000000000 + i) } });
    out.push(i % 2 === 1 ? await t.core.cases.finalize(d.id, { operator: '窓口 太郎' }) : d);
  }
  return out;
}

const pageText = (pdf: Uint8Array, page: number): string => squash(pdfText(pdf, '-f', String(page), '-l', String(page)));

describe('core.records.caseListPdf', () => {
  it('prints the filtered list with case number, name, status, deadline and days left, and update time', async () => {
    const cases = await addCases(4);
    const pdf = await t.core.records.caseListPdf({ status: 'awaiting-hand-off' });
    const text = squash(pdfText(pdf));
    for (const c of cases.filter((x) => x.status === 'awaiting-hand-off')) {
      expect(text).toContain(squash(c.caseNumber ?? 'missing'));
      expect(text).toContain(squash(c.input.applicant?.name ?? 'missing'));
    }
    for (const c of cases.filter((x) => x.status === 'draft')) expect(text).not.toContain(squash(c.input.applicant?.name ?? 'missing'));
    for (const value of ['案件一覧', '表示した状態未送付(メールフォーム)', '2件', '未送付(メールフォーム)', '2026年9月28日', '残り150日', '2026-05-0112:00', '案件番号', '氏名', '状態', '申請期限', '更新', '1/1ページ']) {
      expect(text, value).toContain(squash(value));
    }
  });

  it('applies the search exactly like the screen, and says what was searched', async () => {
    await addCases(12);
    const pdf = await t.core.records.caseListPdf({ query: '花子1' });
    const text = squash(pdfText(pdf));
    const listed = await t.core.cases.list({ query: '花子1' });
    expect(listed.map((c) => c.name)).toEqual(['東大 花子11', '東大 花子10', '東大 花子1']);
    expect(text).toContain('検索語花子1');
    expect(text).toContain('3件');
    expect(text).not.toContain('花子2');
  });

  it('repeats the table header on every page and numbers the pages', async () => {
    await addCases(50);
    const pdf = await t.core.records.caseListPdf({});
    const pages = Number(pdfInfo(pdf).Pages);
    expect(pages).toBeGreaterThan(1);
    for (let p = 1; p <= pages; p++) {
      const text = pageText(pdf, p);
      expect(text).toContain(squash(`${p} / ${pages} ページ`));
      for (const head of ['案件番号', '氏名', '状態', '申請期限', '更新']) expect(text, `${head} on page ${p}`).toContain(head);
    }
    expect(pageText(pdf, pages)).toContain('東大花子0');
  });

  it('follows the language setting', async () => {
    await addCases(2);
    await t.core.settings.update({ language: 'en' }, { operator: '係長' });
    const text = squash(pdfText(await t.core.records.caseListPdf({ status: ['draft', 'finalized'] })));
    for (const value of ['Case list', 'Statuses shown', 'Draft, Finalized', 'Finalized', '(draft)', '150 days left', 'page 1 / 1']) expect(text, value).toContain(squash(value));
  });

  it('embeds the font as a subset, passes qpdf, keeps names and the search out of the metadata, and is byte-identical', async () => {
    await addCases(3);
    const pdf = await t.core.records.caseListPdf({ query: '東大' });
    expectEmbeddedSubsets(pdf);
    expectSoundA4(pdf);
    expectNoPersonalMetadata(pdf, ['東大', '花子', 'engineering-2026']);
    expect(pdfInfo(pdf).Title).toBe('案件一覧');
    await t.core.records.applicantNoticePdf((await t.core.cases.list({ status: 'awaiting-hand-off' }))[0]?.id ?? 'missing');
    expect(Buffer.from(await t.core.records.caseListPdf({ query: '東大' })).equals(Buffer.from(pdf))).toBe(true);
  });

  it('says when nothing matches, and refuses a bad filter with the field named', async () => {
    expect(squash(pdfText(await t.core.records.caseListPdf({ query: 'だれもいない' })))).toContain('該当する案件はありません');
    const bad = await rejection(t.core.records.caseListPdf({ status: 'lost' as never }));
    expect(bad.code).toBe('validation');
    expect(bad.issues[0]?.path).toBe('status');
  });

  it('audits a print of the list with counts only', async () => {
    await t.core.records.logCaseListOutput('print', { operator: '窓口 太郎', rows: 3 });
    expect((await rejection(t.core.records.logCaseListOutput('print', { rows: -1 }))).code).toBe('validation');
    const db = await rawDb(t.dataDir, t.secrets);
    try {
      const row = db.prepare("SELECT operator, case_id, details FROM audit WHERE action = 'print'").get() as { operator: string; case_id: string | null; details: string };
      expect(row).toMatchObject({ operator: '窓口 太郎', case_id: null });
      expect(JSON.parse(row.details)).toEqual({ document: 'case-list', rows: 3 });
    } finally {
      db.close();
    }
  });
});

describe('caseListView', () => {
  it('never passes a My Number on to the paper, even in a draft name', () => {
    const c = finalizedCase();
    const view = caseListView([{ ...listRowOf(c), name: '花子 1234 5678 9012' }], {}, 'ja', new Date('2026-05-01T03:00:00Z'));
    expect(view.rows[0]?.name).toBe('花子 〓〓〓〓 〓〓〓〓 〓〓〓〓');
  });

  it('marks a case whose personal data was erased as the screen does, in either language', () => {
    const erased = { ...listRowOf(finalizedCase()), name: '', purgedAt: '2027-06-01T03:00:00.000Z' };
    const at = new Date('2027-06-02T03:00:00Z');
    expect(caseListView([erased], {}, 'ja', at).rows[0]?.name).toBe('消去済み');
    expect(caseListView([erased], {}, 'en', at).rows[0]?.name).toBe('Erased');
  });
});

describe('case numbers with a station code on the printed list', () => {
  it('keeps the longest department code with a station code on one line', async () => {
    const numbers = ['gs-public-policy-2026-WWW-000001', 'engineering-2026-A7K-000042', 'law-2026-000007'];
    const pdf = await renderCaseListPdf({
      language: 'ja', statuses: '', query: '', generatedAt: '2026-05-01T03:00:00.000Z',
      rows: numbers.map((caseNumber) => ({ caseNumber, name: '東大 花子', status: '引き渡し待ち', deadline: '2026年9月28日', daysLeft: '残り 150 日', urgent: false, updated: '2026-05-01 12:00' })),
    });
    const lines = pdfText(pdf, '-layout').split('\n');
    for (const n of numbers) expect(lines.some((l) => l.includes(n)), n).toBe(true);
  });
});
