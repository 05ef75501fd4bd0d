// Every rule finding, in both languages. Each message says which field, what is wrong and how to
// fix it. Codes are stable: tests, the UI and the desk rely on them.

export type IssueParams = Readonly<Record<string, string | number>>;
type Render = (p: IssueParams) => string;
interface Entry {
  readonly severity: 'error' | 'warning';
  readonly ja: Render;
  readonly en: Render;
}

const e = (ja: Render, en: Render): Entry => ({ severity: 'error', ja, en });
const w = (ja: Render, en: Render): Entry => ({ severity: 'warning', ja, en });

const table = {
  // Operators are staff
  'operator.not-staff': e(
    (p) => `「${p.name ?? ''}」は設定に登録された担当者ではありません。設定の「担当者」に登録された名前を選ぶか、先に担当者として登録してください。`,
    (p) => `"${p.name ?? ''}" is not a staff member configured in Settings. Choose a name from the staff list in Settings, or add them there first.`,
  ),
  // The audit banner
  'audit.newer-break': e(
    () => 'この表示の後に、監査記録の新しい断絶が記録されました。表示し直した内容を読んでから、もう一度「確認しました」を押してください。',
    () => 'A new break in the audit trail was recorded after this notice was shown. Read the notice as it is now, then press Acknowledge again.',
  ),
  'input.invalid': e(
    () => 'この項目の値の形式が正しくありません。選択肢から選ぶか、入力し直してください。',
    () => 'This value has the wrong form. Choose from the list or type it again.',
  ),
  'amend.unchanged': e(
    () => '訂正後の値が現在の値と同じです(全角・半角や空白の違いは同じとみなします)。訂正する値を入力してください。',
    () => 'The corrected value is the same as the current one (full-width/half-width and spaces count as the same). Enter the value that corrects it.',
  ),
  'text.too-long': e(
    (p) => `文字数が多すぎます(上限 ${p.max ?? ''} 文字)。要点を短くまとめてください。`,
    (p) => `Too long (at most ${p.max ?? ''} characters). Please shorten it.`,
  ),
  'account.format': e(
    (p) => `UTokyo Account は10桁の数字です(入力: ${p.length ?? 0}文字${p.nonDigit ? '、数字以外を含む' : ''})。在籍時の10桁の番号を確認して入力し直してください。`,
    (p) => `The UTokyo Account is exactly 10 digits (you typed ${p.length ?? 0} characters${p.nonDigit ? ', including non-digits' : ''}). Check the 10-digit number and type it again.`,
  ),
  'student-number.format': e(
    () => '学籍番号は英大文字・数字・ハイフンの1〜16文字です。学籍記録の番号を確認して入力し直してください。',
    () => 'The student number is 1 to 16 characters of A–Z, 0–9 and "-". Check the academic record and type it again.',
  ),
  'student-number.pattern': e(
    (p) => `学籍番号がこの部局の形式(${p.pattern ?? ''})に合いません。学籍記録の番号を確認してください。`,
    (p) => `The student number does not match this department's format (${p.pattern ?? ''}). Check the academic record.`,
  ),
  'name.required': e(
    () => '氏名を入力してください(学籍記録と同じ表記)。',
    () => 'Enter the name as it appears in the academic record.',
  ),
  'faculty.unknown': e(
    () => '離籍直前の学部・研究科等を一覧から選んでください。',
    () => 'Choose the faculty or graduate school the applicant belonged to immediately before leaving.',
  ),
  // Seed: the check is done by the counter of the faculty the applicant belonged to just before
  // leaving. Another counter cannot take it on, so this stops the case (there is no way round).
  'faculty.not-this-department': e(
    (p) => `申請者の離籍直前の所属は ${p.faculty ?? ''} で、この部局(${p.department ?? ''})ではありません。本人確認は、離籍直前まで所属していた学部・研究科等の学務・教務担当窓口が行うため、ここでは受け付けられません。`,
    (p) => `The applicant last belonged to ${p.facultyEn ?? p.faculty ?? ''}, not this department (${p.departmentEn ?? p.department ?? ''}). The identity check is done by the counter of the faculty or graduate school they belonged to immediately before leaving, so it cannot be taken here.`,
  ),
  'email.format': e(
    () => 'メールアドレスの形式が正しくありません(例: name@example.com)。申請者に確認して入力し直してください。',
    () => 'This is not a valid e-mail address (e.g. name@example.com). Ask the applicant and type it again.',
  ),
  'email.mismatch': e(
    () => '確認用のメールアドレスが一致しません。誤りがあると返信が届かないため、両方とも申請者に読み上げてもらいながら入力し直してください。',
    () => 'The two e-mail addresses differ. A typo means no reply ever reaches the applicant: type both again while the applicant reads it out.',
  ),
  'email.unreachable': e(
    (p) => `${p.domain ?? ''} のアドレスはアカウント失効により読めません。申請者が今使っている別のメールアドレスを入力してください。`,
    (p) => `Addresses at ${p.domain ?? ''} expired with the account and cannot be read. Enter another address the applicant uses now.`,
  ),
  'email.university': w(
    (p) => `${p.domain ?? ''} は学内のアドレスです。離籍後も読めるか申請者に確認してください。`,
    (p) => `${p.domain ?? ''} is a university address. Check that the applicant can still read it after leaving.`,
  ),
  'reason.too-short': e(
    (p) => `理由が短すぎます(${p.length ?? 0}文字、${p.min ?? 20}文字以上)。なぜ今データが必要なのかを具体的に書いてください。`,
    (p) => `The reason is too short (${p.length ?? 0} characters, at least ${p.min ?? 20}). Say concretely why the data is needed now.`,
  ),
  'reason.only-forgot': w(
    () => '理由がバックアップできなかった事情だけになっています。「バックアップを忘れた」だけでは許可されないことがあります。そのデータが今なぜ必要なのか(例: 投稿論文の根拠資料)を加えてください。',
    () => 'The reason only says why the backup was not made. "I forgot" alone may be refused: add why the data is needed now (e.g. evidence for a paper being submitted).',
  ),
  'services.empty': e(
    () => '救出するサービスを1つ以上選んでください(ECCSクラウドメール、OneDrive)。',
    () => 'Choose at least one service to salvage (ECCS Cloud Mail, OneDrive).',
  ),
  'services.used-before': e(
    (p) => `${p.service ?? ''} はすでに救出を利用済みです${p.source === 'history' ? '(この端末の送付済み記録)' : '(申請者の申告)'}。各サービス1回限りのため、申請できません。`,
    (p) => `${p.serviceEn ?? ''} has already been salvaged${p.source === 'history' ? ' (a delivered case on this PC)' : ' (declared by the applicant)'}. Each service can be salvaged only once, so it cannot be requested.`,
  ),
  'services.pending': e(
    (p) => `${p.service ?? ''} は同じ UTokyo Account の別の案件(${p.caseNumber ?? ''})で処理中です。二重申請になるため、その案件を確認してください。`,
    (p) => `${p.serviceEn ?? ''} is already being requested for the same UTokyo Account in case ${p.caseNumber ?? ''}. Check that case instead of filing a duplicate.`,
  ),
  'eligibility.student-required': e(
    () => '離籍直前に学生として在籍していたかを選んでください。',
    () => 'Answer whether the applicant was enrolled as a student immediately before leaving.',
  ),
  'eligibility.not-student': e(
    () => '離籍直前に学生でなかった方は、窓口での本人確認による申請の対象外です。',
    () => 'Only people enrolled as students immediately before leaving can use the counter route.',
  ),
  'eligibility.before-program': e(
    (p) => `クラウドデータ救出の申請は ${p.start ?? '2025-10-01'} から受け付けています。それより前の日付では申請できません。`,
    (p) => `Cloud data salvage applications are accepted from ${p.start ?? '2025-10-01'}. No case can be made before that date.`,
  ),
  'eligibility.account-active': e(
    (p) => `UTokyo Account はまだ有効です(失効日 ${p.expiry ?? ''})。失効前であれば、申請者自身でバックアップを取るよう案内してください。`,
    (p) => `The UTokyo Account is still valid (it expires on ${p.expiry ?? ''}). Until then the applicant can back up the data themselves.`,
  ),
  'prior-use.required': e(
    () => 'ECCSクラウドメールとOneDriveそれぞれについて、以前にクラウドデータ救出を利用したかを申請者に確認して選んでください。',
    () => 'Ask the applicant whether cloud data salvage was used before, for ECCS Cloud Mail and for OneDrive, and answer both.',
  ),
  'online.reason-required': e(
    () => 'UTokyo Account本人確認サービスを利用できない理由を選んでください。',
    () => 'Choose why the online UTokyo Account identity service cannot be used.',
  ),
  'online.note-required': e(
    () => '「その他」の場合は、本人確認サービスを利用できない理由を記入してください。',
    () => 'For "Other", describe why the online identity service cannot be used.',
  ),
  'departure.format': e(
    () => '離籍日を日付として読めません。2026-03-31、2026/3/31、20260331、令和8年3月31日、R8.3.31 のように入力してください。',
    () => 'The departure date cannot be read as a date. Type it as 2026-03-31, 2026/3/31, 20260331, or in the Japanese era calendar as R8.3.31 (Reiwa 8).',
  ),
  'expiry.format': e(
    () => '失効日を日付として読めません。2026-04-01、令和8年4月1日、R8.4.1 のように入力するか、空欄にして自動計算を使ってください。',
    () => 'The expiry date cannot be read as a date. Type it as 2026-04-01 or R8.4.1 (Reiwa 8), or leave it empty to use the computed date.',
  ),
  // The form is a date's, but the calendar has no such day: say which part is impossible.
  'date.impossible': e(
    (p) => Number(p.month) < 1 || Number(p.month) > 12
      ? `${p.field ?? ''}の「${p.month ?? ''}月」という月はありません(1〜12月)。学籍記録を確認して入力し直してください。`
      : `${p.field ?? ''}の ${p.year ?? ''}年${p.month ?? ''}月${p.day ?? ''}日 という日はありません(${p.year ?? ''}年${p.month ?? ''}月は${p.days ?? ''}日まで)。学籍記録を確認して入力し直してください。`,
    (p) => Number(p.month) < 1 || Number(p.month) > 12
      ? `The ${p.fieldEn ?? ''} has month ${p.month ?? ''}, which does not exist (1 to 12). Check the academic record and type it again.`
      : `The ${p.fieldEn ?? ''} ${p.year ?? ''}-${p.month ?? ''}-${p.day ?? ''} does not exist (month ${p.month ?? ''} of ${p.year ?? ''} has ${p.days ?? ''} days). Check the academic record and type it again.`,
  ),
  'date.outside-era': e(
    (p) => `${p.field ?? ''}の「${p.era ?? ''}${p.eraYear ?? ''}年」は${p.era ?? ''}の期間外です(西暦 ${p.iso ?? ''}、${p.era ?? ''}は ${p.start ?? ''} から${p.end ? `${p.end} まで` : ''})。元号を確認して入力し直してください。`,
    (p) => `The ${p.fieldEn ?? ''} "${p.eraEn ?? ''} ${p.eraYear === '元' ? 1 : (p.eraYear ?? '')}" is outside that era (${p.iso ?? ''}; ${p.eraEn ?? ''} runs from ${p.start ?? ''}${p.end ? ` to ${p.end}` : ''}). Check the era and type it again.`,
  ),
  // A leaving date after today is usually a typo; staff confirm it before the case says the account is still valid.
  'departure.future': e(
    (p) => `離籍日(${p.date ?? ''})が今日(${p.today ?? ''})より後の日付です。入力に誤りがないか学籍記録で確認し、正しければ「この離籍日で正しい」にチェックしてください。`,
    (p) => `The departure date (${p.date ?? ''}) is after today (${p.today ?? ''}). Check it against the academic record; if it is right, tick "This departure date is right".`,
  ),
  'expiry.before-departure': e(
    (p) => `失効日(${p.expiry ?? ''})が離籍日(${p.departure ?? ''})より前になっています。失効日は離籍日以降の日付です。確認して入力し直してください。`,
    (p) => `The expiry date (${p.expiry ?? ''}) is before the departure date (${p.departure ?? ''}). The account cannot expire before departure: check and correct it.`,
  ),
  'window.expired': e(
    (p) => `申請期限(${p.deadline ?? ''}、失効後180日)を${p.days ?? ''}日過ぎています。期限後は申請できません。`,
    (p) => `The deadline (${p.deadline ?? ''}, 180 days after expiry) passed ${p.days ?? ''} day(s) ago. The request can no longer be made.`,
  ),
  'window.urgent': w(
    (p) => `申請期限(${p.deadline ?? ''})まで残り${p.days ?? ''}日です。至急送付してください。`,
    (p) => `Only ${p.days ?? ''} day(s) left until the deadline (${p.deadline ?? ''}). Send it promptly.`,
  ),
  'method.required': e(
    () => '本人確認の方法(対面・ビデオ通話)を選んでください。',
    () => 'Choose how the identity was checked (in person or video call).',
  ),
  'video.reason-required': e(
    () => 'ビデオ通話で確認する場合は、対面で確認できなかった理由を記入してください。',
    () => 'For a video check, record why an in-person check was impossible.',
  ),
  'document.required': e(
    () => '確認した本人確認書類の種類を選んでください(番号は記録しません)。',
    () => 'Choose the type of ID that was checked (its number is never recorded).',
  ),
  'document.other-required': e(
    () => '「その他」の場合は、公的な写真付き本人確認書類の名称を記入してください(番号は書かないでください)。',
    () => 'For "Other", write the name of the official photo ID (not its number).',
  ),
  'verifier.required': e(
    () => '確認者の氏名と役職を入力してください。',
    () => "Enter the verifier's name and role.",
  ),
  'second-checker.incomplete': e(
    () => '二人目の確認者を記録する場合は、氏名と役職の両方を入力してください(不要なら両方とも空欄にしてください)。',
    () => 'To record a second checker, enter both their name and role (leave both empty if there is none).',
  ),
  'checklist.incomplete': e(
    (p) => `確認項目「${p.item ?? ''}」が未確認です。確認してからチェックしてください。`,
    (p) => `Checklist item "${p.itemEn ?? ''}" is not confirmed. Check it, then tick it.`,
  ),
  'mynumber.detected': e(
    () => 'マイナンバー(個人番号)と思われる数字(12桁、または4桁×3組)が含まれています。個人番号は法律上、記録・複写・撮影できません。その数字を削除してください。',
    () => 'This looks like a My Number (12 digits, or three groups of 4). By law the individual number must never be recorded, copied or photographed. Remove those digits.',
  ),
  // The counter flow: the expiry override, acknowledged warnings, identity cross-checks, amendments.
  'expiry.override-source-required': e(
    () => '失効日を上書きする場合は、その日付の根拠(学務システム・情報基盤センターの通知・その他)を選んでください。上書きしないなら上書き欄を空にしてください。',
    () => 'To override the expiry date, choose where the date comes from (academic affairs system, ITC notice, other). Otherwise empty the override field.',
  ),
  'expiry.override-reason-required': e(
    () => '失効日を上書きする理由(例: 学務システムで在籍延長を確認)を記入してください。上書きしないなら上書き欄を空にしてください。',
    () => 'Write why the expiry date is overridden (e.g. an extension seen in the academic affairs system). Otherwise empty the override field.',
  ),
  'expiry.override-revives': w(
    (p) => `失効日の上書きにより、自動計算では期限切れ(申請期限 ${p.computedDeadline ?? ''})の案件が申請可能(申請期限 ${p.deadline ?? ''})になっています。上書きの根拠が確かなことを確認してください。上書きはサポート窓口に送られます。`,
    (p) => `The expiry override turns a case that is expired by the computed date (deadline ${p.computedDeadline ?? ''}) into an eligible one (deadline ${p.deadline ?? ''}). Make sure the source of the date is reliable; the override is sent to the support desk.`,
  ),
  'identity.no-card-but-card': w(
    () => '「マイナンバーカードを保有していない」と回答していますが、確認した本人確認書類はマイナンバーカードです。どちらかが誤っていないか申請者に確認してください。',
    () => 'The answer says the applicant has no My Number card, yet the ID checked is a My Number card. Ask the applicant which one is wrong.',
  ),
  'closure.reason-required': e(
    () => '本人確認できなかった理由を記入してください(例: 本人確認書類の写真と申請者が一致しない)。記録に印刷され、事務の控えになります。',
    () => 'Write why the identity could not be verified (e.g. the photo on the ID does not match the applicant). It is printed on the record for the office file.',
  ),
  'acknowledge.required': e(
    (p) => `次の警告を確認済みとしてチェックしてから確定してください: ${p.warning ?? ''}`,
    (p) => `Tick this warning as acknowledged before finalizing: ${p.warningEn ?? ''}`,
  ),
  'amend.not-amendable': e(
    (p) => `「${p.field ?? ''}」は確定後に訂正できる項目ではありません。訂正できるのは氏名・連絡先などの一覧の項目だけです。内容が根本的に違う場合は、新しい案件として確認し直してください。`,
    (p) => `"${p.field ?? ''}" cannot be amended after finalizing. Only the listed fields (name, contact e-mail, …) can be corrected; if the case is fundamentally wrong, check the applicant again as a new case.`,
  ),
  'amend.confirm-mismatch': e(
    () => '確認用に入力した値が訂正後の値と一致しません。申請者に読み上げてもらいながら、両方とも入力し直してください。',
    () => 'The confirmation does not match the corrected value. Type both again while the applicant reads it out.',
  ),
  'settings.department-unconfigured': e(
    () => 'この端末の部局(学部・研究科等)が設定されていません。設定画面で部局を選んでから確定してください(案件番号に使います)。',
    () => 'This PC\'s department (faculty or graduate school) is not configured. Choose it in Settings before finalizing (it is part of the case number).',
  ),
  'settings.department-unknown': e(
    () => '部局は大学の一覧(学部・研究科等)から選んでください。',
    () => 'Choose the department from the university\'s list of faculties and graduate schools.',
  ),
  'settings.counter-phone-invalid': e(
    () => '窓口の電話番号は数字とハイフン・かっこで入力してください(例: 03-5841-0000、内線は「内線 1234」)。申請者控えに印刷されます。',
    () => 'Type the counter phone number with digits, hyphens and brackets (e.g. 03-5841-0000; an extension as "ext. 1234"). It is printed on the applicant\'s copy.',
  ),
  'settings.counter-email-invalid': e(
    () => '窓口のメールアドレスの形式が正しくありません(例: gakumu@example.u-tokyo.ac.jp)。申請者控えに印刷されます。',
    () => 'The counter e-mail address is not valid (e.g. gakumu@example.u-tokyo.ac.jp). It is printed on the applicant\'s copy.',
  ),
  'settings.desk-link-invalid': e(
    () => 'サポート窓口のページは https:// で始まるURLを入力してください(空欄にはできません。既定のページに戻すには既定値を入力してください)。',
    () => 'A support desk page must be a URL starting with https:// (it cannot be empty; type the default page to restore it).',
  ),
  'settings.desk-link-off-site': e(
    (p) => `サポート窓口のページは、サポート窓口のサイト(https://${p.host ?? ''}/)のページだけを指定できます。申請者が以後のやり取りに使うページなので、ほかのサイトは指定できません。既定のページに戻すには既定値を入力してください。`,
    (p) => `A support desk page must be a page on the desk's own site (https://${p.host ?? ''}/). The applicant uses it for all later contact, so no other site can be set. Type the default page to restore it.`,
  ),
  'settings.desk-link-not-a-page': e(
    (p) => `サポート窓口のページには、ページのURLだけを入力してください。「?」や「#」から後ろの部分は付けられず、パスを「//」で始めることもできません(例: https://${p.host ?? ''}/support/email-form/)。既定のページに戻すには既定値を入力してください。`,
    (p) => `A support desk page must be the page's URL only: nothing from "?" or "#" on, and no path starting with "//" (e.g. https://${p.host ?? ''}/support/email-form/). Type the default page to restore it.`,
  ),
  'settings.station-code-invalid': e(
    (p) => `端末コードは英大文字と数字の2〜4文字で、次の文字だけを使えます: ${p.alphabet ?? ''}(0/O、1/I/L など読み違えやすい文字は使えません)。`,
    (p) => `The station code is 2 to 4 capital letters or digits from: ${p.alphabet ?? ''} (no look-alikes such as 0/O or 1/I/L).`,
  ),
  'settings.pattern-invalid': e(
    () => '学籍番号の形式(正規表現)が正しくありません。書き直すか、空欄にして標準の形式を使ってください。',
    () => 'The student-number pattern is not a valid regular expression. Correct it, or leave it empty to use the standard format.',
  ),
  'endpoint.invalid': e(
    () => '送付先URLは https:// で始まる必要があります(http:// はこの端末内 127.0.0.1 / localhost の試験用受付のみ)。サポート窓口から案内されたURLを入力してください。',
    () => 'The endpoint URL must start with https:// (http:// only for a test receiver on this PC: 127.0.0.1 / localhost). Enter the URL the support desk gave you.',
  ),
  'mail-form.url-invalid': e(
    () => 'メールフォームのURLは https:// で始まり、フォームのページ(https://forms.gle/… など)を指し、ポート番号(:8443 など)や利用者名を含まない必要があります。サポート窓口の「メールフォームで相談する」ページにあるリンクをそのまま貼り付けてください。',
    () => 'The mail-form link must start with https://, point to the form\'s page (such as https://forms.gle/…) and contain no port (such as :8443) or user name. Paste the link from the support desk\'s "consult by mail form" page as it is.',
  ),
  'mail-form.url-repeated-id': e(
    () => 'メールフォームのURLにフォームの id が2回以上含まれています。どのフォームが開くか決まらないため保存できません。サポート窓口の「メールフォームで相談する」ページにあるリンクをそのまま貼り付けてください。',
    () => 'The mail-form link names the form id more than once, so which form opens is not certain and it cannot be saved. Paste the link from the support desk\'s "consult by mail form" page as it is.',
  ),
  'destination.unconfirmed': e(
    (p) => `送付先が既定と異なります: ${p.host ?? ''}。この送付先に個人情報を送ってよいか確かめ、確認してから保存してください。`,
    (p) => `The destination differs from the default: ${p.host ?? ''}. Make sure personal data may go there, and confirm it before saving.`,
  ),
  'prefill.url-invalid': e(
    () => '事前入力リンクのひな形は https://docs.google.com/forms/… で始まる必要があります。サポート窓口から受け取ったリンクをそのまま貼り付けてください。',
    () => 'The prefilled-link template must start with https://docs.google.com/forms/…. Paste the link exactly as the support desk gave it to you.',
  ),
  'prefill.unknown-placeholder': e(
    (p) => `事前入力リンクのひな形に使えない差し込み項目 {{${p.name ?? ''}}} があります。使えるのは {{caseNumber}}・{{applicantName}}・{{requestText}} などです。サポート窓口に正しいひな形を確認してください。`,
    (p) => `The prefilled-link template has an unknown placeholder {{${p.name ?? ''}}}. Known ones are {{caseNumber}}, {{applicantName}}, {{requestText}} and the like. Ask the support desk for the correct template.`,
  ),
  'prefill.no-placeholder': e(
    () => '事前入力リンクのひな形に差し込み項目({{requestText}} など)がありません。サポート窓口が「事前入力した URL を取得」で作ったリンクを貼り付けてください。',
    () => 'The prefilled-link template has no placeholders (such as {{requestText}}). Paste the link the support desk made with "Get pre-filled link".',
  ),
  // Hand-off through the desk's mail form
  'hand-off.reference-format': e(
    () => '受付番号(フォーム自動返信)に使えない文字があります。使えるのは半角の英字・数字・「#」・「-」だけです(名前・メールアドレス・日本語・空白は入力できません)。自動返信メールにある番号だけを貼り付けるか、空欄にしてください。',
    () => 'The reference (form auto-reply) contains characters it may not hold. Only ASCII letters, digits, "#" and "-" are allowed (no names, e-mail addresses, Japanese text or spaces). Paste only the number from the desk\'s auto-reply mail, or leave it empty.',
  ),
  'hand-off.reference-too-long': e(
    () => '受付番号(フォーム自動返信)が長すぎます(32文字まで)。自動返信メールにある番号だけを貼り付けるか、空欄にしてください。',
    () => 'The reference (form auto-reply) is too long (at most 32 characters). Paste only the number from the desk\'s auto-reply mail, or leave it empty.',
  ),
  'hand-off.reference-personal': e(
    () => '受付番号(フォーム自動返信)に10桁以上の数字の並び(UTokyo Account や電話番号など)があります。自動返信メールにある番号だけを入力するか、空欄にしてください。',
    () => 'The reference (form auto-reply) has 10 or more digits in a row (like a UTokyo Account or a phone number). Enter only the number from the desk\'s auto-reply mail, or leave it empty.',
  ),
  'hand-off.time-invalid': e(
    () => '送付日時が正しくありません。未来の日時や、申請の作成より前の日時は記録できません。',
    () => 'The hand-off time is not valid: it cannot be in the future or before the request was created.',
  ),
  // The department profile (*.salvage-profile.json) — import in Settings and the machine-wide file.
  'profile.not-json': e(
    () => 'このファイルは JSON として読めません。「設定を書き出す」で作った *.salvage-profile.json を選んでください。',
    () => 'This file cannot be read as JSON. Choose a *.salvage-profile.json made with "Export settings".',
  ),
  'profile.not-a-profile': e(
    () => 'このファイルは Salvage Desk の設定ファイルではありません(format が "salvage-desk-profile" ではありません)。「設定を書き出す」で作ったファイルを選んでください。',
    () => 'This is not a Salvage Desk settings file ("format" is not "salvage-desk-profile"). Choose a file made with "Export settings".',
  ),
  'profile.version-unsupported': e(
    (p) => `この設定ファイルの版(version ${p.version ?? '?'})はこのアプリでは読めません(読めるのは version 1)。アプリを更新するか、このアプリで書き出し直してください。`,
    (p) => `This settings file's version (${p.version ?? '?'}) is not one this app reads (it reads version 1). Update the app, or export the file again from this app.`,
  ),
  'profile.unknown-field': e(
    (p) => `設定ファイルに知らない項目「${p.name ?? ''}」があります。設定ファイルには部局の設定だけを入れます(鍵・パスワードなどは入れません)。この項目を削除してください。`,
    (p) => `The settings file has an unknown field "${p.name ?? ''}". A settings file holds the department's settings only (never keys or passwords). Remove that field.`,
  ),
  'profile.field-missing': e(
    () => '設定ファイルにこの項目がありません。「設定を書き出す」でファイルを作り直してください。',
    () => 'The settings file lacks this field. Make the file again with "Export settings".',
  ),
} satisfies Record<string, Entry>;

export type IssueCode = keyof typeof table;
export const issueCodes = Object.keys(table) as IssueCode[];

export function isIssueCode(code: string): code is IssueCode {
  return Object.hasOwn(table, code);
}

export function issueMessage(code: IssueCode): { severity: 'error' | 'warning'; render: (p: IssueParams) => { ja: string; en: string } } {
  const entry: Entry = table[code];
  return { severity: entry.severity, render: (p) => ({ ja: entry.ja(p), en: entry.en(p) }) };
}
