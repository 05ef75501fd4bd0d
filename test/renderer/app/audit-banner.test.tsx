// @vitest-environment jsdom
// The app-wide audit banner: every screen shows a recorded, unacknowledged break (and a damaged
// database) until a staff member acknowledges it through 'audit:acknowledge-audit-breaks'.
import '@testing-library/jest-dom/vitest';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { AuditStatus } from '../../../src-shared/core-api';
import { formatUi } from '../../../src-shared/messages/ui';
import { auditProblemKey } from '../../../src-renderer/ui/audit-problem-key';
import { createFakeDesk, type FakeDesk } from '../support/fake-desk-api';
import { renderApp } from '../support/render-app';

afterEach(cleanup);

const broken: AuditStatus = {
  recordedBreaks: 2, unacknowledged: 1, lastProblem: 'anchor-missing', lastBreak: 9, integrity: 'ok', unredacted: 0, purgeFailure: null,
  fullCheck: { state: 'done', verified: 50, total: 50, last: null },
};

function answer(desk: FakeDesk, method: string, value: unknown): void {
  (desk.api as unknown as Record<string, unknown>)[method] = async (request: unknown) => {
    desk.calls.push({ method, request });
    return { ok: true, value };
  };
}

describe('audit banner', () => {
  it('shows on every screen until the operator acknowledges it, under their name', async () => {
    const desk = createFakeDesk();
    answer(desk, 'getAuditStatus', broken);
    answer(desk, 'acknowledgeAuditBreaks', { ...broken, unacknowledged: 0 });
    renderApp(desk, { route: { name: 'cases' } });
    const banner = await screen.findByTestId('audit-banner');
    expect(banner).toHaveAttribute('role', 'alert');
    expect(within(banner).getByText('監査記録の断絶が見つかりました')).toBeInTheDocument();
    expect(within(banner).getByText(/OS のキーチェーンから監査記録の控え\(アンカー\)が消えています。/)).toBeInTheDocument();
    await userEvent.setup().click(within(banner).getByRole('button', { name: '確認しました(窓口 太郎)' }));
    expect(desk.callsOf('acknowledgeAuditBreaks')).toEqual([{ operator: '窓口 太郎', through: 9 }]); // the newest break it showed
    expect(screen.queryByTestId('audit-banner')).not.toBeInTheDocument();
  });

  it('acknowledges only what it showed: a break recorded since is refused, then shown', async () => {
    const desk = createFakeDesk();
    answer(desk, 'getAuditStatus', broken);
    renderApp(desk, { route: { name: 'cases' } });
    const banner = await screen.findByTestId('audit-banner');
    // Meanwhile the background check recorded another break: the core refuses, the banner shows it.
    const newer: AuditStatus = { ...broken, recordedBreaks: 3, unacknowledged: 2, lastProblem: 'rewritten', lastBreak: 12 };
    answer(desk, 'getAuditStatus', newer);
    desk.failNext('acknowledgeAuditBreaks', {
      code: 'validation', message: { ja: '入力を確認してください。', en: 'Check the input.' },
      issues: [{ path: 'through', code: 'audit.newer-break', severity: 'error', message: { ja: 'この表示の後に、監査記録の新しい断絶が記録されました。', en: 'A new break was recorded.' } }],
    });
    await userEvent.setup().click(within(banner).getByRole('button', { name: '確認しました(窓口 太郎)' }));
    expect(desk.callsOf('acknowledgeAuditBreaks')).toEqual([{ operator: '窓口 太郎', through: 9 }]);
    expect(await within(screen.getByTestId('audit-banner')).findByText('未確認の断絶: 2 件')).toBeInTheDocument();
    expect(within(screen.getByTestId('audit-banner')).getByText(/監査記録の一部が書き換えられています。/)).toBeInTheDocument();
  });

  it('asks for an operator first, and stays away when nothing is unacknowledged', async () => {
    const desk = createFakeDesk();
    answer(desk, 'getAuditStatus', broken);
    renderApp(desk, { route: { name: 'settings' }, operator: null });
    const banner = await screen.findByTestId('audit-banner');
    expect(within(banner).getByText('確認するには、先に画面上部で担当者を選んでください。')).toBeInTheDocument();
    expect(within(banner).queryByRole('button')).not.toBeInTheDocument();
    cleanup();
    const quiet = createFakeDesk();
    renderApp(quiet, { route: { name: 'cases' } });
    await screen.findByRole('main');
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByTestId('audit-banner')).not.toBeInTheDocument();
  });

  it('says when the background check found the database damaged', async () => {
    const desk = createFakeDesk();
    answer(desk, 'getAuditStatus', { ...broken, unacknowledged: 0, integrity: 'damaged' });
    renderApp(desk, { route: { name: 'cases' } });
    const banner = await screen.findByTestId('audit-banner');
    expect(within(banner).getByText(/データベースの一部が壊れています。今すぐバックアップを作成し/)).toBeInTheDocument();
  });

  it('says on every screen when the last erasure left personal data past its time, with no acknowledge button: it goes when a run completes', async () => {
    const desk = createFakeDesk();
    answer(desk, 'getAuditStatus', { ...broken, unacknowledged: 0, purgeFailure: { at: '2027-05-01T03:00:00Z', cases: 2, folders: 0, snapshots: 0, walPending: false } } satisfies AuditStatus);
    renderApp(desk, { route: { name: 'cases' } });
    const banner = await screen.findByTestId('audit-banner');
    expect(within(banner).getByTestId('purge-incomplete')).toHaveTextContent('保存期間を過ぎた個人情報の削除が完了していません。設定の「データの保存期間と削除」で内容を確かめ、もう一度削除してください。');
    expect(within(banner).queryByRole('button')).not.toBeInTheDocument();
    expect(formatUi('en', 'audit.purge-incomplete')).toContain('did not complete');
  });

  it('says when staff text an earlier version left in clear could not be redacted, since the trail does not verify', async () => {
    const desk = createFakeDesk();
    answer(desk, 'getAuditStatus', { ...broken, unredacted: 3 });
    renderApp(desk, { route: { name: 'cases' } });
    const banner = await screen.findByTestId('audit-banner');
    expect(within(banner).getByText(/以前のバージョンが監査記録に平文で残した職員の入力\(受付番号\(フォーム自動返信\)・理由\)が 3 件あります。/)).toBeInTheDocument();
  });

  it('says once, at the upgrade, that the earlier version\'s trail could not be verified; acknowledged like any break', async () => {
    const desk = createFakeDesk();
    const legacy: AuditStatus = { ...broken, recordedBreaks: 1, lastProblem: 'legacy-unverified' };
    answer(desk, 'getAuditStatus', legacy);
    answer(desk, 'acknowledgeAuditBreaks', { ...legacy, unacknowledged: 0 });
    renderApp(desk, { route: { name: 'cases' } });
    const banner = await screen.findByTestId('audit-banner');
    expect(within(banner).getByText(/以前のバージョンの監査記録は、この更新の時点で検証できませんでした/)).toBeInTheDocument();
    await userEvent.setup().click(within(banner).getByRole('button', { name: '確認しました(窓口 太郎)' }));
    expect(screen.queryByTestId('audit-banner')).not.toBeInTheDocument();
    expect(formatUi('en', auditProblemKey('legacy-unverified'))).toMatch(/^The audit trail kept by the earlier version could not be verified at this upgrade/);
  });

  it('says when the trail lacks the entry every trail of this version starts with', async () => {
    const desk = createFakeDesk();
    answer(desk, 'getAuditStatus', { ...broken, lastProblem: 'format-missing' });
    renderApp(desk, { route: { name: 'cases' } });
    const banner = await screen.findByTestId('audit-banner');
    expect(within(banner).getByText(/記録全体が消されたか、作り直されています。/)).toBeInTheDocument();
    expect(formatUi('en', auditProblemKey('format-missing'))).toMatch(/the trail was emptied or rebuilt\.$/);
  });
});
