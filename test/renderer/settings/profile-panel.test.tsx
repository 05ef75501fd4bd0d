// @vitest-environment jsdom
// Settings → 設定を書き出す / 読み込む: export says where it went, import lists what changes and
// applies only after confirmation (the form then shows the imported values), a wrong file lists
// each wrong field and changes nothing.
import '@testing-library/jest-dom/vitest';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeIssue } from '../../../src-shared/domain';
import { profileOf } from '../../../src-shared/profile/profile-schema';
import { createFakeDesk, demoSettings } from '../support/fake-desk-api';
import { renderApp } from '../support/render-app';

afterEach(cleanup);

const departmentProfile = profileOf({
  ...demoSettings, retentionDays: 730, deliveryChannel: 'mail-form', studentNumberPattern: null,
  staff: [{ name: '窓口 太郎', role: '学務係' }, { name: '新人 次郎', role: '' }],
});

describe('settings profile panel', () => {
  it('exports the settings and says so', async () => {
    const desk = createFakeDesk();
    renderApp(desk, { route: { name: 'settings' } });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: '設定を書き出す' }));
    expect(await screen.findByText('設定ファイルを書き出しました。')).toBeInTheDocument();
    expect(desk.callsOf('exportProfile')).toEqual([{ operator: '窓口 太郎' }]);
  });

  it('shows what an import changes, and applies it only when confirmed; the form then shows the new values', async () => {
    const desk = createFakeDesk();
    desk.profileFile = { fileName: 'engineering.salvage-profile.json', profile: departmentProfile };
    renderApp(desk, { route: { name: 'settings' } });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: '設定ファイルを読み込む…' }));
    const preview = await screen.findByRole('group', { name: '「engineering.salvage-profile.json」を読み込むと、次の設定が変わります。' });
    const rows = within(preview).getAllByRole('row').slice(1).map((r) => r.textContent);
    expect(rows).toEqual([
      '担当者窓口 太郎(学務係)、確認 花子(学務係長)窓口 太郎(学務係)、新人 次郎',
      '送付方法送付先 URL へ送信メールフォーム',
      '個人情報の保存期間365日730日',
    ]);
    expect(desk.callsOf('applyProfile')).toHaveLength(0); // nothing applied before confirmation

    await user.click(within(preview).getByRole('button', { name: 'この内容で読み込む' }));
    expect(await screen.findByText('設定ファイルを読み込みました。')).toBeInTheDocument();
    expect(desk.callsOf('applyProfile')).toEqual([{ profile: departmentProfile, operator: '窓口 太郎' }]);
    expect(screen.getByLabelText('個人情報の保存期間(送付後の日数)')).toHaveValue('730');
  });

  it('cancel applies nothing', async () => {
    const desk = createFakeDesk();
    desk.profileFile = { fileName: 'engineering.salvage-profile.json', profile: departmentProfile };
    renderApp(desk, { route: { name: 'settings' } });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: '設定ファイルを読み込む…' }));
    await user.click(await screen.findByRole('button', { name: 'キャンセル' }));
    expect(await screen.findByText('操作は取り消されました。')).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: /を読み込むと/ })).toBeNull();
    expect(desk.callsOf('applyProfile')).toHaveLength(0);
  });

  it('a wrong file lists each wrong field with what to fix, in English too, and changes nothing', async () => {
    const desk = createFakeDesk({ language: 'en' });
    desk.failNext('importProfile', {
      code: 'validation', message: { ja: '誤り', en: 'Errors' },
      issues: [makeIssue('retentionDays', 'input.invalid'), makeIssue('privateKey', 'profile.unknown-field', { name: 'privateKey' }), makeIssue('', 'profile.not-json')],
    });
    renderApp(desk, { route: { name: 'settings' } });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Import a settings file…' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('nothing changed');
    const items = within(alert).getAllByRole('listitem').map((li) => li.textContent);
    expect(items[0]).toMatch(/^Personal data retention: This value has the wrong form/);
    expect(items[1]).toMatch(/^Field "privateKey": The settings file has an unknown field "privateKey"/);
    expect(items[2]).toMatch(/^File: This file cannot be read as JSON/);
    expect(desk.callsOf('applyProfile')).toHaveLength(0);
  });
});
