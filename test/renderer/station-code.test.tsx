// @vitest-environment jsdom
// Settings → この端末の端末コード: the code inside this PC's case numbers, shown with an example
// number; IT may set one per PC; a code that cannot be read out is refused by name, nothing typed lost.
import '@testing-library/jest-dom/vitest';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createFakeDesk } from './support/fake-desk-api';
import { renderApp } from './support/render-app';

afterEach(cleanup);

describe('station code panel', () => {
  it('shows the code with an example number, saves a new one, and refuses a look-alike without losing what was typed', async () => {
    const desk = createFakeDesk();
    renderApp(desk, { route: { name: 'settings' } });
    const panel = await screen.findByRole('region', { name: 'この端末の端末コード' });
    expect(await within(panel).findByTestId('station-code')).toHaveTextContent('A7K');
    expect(panel).toHaveTextContent(/engineering-\d{4}-A7K-000001/);
    expect(panel).toHaveTextContent('部局の設定ファイルには含まれません');
    const user = userEvent.setup();
    const input = within(panel).getByLabelText('端末コード(英大文字・数字 2〜4 文字)');

    await user.clear(input);
    await user.type(input, 'O1');
    await user.click(within(panel).getByRole('button', { name: '端末コードを保存' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('端末コードは英大文字と数字の2〜4文字');
    expect(input).toHaveValue('O1');
    expect(within(panel).getByTestId('station-code')).toHaveTextContent('A7K');

    await user.clear(input);
    await user.type(input, 'K7');
    await user.click(within(panel).getByRole('button', { name: '端末コードを保存' }));
    await waitFor(() => expect(within(panel).getByTestId('station-code')).toHaveTextContent('K7'));
    expect(within(panel).getByText('端末コードを保存しました。次に確定する案件から使います。')).toBeInTheDocument();
    expect(desk.callsOf('setStationCode')).toEqual([{ code: 'O1', operator: '窓口 太郎' }, { code: 'K7', operator: '窓口 太郎' }]);
  });
});
