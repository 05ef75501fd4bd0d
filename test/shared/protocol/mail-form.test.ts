import { describe, expect, it } from 'vitest';
import { findJws, mailFormText } from '../../../src-shared/protocol';
import { samplePayload } from '../../../tools/fixtures/sample-payload';

const JWS = 'eyJhbGciOiJFZERTQSJ9.RXhhbXBsZSBvZiBFZDI1NTE5IHNpZ25pbmc.hgyY0il_MGCjP0JzlnLWG1PPOt7-09PGcvMg3AIbQR6dWbhijcNR4ki4iylGjg5BhVsPt9g7sVvpAr_MuM0KAg';

describe('mail-form text', () => {
  it('lists the required items with Japanese labels, then 検証コード and the JWS', () => {
    const text = mailFormText(samplePayload(), JWS);
    for (const line of ['UTokyo Account: 1234567890', '学籍番号(離籍直前): 03-123456', '氏名: 東大 花子', '学部・研究科等(離籍直前): 工学部 (engineering)',
      'サービス: ECCSクラウドメール(Google Workspace)', '連絡先メールアドレス: hanako@example.com', '案件番号: ENG-2026-0001']) {
      expect(text).toContain(line);
    }
    expect(text).toMatch(/理由: 在学時の研究データ/);
    expect(text.trimEnd().endsWith(`検証コード:\n${JWS}`)).toBe(true);
  });

  it('finds the JWS in a pasted block, even wrapped and quoted by a mail client', () => {
    expect(findJws(mailFormText(samplePayload(), JWS))).toBe(JWS);
    const wrapped = `> 検証コード:\n> ${JWS.slice(0, 50)}\n> ${JWS.slice(50, 120)}\n> ${JWS.slice(120)}\n>\n> --\n> 窓口`;
    expect(findJws(wrapped)).toBe(JWS);
    expect(findJws(`  ${JWS}\n`)).toBe(JWS);
    expect(findJws('検証コード: (none)')).toBeNull();
  });
});
