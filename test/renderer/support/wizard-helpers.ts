// Opens the wizard on a fresh draft in the fake desk.
import { screen } from '@testing-library/react';
import type { CaseDraft } from '../../../src-shared/core-api';
import { createFakeDesk, type FakeDesk } from './fake-desk-api';
import { renderApp } from './render-app';

/** The last day of the month before this one: the account has expired and the window is open. */
export function openWindowDeparture(now = new Date()): string {
  const firstOfMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  return new Date(firstOfMonth.getTime() - 86_400_000).toISOString().slice(0, 10);
}

export async function openWizard(input: CaseDraft = {}, step = 1, desk: FakeDesk = createFakeDesk()) {
  const created = await desk.api.createCase({ input, operator: '窓口 太郎' });
  if (!created.ok) throw new Error('fake createCase failed');
  desk.calls.length = 0;
  const result = renderApp(desk, { route: { name: 'case', id: created.value.id, step } });
  await screen.findByRole('heading', { level: 2 });
  return { desk, id: created.value.id, ...result };
}

/** The last patch the UI sent with updateCase. */
export function lastPatch(desk: FakeDesk): CaseDraft {
  const updates = desk.callsOf('updateCase') as { patch: CaseDraft }[];
  const last = updates[updates.length - 1];
  if (!last) throw new Error('no updateCase call yet');
  return last.patch;
}
