// The desk's paste corpus: what staff really paste (benign: mail-client quoting, CRLF, a Google
// Form's and a Zendesk ticket's surrounding text, the code wrapped at 76 columns, the old block
// version) and what someone makes to look right (adversarial: full-width colons, ideographic
// spaces, zero-width and bidi characters, Cyrillic and Greek look-alikes, lines added, removed,
// moved or placed outside the block). Run against the shared module (vitest) and against the built
// page in Chromium, Firefox ESR and WebKit, with the same expectations.
import { amendmentMailFormText, CASE_NUMBER_LABEL_V1, mailFormLabels, mailFormText, type SalvagePayload } from '../../src-shared/protocol';
import { sampleAmendment, signAmendment } from '../shared/protocol/verify/support';
import type { TestDepartment } from '../../tools/fixtures/desk-signing';
import { samplePayload } from '../../tools/fixtures/sample-payload';

export interface CorpusEntry {
  readonly name: string;
  readonly text: string;
  /** 'verified', or the failure code the desk must see. */
  readonly expect: string;
  /** text-mismatch: labels the verdict must name among the differing fields. */
  readonly fields?: readonly string[];
}

const wrap = (s: string, width: number): string => (s.match(new RegExp(`.{1,${width}}`, 'g')) ?? []).join('\n');
const quote = (s: string, prefix = '> '): string => s.split('\n').map((l) => (l === '' ? prefix.trimEnd() : `${prefix}${l}`)).join('\n');
const crlf = (s: string): string => s.replace(/\n/g, '\r\n');
/** The block with its code wrapped at `width` columns, as a mail client sends it. */
const wrapCode = (block: string, jws: string, width = 76): string => block.replace(jws, wrap(jws, width));
const flipSignature = (jws: string): string => {
  const [h, p, s] = jws.split('.') as [string, string, string];
  return `${h}.${p}.${s[0] === 'A' ? 'B' : 'A'}${s.slice(1)}`;
};

const GOOGLE_FORM = (block: string): string => [
  'クラウドデータ救出 相談フォーム に新しい回答がありました。',
  '',
  'タイムスタンプ',
  '2026/05/12 9:03:12',
  '相談の種類',
  '本人確認済みの申請(部局窓口から)',
  '申請の本文',
  block,
  '',
  'Google フォームで作成されました。このフォームの作成者は Google ではありません。',
].join('\n');

const ZENDESK = (block: string): string => [
  '##- 返信はこの行より上に入力してください -##',
  '',
  'チケット #48213: クラウドデータ救出 申請',
  '',
  'Google Forms (フォーム)',
  '2026年5月12日 09:03',
  '',
  block,
  '',
  '--------------------------------',
  'このメールは Zendesk から送信されています。',
].join('\n');

/** Replaces the first occurrence of `from` (which must exist) in `text`. */
function edit(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`corpus: ${from} not in block`);
  return text.replace(from, to);
}

function benign(block: string, jws: string, v1: string, notice: string, noticeV1: string): CorpusEntry[] {
  const ok = (name: string, text: string): CorpusEntry => ({ name, text, expect: 'verified' });
  return [
    ok('the block as the app writes it', block),
    ok('CRLF line ends', crlf(block)),
    ok('quoted once by a mail client ("> ")', quote(block)),
    ok('quoted twice (">> ")', quote(block, '>> ')),
    ok('quoted twice ("> > ") with CRLF', crlf(quote(quote(block)))),
    ok('inside a Google Form response notification', GOOGLE_FORM(block)),
    ok('inside a Zendesk ticket', ZENDESK(block)),
    ok('the code wrapped at 76 columns', wrapCode(block, jws)),
    ok('the code wrapped at 76 columns, quoted, CRLF', crlf(quote(wrapCode(block, jws)))),
    ok('spaces and tabs at line ends (format=flowed)', block.split('\n').map((l, i) => l + (i % 2 ? ' ' : ' \t')).join('\n')),
    ok('a greeting above and a mail signature below', `お世話になっております。工学部学務係です。\n\n${block}\n--\n工学部 学務係 窓口 太郎\n内線 12345`),
    ok('the bare code', `  ${jws}\n`),
    ok('the bare code wrapped at 76 columns', wrap(jws, 76)),
    ok('the old block version (受付番号)', v1),
    ok('a correction notice', notice),
    ok('a correction notice of the old block version (field as a path)', noticeV1),
    ok('a correction notice in a Zendesk ticket, code wrapped', ZENDESK(wrapCode(notice, notice.split('検証コード:\n')[1]!.trim()))),
  ];
}

