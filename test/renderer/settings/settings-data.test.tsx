// @vitest-environment jsdom
// The data sections of Settings: retention preview and "erase now", audit verification, key rotation.
import '@testing-library/jest-dom/vitest';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { AuditStatus, AuditVerification, PurgePreview } from '../../../src-shared/core-api';
import { createFakeDesk, type FakeDesk } from '../support/fake-desk-api';
import { renderApp } from '../support/render-app';

afterEach(cleanup);

function answer(desk: FakeDesk, method: string, value: unknown): void {
  (desk.api as unknown as Record<string, unknown>)[method] = async (request: unknown) => {
    desk.calls.push({ method, request });
    return { ok: true, value };
  };
}

const section = (name: string) => screen.findByRole('region', { name });

describe('data retention section', () => {
  it('shows what the next erasure removes (counts only) and erases on request', async () => {
    const desk = createFakeDesk();
    let preview: PurgePreview = { cases: 3, byStatus: { delivered: 2, draft: 1 }, oldRestoreFolders: 1, lastFailure: null };
    answer(desk, 'previewPurge', preview);
    renderApp(desk, { route: { name: 'settings' } });
    const panel = await section('データの保存期間と削除');
    expect(await within(panel).findByText('次の削除で消える案件: 3 件')).toBeInTheDocument();
    expect(within(panel).getByText('下書き: 1 件')).toBeInTheDocument();
    expect(within(panel).getByText('復元前に退避したデータフォルダー(30日経過): 1 個')).toBeInTheDocument();
    preview = { cases: 0, byStatus: {}, oldRestoreFolders: 0, lastFailure: null };
    answer(desk, 'previewPurge', preview);
    answer(desk, 'purgeNow', { purged: 3, folders: 1, notErased: 0 });
    await userEvent.setup().click(within(panel).getByRole('button', { name: '今すぐ削除する' }));
    expect(await within(panel).findByText('3 件の個人情報と 1 個の退避フォルダーを削除しました。')).toBeInTheDocument();
    expect(desk.callsOf('purgeNow')).toEqual([{ operator: '窓口 太郎' }]);
    expect(within(panel).getByText('次の削除で消える案件はありません。')).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: '今すぐ削除する' })).toBeDisabled();
  });
  it('says plainly when the last erasure did not complete, and that the data is still stored; a complete run clears it', async () => {
    const desk = createFakeDesk();
    answer(desk, 'previewPurge', { cases: 1, byStatus: { delivered: 1 }, oldRestoreFolders: 0, lastFailure: { at: '2027-05-01T03:00:00Z', cases: 1, folders: 0, snapshots: 0, walPending: false } } satisfies PurgePreview);
    renderApp(desk, { route: { name: 'settings' } });
    const panel = await section('データの保存期間と削除');
    const failure = await within(panel).findByTestId('purge-failure');
    expect(failure).toHaveTextContent('2027-05-01 12:00 の削除は完了しませんでした。保存期間を過ぎた 1 件の案件の個人情報が消去されずに残っています');
    expect(failure).toHaveTextContent('情報システム担当に連絡してください');
    answer(desk, 'previewPurge', { cases: 0, byStatus: {}, oldRestoreFolders: 0, lastFailure: null } satisfies PurgePreview);
    answer(desk, 'purgeNow', { purged: 1, folders: 0, notErased: 0 });
    await userEvent.setup().click(within(panel).getByRole('button', { name: '今すぐ削除する' }));
    expect(await within(panel).findByText('1 件の個人情報と 0 個の退避フォルダーを削除しました。')).toBeInTheDocument();
    expect(within(panel).queryByTestId('purge-failure')).toBeNull();
  });

  it('a run that stopped as a whole says the data may still be stored', async () => {
    const desk = createFakeDesk();
    answer(desk, 'previewPurge', { cases: 2, byStatus: { delivered: 2 }, oldRestoreFolders: 0, lastFailure: { at: '2027-05-01T03:00:00Z', cases: null, folders: 0, snapshots: 0, walPending: false } } satisfies PurgePreview);
    renderApp(desk, { route: { name: 'settings' } });
    const panel = await section('データの保存期間と削除');
    expect(await within(panel).findByTestId('purge-failure')).toHaveTextContent('2027-05-01 12:00 の削除は途中で止まり、完了しませんでした。');
  });

  it('names each copy of the data a run could not remove, and erased values still in the working file, one line each', async () => {
    const desk = createFakeDesk();
    const lastFailure = { at: '2027-05-01T03:00:00Z', cases: 0, folders: 1, snapshots: 2, walPending: true };
    answer(desk, 'previewPurge', { cases: 0, byStatus: {}, oldRestoreFolders: 0, lastFailure } satisfies PurgePreview);
    renderApp(desk, { route: { name: 'settings' } });
    const panel = await section('データの保存期間と削除');
    const lines = within(await within(panel).findByTestId('purge-failure')).getAllByRole('paragraph').map((p) => p.textContent);
    expect(lines).toEqual([
      expect.stringContaining('2027-05-01 12:00 の削除で、30日を過ぎた退避フォルダー(復元前のデータ) 1 個を削除できませんでした。'),
      expect.stringContaining('バックアップ用の一時コピー(データベースの複製) 2 個を削除できませんでした。'),
      expect.stringContaining('消去した個人情報が、データベースの作業用ファイルにまだ残っています'),
    ]);
    expect(lines.join('')).not.toContain('件の案件の個人情報が消去されずに残っています');
    // No case is due, yet "erase now" retries what the last run left.
    expect(within(panel).getByRole('button', { name: '今すぐ削除する' })).toBeEnabled();
  });
});

