// @vitest-environment jsdom
// The data sections of Settings: retention preview and "erase now", audit verification, key rotation.
import '@testing-library/jest-dom/vitest';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { AuditVerification, PurgePreview } from '../../../src-shared/core-api';
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
    let preview: PurgePreview = { cases: 3, byStatus: { delivered: 2, draft: 1 }, oldRestoreFolders: 1 };
    answer(desk, 'previewPurge', preview);
    renderApp(desk, { route: { name: 'settings' } });
    const panel = await section('データの保存期間と削除');
    expect(await within(panel).findByText('次の削除で消える案件: 3 件')).toBeInTheDocument();
    expect(within(panel).getByText('下書き: 1 件')).toBeInTheDocument();
    expect(within(panel).getByText('復元前に退避したデータフォルダー(30日経過): 1 個')).toBeInTheDocument();
    preview = { cases: 0, byStatus: {}, oldRestoreFolders: 0 };
    answer(desk, 'previewPurge', preview);
    answer(desk, 'purgeNow', { purged: 3, folders: 1 });
    await userEvent.setup().click(within(panel).getByRole('button', { name: '今すぐ削除する' }));
    expect(await within(panel).findByText('3 件の個人情報と 1 個の退避フォルダーを削除しました。')).toBeInTheDocument();
    expect(desk.callsOf('purgeNow')).toEqual([{ operator: '窓口 太郎' }]);
    expect(within(panel).getByText('次の削除で消える案件はありません。')).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: '今すぐ削除する' })).toBeDisabled();
  });
});

describe('audit section', () => {
  it('verifies on opening and on request, and shows a cut trail plainly without blocking anything', async () => {
    const desk = createFakeDesk();
    const cut: AuditVerification = { ok: false, entries: 40, firstBroken: null, problem: 'truncated', anchoredSeq: 52, recordedBreaks: 1 };
    answer(desk, 'verifyAudit', cut);
    renderApp(desk, { route: { name: 'settings' } });
    const panel = await section('監査記録');
    expect(await within(panel).findByText('監査記録の末尾が失われています(キーチェーンには 52 件目までの記録があります)', { exact: false })).toBeInTheDocument();
    expect(within(panel).getByText('これまでに監査記録の断絶が 1 件見つかり、監査記録に記録されています。')).toBeInTheDocument();
    answer(desk, 'verifyAudit', { ...cut, ok: true, problem: null, recordedBreaks: 0, entries: 41 });
    await userEvent.setup().click(within(panel).getByRole('button', { name: '監査記録を検証' }));
    expect(await within(panel).findByText('監査記録は完全です(41 件、OS のキーチェーンの記録と一致)。')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '今すぐ削除する' })).toBeInTheDocument(); // the rest of Settings still works
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
    expect(within(panel).getByText('新しい公開鍵を書き出しました。窓口に登録してください。')).toBeInTheDocument();
    expect(desk.callsOf('rotateKey')).toEqual([{ reason: 'staff-change', operator: '窓口 太郎' }]);
  });
});
