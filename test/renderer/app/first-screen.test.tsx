// @vitest-environment jsdom
// A page load on a case (#/case/<id>/<step>) shows the wizard after one round trip to the core:
// the case is asked for beside the settings, and the outbox list (the header's count) never holds
// the first screen back. A case fetched at start is used once; opening it again asks afresh.
import '@testing-library/jest-dom/vitest';
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, screen, waitFor } from '@testing-library/react';
import { useSession } from '../../../src-renderer/state/session-store';
import { createFakeDesk } from '../support/fake-desk-api';
import { renderApp } from '../support/render-app';

afterEach(cleanup);

async function deskWithCase() {
  const desk = createFakeDesk();
  const created = await desk.api.createCase({ input: { applicant: { name: '東大 花子' } }, operator: '窓口 太郎' });
  if (!created.ok) throw new Error('fake createCase failed');
  desk.calls.length = 0;
  return { desk, id: created.value.id };
}

describe('the first screen after a page load', () => {
  it('asks for the case while the settings are still on their way, and shows step 1 as soon as they arrive', async () => {
    const { desk, id } = await deskWithCase();
    const releaseSettings = desk.holdNext('getSettings');
    renderApp(desk, { route: { name: 'case', id, step: 1 } });
    await waitFor(() => expect(desk.callsOf('getCase')).toEqual([{ id }]));
    expect(screen.queryByRole('heading', { level: 2 })).toBeNull(); // the settings (route, language) still gate it
    releaseSettings();
    expect(await screen.findByRole('heading', { level: 2 })).toHaveTextContent('申請経路の確認');
    expect(desk.callsOf('getCase')).toHaveLength(1);
  });

  it('shows the wizard while the outbox list has not answered', async () => {
    const { desk, id } = await deskWithCase();
    const releaseOutbox = desk.holdNext('listOutbox');
    renderApp(desk, { route: { name: 'case', id, step: 1 } });
    expect(await screen.findByRole('heading', { level: 2 })).toHaveTextContent('申請経路の確認');
    releaseOutbox();
  });

  it('asks the core again when the case is opened later, and fetches nothing early when the start goes elsewhere', async () => {
    const { desk, id } = await deskWithCase();
    renderApp(desk, { route: { name: 'case', id, step: 1 } });
    await screen.findByRole('heading', { level: 2 });
    act(() => useSession.getState().navigate({ name: 'cases' }));
    act(() => useSession.getState().navigate({ name: 'case', id, step: 1 }));
    await waitFor(() => expect(desk.callsOf('getCase')).toHaveLength(2));
    cleanup();

    // No operator chosen yet: the start screen comes first, and no case is fetched for it.
    desk.calls.length = 0;
    renderApp(desk, { operator: null, route: { name: 'case', id, step: 1 } });
    await screen.findByRole('button', { name: /窓口 太郎/ });
    expect(desk.callsOf('getCase')).toEqual([]);
  });
});
