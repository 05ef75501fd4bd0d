// @vitest-environment jsdom
// Where data may go, as staff and IT see it in Settings: a profile naming another destination is
// applied only after that destination is confirmed by name, and a machine-wide profile that was not
// applied (non-administrators could change it) says what IT must fix.
import '@testing-library/jest-dom/vitest';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { profileOf } from '../../../src-shared/profile/profile-schema';
import { createFakeDesk, demoSettings } from '../support/fake-desk-api';
import { renderApp } from '../support/render-app';

afterEach(cleanup);

describe('a profile that names another destination', () => {
  it('names it and applies the profile only once it is confirmed', async () => {
    const desk = createFakeDesk();
    const profile = profileOf({ ...demoSettings, endpointUrl: 'https://phish.example/inbox', retentionDays: 730 });
    desk.profileFile = { fileName: 'engineering.salvage-profile.json', profile };
    renderApp(desk, { route: { name: 'settings' } });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: '設定ファイルを読み込む…' }));
    await user.click(await screen.findByRole('button', { name: 'この内容で読み込む' }));
    const ask = await screen.findByTestId('destination-confirm');
    expect(ask).toHaveTextContent('送付先が既定と異なります: phish.example/inbox');
    expect(desk.callsOf('applyProfile')).toHaveLength(0);
    await user.click(within(ask).getByTestId('confirm-destination'));
    await waitFor(() => expect(desk.callsOf('applyProfile')).toEqual([{ profile, operator: '窓口 太郎', confirmDestinations: ['phish.example/inbox'] }]));
    expect(await screen.findByTestId('destination-notice')).toHaveTextContent('送付先が既定と異なります: phish.example/inbox');
  });
});

describe('the machine-wide profile', () => {
  it('not applied because ordinary users may change it: Settings tells IT which file, who, and what to fix', async () => {
    const desk = createFakeDesk();
    desk.machineProfile = {
      outcome: 'not-admin-only', path: 'C:\\ProgramData\\Salvage Desk\\profile.json',
      check: { ok: false, problem: 'acl-non-admin-write', target: 'folder', principals: ['BUILTIN\\Users'] },
    };
    renderApp(desk, { route: { name: 'settings' } });
    const notice = await screen.findByTestId('machine-profile-notice');
    expect(notice).toHaveTextContent('端末共通の設定ファイルを適用していません');
    expect(notice).toHaveTextContent('C:\\ProgramData\\Salvage Desk\\profile.json');
    expect(notice).toHaveTextContent('設定ファイルのフォルダーに管理者以外が書き込めます(BUILTIN\\Users)');
  });

  it('a folder that is a junction: Settings tells IT to replace the link by a real folder', async () => {
    const desk = createFakeDesk();
    desk.machineProfile = { outcome: 'not-admin-only', path: 'C:\\ProgramData\\Salvage Desk\\profile.json', check: { ok: false, problem: 'link', target: 'folder' } };
    renderApp(desk, { route: { name: 'settings' } });
    const notice = await screen.findByTestId('machine-profile-notice');
    expect(notice).toHaveTextContent('設定ファイルのフォルダーがリンク(シンボリックリンク・ジャンクションなどの再解析ポイント)');
    expect(notice).toHaveTextContent('本物のフォルダーを作ってファイルそのものを置いてください');
  });

  it('says nothing when there was no file or it was applied', async () => {
    const desk = createFakeDesk();
    renderApp(desk, { route: { name: 'settings' } });
    await waitFor(() => expect(desk.callsOf('getMachineProfileStatus')).toHaveLength(1));
    await screen.findByTestId('delivery-panel');
    expect(screen.queryByTestId('machine-profile-notice')).toBeNull();
  });
});
