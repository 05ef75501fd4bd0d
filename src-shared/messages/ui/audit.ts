// The app-wide audit banner (every screen) and the words for each kind of audit break, shared with
// Settings → 監査記録. Each key holds its Japanese (default) and English text side by side.
import type { UiMessageTable } from './table';

export const auditMessages = {
  'audit.banner-title': { ja: '監査記録の断絶が見つかりました', en: 'A break in the audit trail was found' },
  'audit.banner-count': { ja: '未確認の断絶: {count} 件', en: 'Unacknowledged breaks: {count}' },
  'audit.keep-working': { ja: '作業は続けられます。情報システム担当に連絡してください。', en: 'You can keep working; contact IT support.' },
  'audit.acknowledge': { ja: '確認しました({name})', en: 'Acknowledge ({name})' },
  'audit.acknowledge-hint': { ja: '確認した担当者の名前が監査記録に残ります。確認するまで、この表示はすべての画面に出ます。', en: 'Your name as the staff member who acknowledged it is recorded in the audit trail. Until then this notice shows on every screen.' },
  'audit.choose-operator': { ja: '確認するには、先に画面上部で担当者を選んでください。', en: 'To acknowledge it, first choose the operator at the top of the screen.' },
  'audit.problem.rewritten': { ja: '監査記録の一部が書き換えられています。', en: 'Part of the audit trail has been rewritten.' },
  'audit.problem.truncated': { ja: '監査記録の末尾が失われています。', en: 'The newest audit entries are missing.' },
  'audit.problem.replaced': { ja: 'データフォルダーが、復元の記録なしに別のデータと入れ替えられています。', en: 'The data folder was swapped for other data without a recorded restore.' },
  'audit.problem.anchor-missing': { ja: 'OS のキーチェーンから監査記録の控え(アンカー)が消えています。', en: 'The audit trail’s anchor is missing from the OS keychain.' },
  'audit.problem.anchor-garbled': { ja: 'OS のキーチェーンにある監査記録の控え(アンカー)が壊れています。', en: 'The audit trail’s anchor in the OS keychain is damaged.' },
  'audit.problem.anchor-older': { ja: 'OS のキーチェーンの控え(アンカー)が、監査記録の確認済みの位置より古いものに戻されています。', en: 'The anchor in the OS keychain was put back to one older than the trail’s own verified checkpoint.' },
  'audit.problem.checkpoint-damaged': { ja: '監査記録の確認済みの位置(チェックポイント)が失われているか、書き換えられています。', en: 'The audit trail’s checkpoint is missing or has been altered.' },
  'audit.problem.restore-unverified': { ja: '復元したバックアップの監査記録を、この PC の鍵で確認できませんでした(別の PC や以前のバージョンで作ったバックアップ、または記録が書き換えられたバックアップです)。データは復元済みです。以降の記録はこの PC で続きます。', en: 'The audit trail of the restored backup could not be verified with this PC’s key (a backup made on another PC or by an older version, or one whose trail was edited). The data was restored; the trail continues on this PC from here.' },
  'audit.problem.format-missing': { ja: '監査記録に、このバージョンが記録の始めに書く項目がありません。記録全体が消されたか、作り直されています。', en: 'The audit trail lacks the entry this version writes when it starts a trail: the trail was emptied or rebuilt.' },
  'audit.problem.legacy-unverified': { ja: '以前のバージョンの監査記録は、この更新の時点で検証できませんでした(以前の形式には、削除や作り直しを見分ける仕組みがありません)。以降の記録はこのバージョンの形式で続きます。', en: 'The audit trail kept by the earlier version could not be verified at this upgrade (its older form cannot show whether it was cut or rebuilt). The trail continues in this version’s form from here.' },
  'audit.problem.check-failed': { ja: '監査記録の全体確認を最後まで行えませんでした(記録、データベース、または OS のキーチェーンを読めませんでした)。設定の「監査記録」で「監査記録を検証」をもう一度押し、また止まるときは情報システム担当に連絡してください。', en: 'The full check of the audit trail could not finish (the trail, the database or the OS keychain could not be read). Press “Verify the audit trail” in Settings → Audit trail again; if it stops again, contact IT support.' },
  'audit.problem.schema-changed': { ja: '監査記録の表(またはその保護の設定)が、このアプリが作るものと違っています。データベースが直接書き換えられています。', en: 'The audit trail’s table (or its protection) differs from what this app creates: the database was edited directly.' },
  'audit.unredacted': { ja: '以前のバージョンが監査記録に平文で残した職員の入力(受付番号(フォーム自動返信)・理由)が {count} 件あります。監査記録が検証できるまで伏せられません(断絶のある記録を書き直すと、断絶が隠れてしまうためです)。', en: '{count} audit entries still hold staff text an earlier version recorded in clear (a reference or a reason). They are redacted only once the audit trail verifies (rewriting a broken trail would hide the break).' },
  'audit.purge-incomplete': { ja: '保存期間を過ぎた個人情報の削除が完了していません。設定の「データの保存期間と削除」で内容を確かめ、もう一度削除してください。', en: 'Erasing personal data past the retention period did not complete. Check Settings → Retention and erasure, and erase again.' },
  'audit.integrity-damaged': { ja: 'データベースの一部が壊れています。今すぐバックアップを作成し、情報システム担当に連絡してください。次回の起動ではこのデータを開きません(ファイルはそのまま残します)。', en: 'Part of the database is damaged. Make a backup now and contact IT support. The next start will not open this data (the file is left as it is).' },
  'audit.full-check-running': { ja: '監査記録の全体を確認中… {verified} / {total} 件', en: 'Checking the whole audit trail… {verified} / {total} entries' },
  'audit.full-check-last': { ja: '前回の全体確認: {at}({entries} 件、{result})', en: 'Last full check: {at} ({entries} entries, {result})' },
  'audit.full-check-ok': { ja: '問題なし', en: 'no problem' },
  'audit.full-check-failed': { ja: '監査記録の全体確認が途中で止まりました。断絶として記録しました。', en: 'The full check of the audit trail stopped before the end; this is recorded as a break.' },
  'audit.full-check-unfinished': { ja: '途中で停止', en: 'stopped before the end' },
  'audit.full-check-broken': { ja: '断絶あり', en: 'break found' },
} as const satisfies UiMessageTable;