describe('audit section', () => {
  it('shows the background check on opening, verifies on request, and shows a cut trail plainly without blocking anything', async () => {
    const desk = createFakeDesk();
    const quiet: AuditStatus = { recordedBreaks: 0, unacknowledged: 0, lastProblem: null, lastBreak: 0, integrity: 'ok', unredacted: 0, purgeFailure: null, fullCheck: { state: 'running', verified: 2000, total: 40_000, last: null } };
    answer(desk, 'getAuditStatus', quiet);
    const cut: AuditVerification = { ok: false, entries: 40, firstBroken: null, problem: 'truncated', anchoredSeq: 52, recordedBreaks: 1 };
    answer(desk, 'verifyAudit', cut);
    renderApp(desk, { route: { name: 'settings' } });
    const panel = await section('監査記録');
    expect(await within(panel).findByText('監査記録の全体を確認中… 2000 / 40000 件')).toBeInTheDocument();
    expect(desk.callsOf('verifyAudit')).toEqual([]); // the whole chain is not walked again just for opening Settings
    const user = userEvent.setup();
    await user.click(within(panel).getByRole('button', { name: '監査記録を検証' }));
    expect(await within(panel).findByText('監査記録の末尾が失われています(キーチェーンには 52 件目までの記録があります)', { exact: false })).toBeInTheDocument();
    expect(within(panel).getByText('これまでに監査記録の断絶が 1 件見つかり、監査記録に記録されています。')).toBeInTheDocument();
    answer(desk, 'verifyAudit', { ...cut, ok: true, problem: null, recordedBreaks: 0, entries: 41 });
    answer(desk, 'getAuditStatus', { ...quiet, fullCheck: { state: 'done', verified: 41, total: 41, last: { at: '2026-05-01T03:00:00Z', entries: 41, ok: true } } });
    await user.click(within(panel).getByRole('button', { name: '監査記録を検証' }));
    expect(await within(panel).findByText('監査記録は完全です(41 件、OS のキーチェーンの記録と一致)。')).toBeInTheDocument();
    expect(within(panel).getByText('前回の全体確認: 2026-05-01 12:00(41 件、問題なし)')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '今すぐ削除する' })).toBeInTheDocument(); // the rest of Settings still works
  });

  it('names a new kind of break in words', async () => {
    const desk = createFakeDesk();
    answer(desk, 'verifyAudit', { ok: false, entries: 9, firstBroken: null, problem: 'anchor-older', anchoredSeq: 3, recordedBreaks: 1 });
    renderApp(desk, { route: { name: 'settings' } });
    const panel = await section('監査記録');
    await userEvent.setup().click(within(panel).getByRole('button', { name: '監査記録を検証' }));
    expect(await within(panel).findByText(/OS のキーチェーンの控え\(アンカー\)が、監査記録の確認済みの位置より古いものに戻されています。/)).toBeInTheDocument();
  });

  it('shows a full check that stopped, never the earlier one that passed', async () => {
    const desk = createFakeDesk();
    const passed = { at: '2026-05-01T03:00:00Z', entries: 41, ok: true };
    const stopped: AuditStatus = { recordedBreaks: 1, unacknowledged: 1, lastProblem: 'check-failed', lastBreak: 7, integrity: 'ok', unredacted: 0, purgeFailure: null, fullCheck: { state: 'failed', verified: 20, total: 41, last: passed } };
    answer(desk, 'getAuditStatus', stopped);
    answer(desk, 'verifyAudit', { ok: false, entries: 20, firstBroken: null, problem: 'check-failed', anchoredSeq: null, recordedBreaks: 1 });
    renderApp(desk, { route: { name: 'settings' } });
    const panel = await section('監査記録');
    // The outcome could not be kept (the disk full): the stop is shown, not the pass kept before.
    expect(await within(panel).findByText('監査記録の全体確認が途中で止まりました。断絶として記録しました。')).toBeInTheDocument();
    expect(within(panel).queryByText(/問題なし/)).not.toBeInTheDocument();
    answer(desk, 'getAuditStatus', { ...stopped, fullCheck: { ...stopped.fullCheck, last: { at: '2026-05-01T04:00:00Z', entries: 20, ok: false, failed: true } } });
    await userEvent.setup().click(within(panel).getByRole('button', { name: '監査記録を検証' }));
    expect(await within(panel).findByText(/監査記録の全体確認を最後まで行えませんでした/)).toBeInTheDocument();
    expect(within(panel).getByText('前回の全体確認: 2026-05-01 13:00(20 件、途中で停止)')).toBeInTheDocument();
    // The banner says the same on every screen.
    expect(within(screen.getByTestId('audit-banner')).getByText(/監査記録の全体確認を最後まで行えませんでした/)).toBeInTheDocument();
  });
});

