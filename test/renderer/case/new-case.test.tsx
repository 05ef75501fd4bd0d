// @vitest-environment jsdom
// 新しい案件を始める opens an unsaved wizard: no case exists until something is typed;
// the first typed value creates exactly one case, and the form (focus, text) survives the id change.
import '@testing-library/jest-dom/vitest';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createFakeDesk } from '../support/fake-desk-api';
import { renderApp } from '../support/render-app';
import { parseHash } from '../../../src-renderer/state/routes';
import { AUTOSAVE_DELAY_MS } from '../../../src-renderer/case/wizard/use-autosave';

afterEach(cleanup);

const account = () => screen.getByLabelText(/UTokyo Account/);

async function startNewCase() {
  const desk = createFakeDesk();
  renderApp(desk);
  const user = userEvent.setup();
  await user.click(await screen.findByTestId('new-case'));
  expect(await screen.findByRole('heading', { level: 2 })).toHaveTextContent('申請経路の確認');
  return { desk, user };
}

describe('new case', () => {
  it('opens the wizard without creating a case; leaving it creates nothing', async () => {
    const { desk, user } = await startNewCase();
    expect(window.location.hash).toBe('#/cases/new');
    expect(screen.getByTestId('save-status')).toHaveAttribute('data-state', 'new');
    await user.click(screen.getByRole('link', { name: '案件一覧' }));
    await screen.findByRole('heading', { level: 1, name: '案件一覧' });
    await user.click(screen.getByRole('button', { name: '新しい案件' }));
    await screen.findByRole('heading', { level: 2 });
    await user.click(screen.getByRole('link', { name: '案件一覧' }));
    await screen.findByRole('heading', { level: 1, name: '案件一覧' });
    await new Promise((resolve) => setTimeout(resolve, AUTOSAVE_DELAY_MS + 100)); // no save is waiting either
    expect(desk.callsOf('createCase')).toHaveLength(0);
    expect(desk.callsOf('updateCase')).toHaveLength(0);
    expect(desk.cases.size).toBe(0);
  });

  it('creates one case on the first typed value, then updates it; focus and text stay', async () => {
    const { desk, user } = await startNewCase();
    await user.type(account(), '1');
    await waitFor(() => expect(window.location.hash).toBe('#/case/case-1/1'));
    expect(desk.callsOf('createCase')).toEqual([expect.objectContaining({ input: expect.objectContaining({ applicant: expect.objectContaining({ utokyoAccount: '1', facultyCode: 'engineering' }) }) })]);
    expect(account()).toHaveFocus();
    expect(account()).toHaveValue('1');
    await user.type(account(), '234567890');
    await waitFor(() => expect(desk.cases.get('case-1')?.input.applicant?.utokyoAccount).toBe('1234567890'));
    expect(desk.callsOf('createCase')).toHaveLength(1);
    expect(desk.cases.size).toBe(1);
    expect(account()).toHaveFocus();
    expect(desk.callsOf('getCase')).toHaveLength(0); // the form was not reloaded
  });

  it('two quick keystrokes create one case, not two', async () => {
    const { desk, user } = await startNewCase();
    await user.type(account(), '12');
    await waitFor(() => expect(screen.getByTestId('save-status')).toHaveAttribute('data-state', 'saved'));
    expect(desk.callsOf('createCase')).toHaveLength(1);
    expect(desk.cases.get('case-1')?.input.applicant?.utokyoAccount).toBe('12');
  });

  it('sends what is typed while the create is in flight with the next save, to the same case', async () => {
    const { desk, user } = await startNewCase();
    const release = desk.holdNext('createCase');
    await user.type(account(), '1');
    await waitFor(() => expect(desk.callsOf('createCase')).toHaveLength(1));
    await user.type(account(), '23');
    release();
    await waitFor(() => expect(desk.cases.get('case-1')?.input.applicant?.utokyoAccount).toBe('123'));
    expect(desk.callsOf('createCase')).toHaveLength(1);
    expect(desk.cases.size).toBe(1);
    expect(account()).toHaveValue('123');
    expect(account()).toHaveFocus();
  });

  it('keeps the created case in the same form across the language switch', async () => {
    const { desk, user } = await startNewCase();
    await user.click(screen.getByRole('button', { name: 'English' }));
    await user.type(account(), '12');
    await waitFor(() => expect(window.location.hash).toBe('#/case/case-1/1'));
    await user.click(screen.getByRole('button', { name: '日本語' }));
    await user.type(account(), '3');
    await waitFor(() => expect(desk.cases.get('case-1')?.input.applicant?.utokyoAccount).toBe('123'));
    expect(desk.callsOf('createCase')).toHaveLength(1);
    expect(account()).toHaveValue('123');
  });

  it('a reload of #/cases/new shows an empty wizard and asks the core for nothing', async () => {
    const route = parseHash('#/cases/new');
    expect(route).toEqual({ name: 'new-case', step: 1 });
    const desk = createFakeDesk();
    renderApp(desk, { route });
    expect(await screen.findByRole('heading', { level: 2 })).toHaveTextContent('申請経路の確認');
    expect(account()).toHaveValue('');
    expect(desk.calls.filter((c) => c.method.endsWith('Case'))).toEqual([]);
  });
});
