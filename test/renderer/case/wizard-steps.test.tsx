// @vitest-environment jsdom
// Steps 2, 3, 5 and 6: what each asks for and what it refuses.
import '@testing-library/jest-dom/vitest';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { checklistFor, conditions } from '../../../src-shared/domain';
import { lastPatch, openWizard } from '../support/wizard-helpers';

afterEach(cleanup);

describe('wizard step 2: method', () => {
  it('asks why in person was impossible only for a video check', async () => {
    await openWizard({}, 2);
    const user = userEvent.setup();
    expect(screen.queryByLabelText('対面で確認できなかった理由')).not.toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'ビデオ通話' }));
    await user.click(screen.getByRole('radio', { name: /運転免許証/ }));
    await user.click(screen.getByRole('button', { name: '次へ' }));
    expect(await screen.findByTestId('error-verification.videoReason')).toHaveTextContent('対面で確認できなかった理由を記入してください');
    await waitFor(() => expect(screen.getByLabelText('対面で確認できなかった理由')).toHaveFocus());
  });

  it('pre-fills the verifier with the operator', async () => {
    await openWizard({}, 2);
    expect(screen.getByLabelText('確認者の氏名')).toHaveValue('窓口 太郎');
    expect(screen.getByLabelText('確認者の役職')).toHaveValue('学務係');
  });
});

describe('wizard step 3: identity checklist', () => {
  it('lists the items for the method, with the video-only ones for a video check', async () => {
    await openWizard({ verification: { method: 'video' } }, 3);
    const expected = checklistFor('video').filter((i) => i.id !== 'conditions-explained' && i.id !== 'consent-forwarding');
    for (const item of expected) expect(screen.getByRole('checkbox', { name: item.ja })).toBeInTheDocument();
    expect(screen.getByText('ビデオ通話の場合の追加項目')).toBeInTheDocument();
  });

  it('refuses to move on until every item is ticked', async () => {
    await openWizard({ verification: { method: 'in-person' } }, 3);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: '次へ' }));
    expect(await screen.findAllByText(/が未確認です/)).toHaveLength(5);
    expect(screen.queryByRole('checkbox', { name: /ずっと映像に映っていた/ })).not.toBeInTheDocument();
  });
});

describe('wizard step 5: request', () => {
  it('shows each service with its scope notes, the seed example and a live "only forgot" hint', async () => {
    await openWizard({}, 5);
    const user = userEvent.setup();
    expect(screen.getByText(/職員メール、Teams、Teamsチームドライブ/)).toBeInTheDocument();
    expect(screen.getByText(/記入例: 在学時の研究データの一部のバックアップに失敗しており/)).toBeInTheDocument();
    await user.type(screen.getByLabelText('救出が必要な理由'), 'バックアップを忘れていたので救出をお願いしたいです。');
    expect(await screen.findByText(/「バックアップを忘れた」だけでは許可されないことがあります/)).toBeInTheDocument();
  });

  it('requires at least one service and saves the chosen ones', async () => {
    const { desk } = await openWizard({}, 5);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: '次へ' }));
    expect(await screen.findByTestId('error-request.services')).toHaveTextContent('1つ以上選んでください');
    await user.click(screen.getByRole('checkbox', { name: /OneDrive/ }));
    await waitFor(() => expect(lastPatch(desk).request?.services).toEqual(['onedrive']));
  });
});

describe('wizard step 6: conditions and consent', () => {
  it('records "conditions explained" only when every condition was confirmed', async () => {
    const { desk, id } = await openWizard({}, 6);
    const user = userEvent.setup();
    const boxes = screen.getAllByRole('checkbox', { name: '説明し、申請者が理解した' });
    expect(boxes).toHaveLength(conditions.length);
    for (const box of boxes.slice(0, -1)) await user.click(box);
    await user.click(screen.getByRole('button', { name: '次へ' }));
    expect(await screen.findByTestId('error-verification.checklist.conditions-explained')).toBeInTheDocument();
    await user.click(boxes[boxes.length - 1] as HTMLElement);
    await user.click(screen.getByRole('checkbox', { name: /取り次ぐことに同意した/ }));
    await waitFor(() => expect(desk.cases.get(id)?.input.verification?.checklist?.['conditions-explained']).toBe(true));
    expect(desk.cases.get(id)?.input.verification?.checklist?.['consent-forwarding']).toBe(true);
  });
});