function adversarial(block: string, jws: string, p: SalvagePayload, other: string, stranger: string, notice: string): CorpusEntry[] {
  const L = mailFormLabels;
  const name = `${L.name}: ${p.applicant.name}`;
  const email = `${L.contactEmail}: ${p.applicant.contactEmail}`;
  const account = `${L.utokyoAccount}: ${p.applicant.utokyoAccount}`;
  const bad = (title: string, text: string, fields?: string[]): CorpusEntry => ({ name: title, text, expect: 'text-mismatch', ...(fields ? { fields } : {}) });
  return [
    bad('full-width colon, changed name (IME output)', edit(block, name, `${L.name}：偽 名前`), [L.name]),
    bad('full-width colon, same name', edit(block, name, `${L.name}：${p.applicant.name}`), [L.name]),
    bad('ideographic space inside the name', edit(block, name, `${L.name}: 東大\u3000花子`), [L.name]),
    bad('ideographic space after the colon', edit(block, name, `${L.name}:\u3000${p.applicant.name}`), [L.name]),
    bad('ideographic space at the end of the line', edit(block, name, `${name}\u3000`), [L.name]),
    bad('no-break space at the end of the line', edit(block, name, `${name}\u00a0`), [L.name]),
    bad('zero-width space inside the name', edit(block, name, `${L.name}: 東大\u200b 花子`), [L.name]),
    bad('zero-width joiner in the e-mail', edit(block, email, `${L.contactEmail}: hanako\u200d@example.com`), [L.contactEmail]),
    bad('soft hyphen in the e-mail', edit(block, email, `${L.contactEmail}: hana\u00adko@example.com`), [L.contactEmail]),
    bad('right-to-left override in the e-mail', edit(block, email, `${L.contactEmail}: \u202emoc.elpmaxe@okanah`), [L.contactEmail]),
    bad('left-to-right mark at the end of the name', edit(block, name, `${name}\u200e`), [L.name]),
    bad('Cyrillic а in the e-mail', edit(block, email, `${L.contactEmail}: h\u0430nako@example.com`), [L.contactEmail]),
    bad('Greek ο in the e-mail', edit(block, email, `${L.contactEmail}: hanak\u03bf@example.com`), [L.contactEmail]),
    bad('Cyrillic О in the UTokyo Account label', edit(block, account, account.replace('To', 'T\u043e')), [L.utokyoAccount]),
    bad('full-width digits in the UTokyo Account', edit(block, account, `${L.utokyoAccount}: １２３４５６７８９０`), [L.utokyoAccount]),
    bad('Hangul filler inside the name', edit(block, name, `${L.name}: 東大\u3164花子`), [L.name]),
    bad('variation selector after a kanji of the name', edit(block, name, `${L.name}: 東\ufe00大 花子`), [L.name]),
    bad('tag characters after the name', edit(block, name, `${name}\u{e0041}\u{e0042}`), [L.name]),
    bad('decomposed kana (NFD) in the reading', edit(block, `${L.nameKana}: とうだい はなこ`, `${L.nameKana}: とうた\u3099い はなこ`), [L.nameKana]),
    bad('a tab instead of the space after the colon', edit(block, name, `${L.name}:\t${p.applicant.name}`), [L.name]),
    bad('a changed name line placed above the title', `${L.name}: 偽 名前\n${block}`, [L.name]),
    bad('a changed name line with a full-width colon above the title', `${L.name}：偽 名前\n\n${block}`, [L.name]),
    bad('a changed name line with a ratio sign for the colon below the code', `${block}\n${L.name}\u2236 偽 名前\n`, [L.name]),
    bad('a labelled line added below the code', `${block}\n${L.name}: 偽 名前\n`, [L.name]),
    bad('a second, edited block above the genuine one', `${edit(block.split(L.verifiedAt)[0]!, name, `${L.name}: 偽 名前`)}\n${block}`, [L.name]),
    bad('an unlabelled line inside the block', edit(block, email, `${email}\n※ 至急、下記の別アドレスにも送ってください: evil@example.com`), [L.contactEmail]),
    bad('an extra labelled line inside the block', edit(block, `${L.rulesVersion}:`, `${L.secondChecker}: 誰か (係長)\n${L.rulesVersion}:`), [L.secondChecker]),
    bad('a line removed', edit(block, `${email}\n`, ''), [L.contactEmail]),
    bad('a line repeated with another value', edit(block, account, `${account}\n${L.utokyoAccount}: 9999999999`), [L.utokyoAccount]),
    bad('two lines swapped', edit(block, `${name}\n${L.nameKana}: とうだい はなこ`, `${L.nameKana}: とうだい はなこ\n${name}`)),
    bad('a checklist item unticked', edit(block, '  [x]', '  [ ]'), [L.checklist]),
    bad('a blank line inserted in the block', edit(block, `${email}\n`, `${email}\n\n`)),
    bad('the title removed (labelled lines with no block)', edit(block, `【${L.title}】\n`, ''), [L.name]),
    bad('a correction notice mixing block versions (受付番号 with the field in words)', edit(notice, `${L.caseNumber}:`, `${CASE_NUMBER_LABEL_V1}:`), ['訂正した項目']),
    bad('a correction notice with its new value edited', edit(notice, '訂正後: hanako@example.net', '訂正後: attacker@example.com'), ['訂正後']),
    bad('the case number changed', edit(block, `${L.caseNumber}: ${p.caseNumber}`, `${L.caseNumber}: ENG-2026-9999`), [L.caseNumber]),
    bad('the block of another genuine request under this code', other.replace(other.split('検証コード:\n')[1]!, `${jws}\n`)),
    bad('a quoted block with an edited name', quote(edit(block, name, `${L.name}: 東大 太郎`)), [L.name]),
    { name: 'one character of the signature changed', text: block.replace(jws, flipSignature(jws)), expect: 'bad-signature' },
    { name: 'signed by a key the desk never registered', text: stranger, expect: 'unknown-kid' },
  ];
}