describe('key rotation section', () => {
  it('asks for a reason from the fixed list, rotates, and says whether the new public key was exported', async () => {
    const desk = createFakeDesk();
    renderApp(desk, { route: { name: 'settings' } });
    const panel = await section('署名鍵の更新');
    const user = userEvent.setup();
    await user.click(within(panel).getByRole('button', { name: '署名鍵を更新する' }));
    expect(within(panel).getByText('更新の理由を一覧から選んでください。')).toBeInTheDocument();
    expect(desk.callsOf('rotateKey')).toEqual([]);
    const reason = within(panel).getByLabelText('更新の理由');
    expect(within(reason).getAllByRole('option').map((o) => o.textContent)).toEqual(['選んでください', '定期的な更新', '担当者の異動・退職', '鍵の漏えいの疑い', 'PCの入れ替え', 'その他']);
    await user.selectOptions(reason, '担当者の異動・退職');
    await user.click(within(panel).getByRole('button', { name: '署名鍵を更新する' }));
    expect(await within(panel).findByText('新しい署名鍵に更新しました。新しい指紋: THUMBPRINT-456。')).toBeInTheDocument();
    expect(within(panel).getByText('新しい公開鍵を書き出しました。サポート窓口に登録してもらってください。')).toBeInTheDocument();
    expect(desk.callsOf('rotateKey')).toEqual([{ reason: 'staff-change', operator: '窓口 太郎' }]);
    expect(within(panel).getByTestId('rotate-waiting')).toHaveTextContent('更新前の鍵で署名した 2 件がまだ未送付です。');
    expect(within(panel).getByTestId('rotate-waiting')).toHaveTextContent('案件番号 ENG-2026-0007(申請)');
    expect(within(panel).getByTestId('rotate-waiting')).toHaveTextContent('案件番号 ENG-2026-0003(訂正通知)');
  });
});
