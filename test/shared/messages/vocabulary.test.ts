// One word for each thing. The Japanese message tables (UI, issues, status words) and the core's
// messages that reach the screen hold none of the retired variants: not-yet-sent is 未送付, done is
// 送付済み, the desk's auto-reply number is 受付番号(フォーム自動返信), the desk is サポート窓口
// (窓口 alone is the counter), and the video method has one name.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { METHOD_LABELS, STATE_WORDS, STATUS_LABELS } from '../../../src-shared/messages/status-labels';
import { uiMessages } from '../../../src-shared/messages/ui';

const root = path.resolve(__dirname, '../../..');

/** Each retired variant, with why it is wrong. */
const forbidden: readonly (readonly [RegExp, string])[] = [
  [/送信待ち|引き渡し待ち|確定済み\(未送信\)/, 'not yet sent is 未送付'],
  [/引き渡し済み|送付済みとして記録|メールフォームで送付済み|送信先URLで送付済み/, 'done is 送付済み'],
  [/受付番号(?!\(フォーム自動返信\))/, '受付番号 is only the form auto-reply number; the case number is 案件番号'],
  [/(?<!サポート)窓口(?:への|に|へ)(?:登録|取り次|送付|届け)/, 'the desk is サポート窓口'],
  [/支援窓口/, 'the desk is サポート窓口'],
  [/ビデオ通話[((]|オンライン\(ビデオ通話\)/, 'the video method is ビデオ通話'],
];

/** String literals of the core's and the shared tables' source (comments removed), where screen text lives. */
function sourceLiterals(folders: readonly string[]): { file: string; text: string }[] {
  return folders.flatMap((folder) => readdirSync(path.join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((entry) => /\.tsx?$/.test(entry))
    .map((entry) => {
      const source = readFileSync(path.join(root, folder, entry), 'utf8').replace(/^\s*\/\/.*$/gm, '').replace(/\/\*[\s\S]*?\*\//g, '');
      return { file: path.join(folder, entry), text: (source.match(/(['`])(?:\\.|(?!\1).)*\1/g) ?? []).join('\n') };
    }));
}

function violations(texts: readonly { where: string; text: string }[]): string[] {
  return texts.flatMap(({ where, text }) => forbidden.filter(([re]) => re.test(text)).map(([re, why]) => `${where}: ${re.exec(text)?.[0]} (${why})`));
}

describe('one vocabulary', () => {
  it('the Japanese UI table holds no retired variant', () => {
    expect(violations(Object.entries(uiMessages.ja).map(([where, text]) => ({ where, text })))).toEqual([]);
  });

  it('nor do the issue messages, the records, the ledger or the core messages that reach the screen', () => {
    const files = sourceLiterals(['src-shared/messages', 'src-main/core']);
    expect(violations(files.map(({ file, text }) => ({ where: file, text })))).toEqual([]);
  });

  it('the scan finds a variant when one is there (the test can fail)', () => {
    expect(violations([{ where: 'x', text: '公開鍵を書き出す(窓口への登録用)' }, { where: 'y', text: '受付番号 ENG-1' }, { where: 'z', text: 'ビデオ通話(Zoom 等)' }])).toHaveLength(3);
    expect(violations([{ where: 'ok', text: '公開鍵を書き出す(サポート窓口への登録用)・受付番号(フォーム自動返信)・ビデオ通話' }])).toEqual([]);
  });

  it('every not-yet-sent state starts with 未送付 and every done state with 送付済み, in both languages', () => {
    for (const s of ['awaiting-hand-off', 'queued', 'needs-attention'] as const) {
      expect(STATUS_LABELS[s].ja.startsWith(STATE_WORDS.notYetSent.ja)).toBe(true);
      expect(STATUS_LABELS[s].en.startsWith(STATE_WORDS.notYetSent.en)).toBe(true);
    }
    for (const s of ['handed-over', 'delivered'] as const) {
      expect(STATUS_LABELS[s].ja.startsWith(STATE_WORDS.sent.ja)).toBe(true);
      expect(STATUS_LABELS[s].en.startsWith(STATE_WORDS.sent.en)).toBe(true);
    }
    // Header, menu, outbox page and filters use the same two words.
    expect(uiMessages.ja['nav.outbox']).toBe('未送付');
    expect(uiMessages.ja['outbox.title']).toBe('未送付');
    expect(uiMessages.ja['status.outbox']).toContain('未送付');
    expect(uiMessages.ja['cases.filter.outbox']).toBe('未送付');
    expect(uiMessages.ja['cases.filter.delivered']).toBe('送付済み');
    expect(uiMessages.ja['handoff.mark']).toBe('送付済みにする');
    expect(uiMessages.en['nav.outbox']).toBe(uiMessages.en['outbox.title']);
  });

  it('the video method has one name on screen and on the record', async () => {
    expect(uiMessages.ja['method.video']).toBe(METHOD_LABELS.video.ja);
    const { recordText } = await import('../../../src-main/core/records/text');
    expect(recordText('ja').methods.video).toBe(METHOD_LABELS.video.ja);
    expect(recordText('en').methods.video).toBe(METHOD_LABELS.video.en);
  });
});
