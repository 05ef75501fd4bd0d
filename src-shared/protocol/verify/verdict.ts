// The verdict in words a student staff member at the desk can act on, Japanese first: who confirmed
// what, or 「この申請を受け付けないでください」, why, and the next step for every reason. The
// page and the CLI print these; the stable code stays in data-reason and in small print.
import type { Bilingual } from '../../core-api';
import { facultyByCode } from '../../domain/faculties';
import { assertNever } from '../../assert-never';
import type { VerifyFailureCode } from './failure';
import type { PasteResult } from './verify-pasted';

export interface Verdict {
  readonly ok: boolean;
  /** 'verified', or the failure's stable code. */
  readonly reason: 'verified' | VerifyFailureCode;
  readonly headline: Bilingual;
  readonly why: Bilingual;
  readonly next: Bilingual;
}

export const REFUSE: Bilingual = { ja: 'この申請を受け付けないでください', en: 'Do not accept this request' };

const PHONE_COUNTER: Bilingual = {
  ja: '読める部分の内容で手続きを進めないでください。部局窓口に電話して(メールの返信ではなく)、この申請を送ったかどうかと内容を確かめてください。',
  en: 'Do not act on the readable text. Phone the counter (do not reply to the e-mail) and ask whether they sent this request and what it says.',
};

/** What to do next, for every reason a paste does not verify. */
export function nextStep(code: VerifyFailureCode): Bilingual {
  switch (code) {
    case 'bad-signature':
    case 'text-mismatch':
    case 'wrong-alg':
    case 'wrong-typ':
      return PHONE_COUNTER;
    case 'malformed':
      return { ja: 'メールフォームの回答の本文全体(【】の題から検証コードの最後まで)をもう一度貼り付けてください。それでも同じなら、部局窓口に電話して送り直しを依頼してください。',
        en: 'Paste the whole answer of the mail form again (from the 【】 title to the end of the code). If it stays the same, phone the counter and ask them to send it again.' };
    case 'unknown-kid':
      return { ja: 'この部局窓口の公開鍵が登録簿にありません。部局窓口に電話して鍵の指紋を読み上げてもらい、公開鍵を登録してから検証し直してください。それまで手続きを進めないでください。',
        en: 'This counter\'s public key is not in the registry. Phone the counter, have them read out the key fingerprint, register the key, then verify again. Do not proceed until then.' };
    case 'no-registry':
      return { ja: '上の「1. 部局の公開鍵の登録簿」で登録簿ファイルを開いてから、もう一度「検証する」を押してください。',
        en: 'Open the registry file in "1. Registry of department public keys" above, then press Verify again.' };
    case 'registry-invalid':
      return { ja: '登録簿が壊れているか書き換えられています。サポート窓口の責任者に連絡し、保管してある登録簿で検証し直してください。',
        en: 'The registry is damaged or was altered. Tell the person responsible for the desk and verify again with the registry kept on file.' };
    case 'payload-invalid':
      return { ja: '署名は本物ですが、内容が申請の形式に合いません。部局窓口に電話して、アプリから送り直すよう依頼してください。',
        en: 'The signature is genuine but the content does not match the request format. Phone the counter and ask them to send it again from the app.' };
    case 'wrong-department':
      return { ja: '鍵の部局と申請の部局が違います。部局窓口に電話して、アプリの設定の部局を確かめて送り直すよう依頼してください。',
        en: 'The key\'s department and the request\'s department differ. Phone the counter and ask them to check the department in Settings and send it again.' };
    case 'retired-key':
      return { ja: '部局窓口はこの鍵を新しい鍵に替えています。部局窓口に電話して、新しい鍵で送り直すよう依頼してください(新しい鍵が未登録なら、先に登録してください)。',
        en: 'The counter has replaced this key. Phone the counter and ask them to send it again with the new key (register the new key first if it is not yet registered).' };
    case 'revoked-key':
      return { ja: 'この鍵は漏えいなどで失効しています。手続きを進めず、部局窓口に電話で知らせ、サポート窓口の責任者にも報告してください。',
        en: 'This key was revoked (e.g. compromised). Do not proceed; phone the counter and report it to the person responsible for the desk.' };
    default:
      return assertNever(code);
  }
}

const departmentName = (code: string): Bilingual => {
  const f = facultyByCode(code);
  return { ja: f?.ja ?? code, en: f?.en ?? code };
};

export function verdictOf(result: PasteResult): Verdict {
  if (!result.ok) return { ok: false, reason: result.code, headline: REFUSE, why: result.message, next: nextStep(result.code) };
  const dep = departmentName(result.department);
  const view = result.view;
  const compared = result.comparison.compared
    ? { ja: '貼り付けられた読める部分は、署名された内容と一行ずつ一致しました。', en: 'The pasted readable text matches the signed content line by line.' }
    : { ja: '検証コードだけが貼り付けられました。下の「署名された内容」が申請の内容です。', en: 'Only the verification code was pasted; the signed content below is what was requested.' };
  if (result.kind === 'amendment' && view.amendment) {
    const a = view.amendment;
    return {
      ok: true, reason: 'verified',
      headline: { ja: `${dep.ja}の部局窓口が記録した訂正通知です`, en: `A correction notice recorded by the ${dep.en} counter` },
      why: { ja: `署名を確認しました。${compared.ja}`, en: `The signature is verified. ${compared.en}` },
      next: {
        ja: `案件番号 ${view.caseNumber} の申請の「${a.fieldWords.ja}」を ${a.oldValue} から ${a.newValue} に改めてください。`,
        en: `In the request with case number ${view.caseNumber}, change "${a.fieldWords.en}" from ${a.oldValue} to ${a.newValue}.`,
      },
    };
  }
  return {
    ok: true, reason: 'verified',
    headline: { ja: `${dep.ja}の部局窓口が本人確認した申請です`, en: `The ${dep.en} counter checked this applicant's identity` },
    why: { ja: `署名を確認しました。${compared.ja}`, en: `The signature is verified. ${compared.en}` },
    next: { ja: `下の「署名された内容」(案件番号 ${view.caseNumber})に沿って手続きを進めてください。`, en: `Proceed with the signed content below (case number ${view.caseNumber}).` },
  };
}
