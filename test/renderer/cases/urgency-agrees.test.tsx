// @vitest-environment jsdom
// The screen and the printed case list mark the same cases urgent: a handed-over case five days
// before its deadline is not urgent on either, nor a draft three days past it; a draft five days
// before it is urgent on both.
import '@testing-library/jest-dom/vitest';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import type { CaseView } from '../../../src-shared/core-api';
import { caseListView } from '../../../src-main/core/records/case-list-view';
import { listRowOf } from '../../support/case-list-row';
import { createFakeDesk } from '../support/fake-desk-api';
import { renderApp } from '../support/render-app';

afterEach(cleanup);

describe('urgency on screen and on paper', () => {
  it('agrees for every case of the list', async () => {
    const desk = createFakeDesk({ deliveryChannel: 'mail-form' });
    const rows: Array<Pick<CaseView, 'status' | 'daysLeft'> & { name: string; number: string }> = [
      { name: '東大 一郎', number: 'ENG-2026-0001', status: 'handed-over', daysLeft: 5 },
      { name: '東大 二郎', number: 'ENG-2026-0002', status: 'draft', daysLeft: -3 },
      { name: '東大 三郎', number: 'ENG-2026-0003', status: 'draft', daysLeft: 5 },
    ];
    const views: CaseView[] = [];
    for (const r of rows) {
      const created = await desk.api.createCase({ input: { applicant: { name: r.name } }, operator: 'x' });
      if (!created.ok) throw new Error('create failed');
      const view = { ...created.value, status: r.status, daysLeft: r.daysLeft, deadline: '2026-12-01', caseNumber: r.number } satisfies CaseView;
      desk.cases.set(view.id, view);
      views.push(view);
    }
    renderApp(desk);
    const printed = caseListView(views.map(listRowOf), {}, 'ja', new Date('2026-11-26T00:00:00Z')).rows;
    const onScreen = await screen.findAllByTestId('case-row', {}, { timeout: 5000 });
    expect(onScreen).toHaveLength(3);
    for (const r of rows) {
      const row = onScreen.find((tr) => within(tr).queryByText(r.name) !== null);
      if (!row) throw new Error(`row of ${r.name} missing`);
      const paper = printed.find((p) => p.name === r.name);
      expect(row.classList.contains('row-urgent'), r.name).toBe(paper?.urgent);
    }
    expect(printed.map((p) => p.urgent)).toEqual([false, false, true]);
  });
});
