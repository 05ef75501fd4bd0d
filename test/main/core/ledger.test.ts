import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../../src-main/core/ledger/csv';
import { completeCase } from '../../../tools/fixtures/case-fixtures';
import { deliver, startDesk } from './deliver-through-desk';
import { openTestCore, tempDir, type TestCore } from './open-test-core';

let t: TestCore;
let out: string;
beforeEach(async () => {
  t = await openTestCore();
  out = tempDir('salvage-ledger-');
});
afterEach(async () => {
  await t.cleanup();
  fs.rmSync(out, { recursive: true, force: true });
});

/** A small RFC 4180 parser, to read the file back the way a spreadsheet would. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i += 1; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; } else if (c === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i += 1; } else cell += c;
  }
  return rows;
}

describe('ledger export', () => {
  it('writes finalized cases with Japanese headers, BOM and CRLF, and no personal details', async () => {
    const desk = await startDesk(t.core);
    try {
      const c = completeCase();
      const a = await t.core.cases.createDraft({ ...c, request: { ...c.request, services: ['eccs-mail', 'onedrive'] } });
      await t.core.cases.finalize(a.id, { operator: '窓口' });
      await deliver(t.core, a.id);
      const override = { accountExpiryOverride: '2026-04-30', accountExpiryOverrideSource: 'academic-system', accountExpiryOverrideReason: '学務システムで確認' } as const;
      const b = await t.core.cases.createDraft({
        ...c, applicant: { ...c.applicant, utokyoAccount: '2222222222' }, request: { ...c.request, services: ['onedrive'] }, eligibility: { ...c.eligibility, ...override },
      });
      await t.core.cases.finalize(b.id, { operator: '窓口' });
      await t.core.cases.amend(b.id, { field: 'applicant.nameKana', value: 'とうだい はなこ(訂正)', reason: '申請者の申し出', by: '係長' });
      await t.core.cases.createDraft({ applicant: { name: '下書き 子' } });
    } finally {
      await desk.stop();
    }
    const file = path.join(out, '台帳.csv');
    await t.core.exportLedger(file, { operator: '係長' });
    const bytes = fs.readFileSync(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect((fs.statSync(file).mode & 0o777).toString(8)).toBe('600');
    const text = bytes.toString('utf8').slice(1);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);
    const rows = parseCsv(text);
    expect(rows[0]).toEqual(['案件番号', '受付部局', '状態', '確定日時', '送付日時(自動送信)', '受付ID(送信先)', '学部・研究科等', '救出サービス', '訂正件数', '失効日の上書き', '送付方法', '送付日時(メールフォーム)', '受付番号(フォーム自動返信)']);
    expect(rows).toHaveLength(3);
    expect(rows[1]!.slice(0, 4)).toEqual([expect.stringMatching(/^engineering-2026-[ACDEFGHJKMNPQRTUVWXY34679]{3}-000001$/), '工学部', '送付済み(自動送信)', '2026-05-01 12:00']);
    expect(rows[1]![4]).toBe('2026-05-01 12:00');
    expect(rows[1]![5]).not.toBe('');
    expect(rows[1]!.slice(6)).toEqual(['工学部', 'ECCSクラウドメール・OneDrive', '0', '', '送信先URL', '', '']);
    expect(rows[2]).toEqual([expect.stringMatching(/^engineering-2026-[ACDEFGHJKMNPQRTUVWXY34679]{3}-000002$/), '工学部', '未送付(自動送信)', '2026-05-01 12:00', '', '', '工学部', 'OneDrive', '1', '2026-04-30(自動計算 2026-04-01、根拠: 学務システム)', '送信先URL', '', '']); // counted from 確定
    expect(text).not.toContain('学務システムで確認'); // the reason is free text: not in the register
    for (const personal of ['東大', '花子', '1234567890', '2222222222', 'hanako@example.com', '投稿論文', '申し出', '下書き']) expect(text).not.toContain(personal);
  });

  it('shows a mail-form hand-off: channel, hand-off time (Tokyo) and the desk\u2019s reference, with the one status label', async () => {
    await t.core.settings.update({ staff: [{ name: '窓口 太郎', role: '学務係' }] });
    const a = await t.core.cases.createDraft(completeCase());
    await t.core.cases.finalize(a.id, { operator: '窓口 太郎' });
    const waiting = await t.core.outbox.enqueue(a.id);
    const b = await t.core.cases.createDraft({ ...completeCase(), applicant: { ...completeCase().applicant, utokyoAccount: '2222222222' } });
    await t.core.cases.finalize(b.id, { operator: '窓口 太郎' });
    const handed = await t.core.outbox.enqueue(b.id);
    await t.core.outbox.markHandedOver(handed.id, { operator: '窓口 太郎', reference: '#20345' });
    const file = path.join(out, 'l.csv');
    await t.core.exportLedger(file, { operator: '窓口 太郎' });
    const rows = parseCsv(fs.readFileSync(file, 'utf8').slice(1));
    expect(waiting.state).toBe('awaiting-hand-off');
    expect([rows[1]![0], rows[1]![2]]).toEqual([expect.stringMatching(/^engineering-2026-[ACDEFGHJKMNPQRTUVWXY34679]{3}-000001$/), '未送付(メールフォーム)']);
    expect(rows[1]!.slice(9)).toEqual(['', 'メールフォーム', '', '']);
    expect([rows[2]![0], rows[2]![2]]).toEqual([expect.stringMatching(/^engineering-2026-[ACDEFGHJKMNPQRTUVWXY34679]{3}-000002$/), '送付済み(メールフォーム)']);
    expect(rows[2]!.slice(9)).toEqual(['', 'メールフォーム', '2026-05-01 12:00', '#20345']);
  });

  it('reads queued the same as the screens do (one status-label table)', async () => {
    const { statusLabel } = await import('../../../src-shared/messages/status-labels');
    const { uiMessages } = await import('../../../src-shared/messages/ui');
    expect(uiMessages.ja['status.queued']).toBe(statusLabel('queued', 'ja'));
    expect(uiMessages.ja['outbox.state.queued']).toBe(statusLabel('queued', 'ja'));
    const desk = await startDesk(t.core);
    try {
      await t.core.settings.update({ endpointUrl: 'http://127.0.0.1:9/none' }, { confirmDestinations: ['http://127.0.0.1:9/none'] }); // unreachable: stays queued
      const a = await t.core.cases.createDraft(completeCase());
      await t.core.cases.finalize(a.id, { operator: '窓口' });
      await t.core.outbox.enqueue(a.id);
    } finally {
      await desk.stop();
    }
    const file = path.join(out, 'q.csv');
    await t.core.exportLedger(file, { operator: '係長' });
    expect(parseCsv(fs.readFileSync(file, 'utf8').slice(1))[1]![2]).toBe(uiMessages.ja['status.queued']);
  });

  it('quotes like RFC 4180 and defuses spreadsheet formulas', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell(null)).toBe('');
    expect(toCsv([['a', 1], ['b', null]])).toBe('\uFEFFa,1\r\nb,\r\n');
  });
});
