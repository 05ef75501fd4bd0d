// @vitest-environment jsdom
// The review shows the checklist that step 3 actually asked, for every method and document type:
// with every asked item ticked, the review shows no ✗ (a video case with a My Number card lists its
// front only), and the items it lists are exactly step 3's.
import '@testing-library/jest-dom/vitest';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import { checklistItemIds, documentTypeIds, identityChecklist, verificationMethods, type CaseDraft } from '../../../src-shared/domain';
import { completeCase } from '../../../tools/fixtures/case-fixtures';
import { openWindowDeparture, openWizard } from '../support/wizard-helpers';

afterEach(cleanup);

const combos = verificationMethods.flatMap((method) => documentTypeIds.map((doc) => [method, doc] as const));

/** A complete case with this method and document, every item step 3 asks for ticked (and nothing else). */
function caseWith(method: (typeof verificationMethods)[number], doc: (typeof documentTypeIds)[number]): CaseDraft {
  const c = completeCase({ method });
  const asked = new Set([...identityChecklist(method, doc).map((i) => i.id), 'conditions-explained', 'consent-forwarding']);
  const checklist = Object.fromEntries(checklistItemIds.map((id) => [id, asked.has(id)]));
  return {
    ...c,
    eligibility: { ...c.eligibility, departureDate: openWindowDeparture(), onlineServiceUnavailable: 'not-linked' },
    verification: { ...c.verification, documentType: doc, ...(doc === 'other' ? { documentTypeOther: '船員手帳' } : {}), checklist },
  };
}

describe('review: the checklist as asked', () => {
  it.each(combos)('%s with %s: the same items as step 3, none ✗', async (method, doc) => {
    await openWizard(caseWith(method, doc), 7);
    const section = (await screen.findByRole('heading', { name: '本人確認チェック' })).closest('section') as HTMLElement;
    const rows = within(section).getAllByRole('term').map((dt) => dt.textContent);
    expect(rows).toEqual(identityChecklist(method, doc).map((i) => i.ja));
    expect(section).not.toHaveTextContent('✗');
    expect(within(section).getAllByText(/✓/)).toHaveLength(rows.length);
    if (method === 'video' && doc === 'my-number-card') {
      expect(section).toHaveTextContent('表面のみ');
      expect(section).not.toHaveTextContent('表裏');
    }
  });
});
