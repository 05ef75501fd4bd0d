// A pasted mail-form block: the readable lines travel unsigned through the form, so the block is
// compared as a whole with the block rendered from the signed payload; an edit, an added line, a
// repeated or a removed line fails as text-mismatch naming the field. Quoting, CRLF and a bare
// JWS still verify (the wider corpus is paste-corpus.test.ts). Signed text is shown escaped.
import { describe, expect, it } from 'vitest';
import { amendmentMailFormText, mailFormLabels, mailFormText } from '../../../../src-shared/protocol';
import { verifyPasted } from '../../../../src-shared/protocol/verify';
import { samplePayload } from '../../../../tools/fixtures/sample-payload';
import { testDepartment } from '../../../../tools/fixtures/desk-signing';
import { sampleAmendment, signAmendment } from './support';

async function block(overrides = {}) {
  const dept = await testDepartment();
  const p = samplePayload(overrides);
  const jws = await dept.sign(p);
  return { dept, p, jws, text: mailFormText(p, jws) };
}

describe('pasted block against the signed payload', () => {
  it('verifies the block as the app writes it, quoted by a mail client, with CRLF, or inside an e-mail; a re-indented or re-spaced block does not', async () => {
    const { dept, text } = await block();
    for (const pasted of [text, text.replace(/\n/g, '\r\n'), text.split('\n').map((l) => `> ${l}`).join('\n'), `お世話になります。\n\n${text}\n--\n工学部`]) {
      const r = await verifyPasted(pasted, dept.registry);
      expect(r.ok ? r.comparison : r.code).toMatchObject({ compared: true, matches: true, version: 2, lines: expect.any(Number) });
    }
    for (const pasted of [text.replace(/\n {2}/g, '\n'), text.replace(/: /g, ':  ')]) {
      const r = await verifyPasted(pasted, dept.registry);
      expect(r.ok ? 'ok' : r.code).toBe('text-mismatch');
    }
  });

  it('an edited name line fails as text-mismatch naming 氏名, and the signed name is what is shown', async () => {
    const { dept, text } = await block();
    const r = await verifyPasted(text.replace('氏名: 東大 花子', '氏名: 東大 太郎'), dept.registry);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.code).toBe('text-mismatch');
    expect(r.details).toEqual(['氏名']);
    expect(r.message.ja).toContain('氏名');
    expect(r.view?.lines).toContain('氏名: 東大 花子');
  });

  it('names every field whose lines differ: an edited reason continuation, an added line, a removed line, a repeated line', async () => {
    const { dept, text } = await block({ request: { services: ['eccs-mail'], reason: '一行目\n二行目' } });
    expect(text).toContain('理由: 一行目\n  二行目');
    const cases: [string, string[]][] = [
      [text.replace('  二行目', '  三行目'), ['理由']],
      [text.replace('ルール版:', `${mailFormLabels.secondChecker}: 誰か (係長)\nルール版:`), ['第二確認者']],
      [text.replace(/連絡先メールアドレス: .*\n/, ''), ['連絡先メールアドレス']],
      [text.replace(/(UTokyo Account: .*\n)/, '$1UTokyo Account: 9999999999\n'), ['UTokyo Account']],
      [text.replace('  [x]', '  [ ]'), ['確認項目']],
    ];
    for (const [pasted, fields] of cases) {
      const r = await verifyPasted(pasted, dept.registry);
      expect(r.ok ? 'ok' : [r.code, r.details]).toEqual(['text-mismatch', fields]);
    }
  });

  it('every line the writer produces is compared: changing any one labelled value names exactly that field', async () => {
    const { dept, p } = await block();
    const full = samplePayload({ ...p, verification: { ...p.verification, method: 'video', videoReason: '遠方のため', secondChecker: { name: '確認 次郎', role: '係長' } } });
    const jws = await dept.sign(full);
    const fullText = mailFormText(full, jws);
    const lines = fullText.split('\n');
    const labelled = lines.map((l, i) => [l, i] as const).filter(([l]) => /^[^ 【].*?: ./.test(l));
    expect(labelled.length).toBeGreaterThanOrEqual(20);
    for (const [line, i] of labelled) {
      const edited = [...lines];
      edited[i] = `${line}X`;
      const r = await verifyPasted(edited.join('\n'), dept.registry);
      expect(r.ok ? 'ok' : [r.code, r.details]).toEqual(['text-mismatch', [line.slice(0, line.indexOf(':'))]]);
    }
  });

  it('a second, edited block above the genuine one, or a labelled line added below the code, does not pass', async () => {
    const { dept, text } = await block();
    const above = await verifyPasted(`${text.replace('氏名: 東大 花子', '氏名: 偽 名前').split('検証コード:')[0]}\n${text}`, dept.registry);
    expect(above.ok ? 'ok' : above.code).toBe('text-mismatch');
    const below = await verifyPasted(`${text}\n氏名: 偽 名前\n`, dept.registry);
    expect(below.ok ? 'ok' : [below.code, below.details]).toEqual(['text-mismatch', ['氏名']]);
  });

  it('a bare JWS has no readable lines to compare and verifies', async () => {
    const { dept, jws } = await block();
    const r = await verifyPasted(`  ${jws}\n`, dept.registry);
    expect(r.ok && r.comparison).toEqual({ compared: false, outside: [] });
  });

  it('shows control characters in signed text escaped, never raw', async () => {
    const { dept, text } = await block({ request: { services: ['eccs-mail'], reason: 'beep\u0007 \u001b[2J clear \u202eevil\r hidden' } });
    const r = await verifyPasted(text, dept.registry);
    expect(r.ok).toBe(true);
    const shown = r.ok ? r.view.lines.join('\n') : '';
    expect(shown).toContain('beep\\u0007 \\u001b[2J clear \\u202eevil\\u000d hidden');
    expect([...shown].filter((c) => c !== '\n' && (c < ' ' || (c >= '\u007f' && c <= '\u009f') || c === '\u202e'))).toEqual([]);
  });

  it('a correction notice block verifies and shows field, old → new and reason; an edited new value fails', async () => {
    const dept = await testDepartment();
    const notice = sampleAmendment();
    const text = amendmentMailFormText(notice, await signAmendment(dept, notice));
    const r = await verifyPasted(text, dept.registry);
    expect(r.ok && r.view.amendment).toEqual({ field: 'applicant.contactEmail', fieldWords: { ja: '連絡先メールアドレス', en: 'Contact e-mail address' }, oldValue: 'hanako@example.com', newValue: 'hanako@example.net', reason: notice.reason });
    const edited = await verifyPasted(text.replace('訂正後: hanako@example.net', '訂正後: attacker@example.com'), dept.registry);
    expect(edited.ok ? 'ok' : [edited.code, edited.details]).toEqual(['text-mismatch', ['訂正後']]);
  });

  it('finds no JWS in plain text → malformed', async () => {
    const { dept } = await block();
    const r = await verifyPasted('こんにちは', dept.registry);
    expect(r.ok ? 'ok' : r.code).toBe('malformed');
  });
});