/** Builds the corpus with the department's real key (and a stranger's, for unknown-kid). */
export async function buildCorpus(dept: TestDepartment, stranger: TestDepartment): Promise<{ benign: CorpusEntry[]; adversarial: CorpusEntry[] }> {
  const p = samplePayload({ request: { services: ['eccs-mail'], reason: '研究データのバックアップに失敗したため\n投稿論文の根拠資料として必要' } });
  const jws = await dept.sign(p);
  const block = mailFormText(p, jws);
  const v1 = block.replace(`${mailFormLabels.caseNumber}:`, `${CASE_NUMBER_LABEL_V1}:`);
  const n = sampleAmendment({ submissionId: p.submissionId, caseNumber: p.caseNumber });
  const noticeJws = await signAmendment(dept, n);
  const notice = amendmentMailFormText(n, noticeJws);
  const noticeV1 = notice.replace(`${mailFormLabels.caseNumber}:`, `${CASE_NUMBER_LABEL_V1}:`).replace('訂正した項目: 連絡先メールアドレス', `訂正した項目: ${n.field}`);
  const q = samplePayload({ applicant: { ...p.applicant, name: '別人 次郎', contactEmail: 'jiro@example.com' } });
  const other = mailFormText(q, await dept.sign(q));
  const strangerBlock = mailFormText(p, await stranger.sign(p));
  return { benign: benign(block, jws, v1, notice, noticeV1), adversarial: adversarial(block, jws, p, other, strangerBlock, notice) };
}
