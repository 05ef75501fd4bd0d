// Texts the shell itself shows (menus, native dialogs), in both UI languages. Nothing here ever
// contains personal data: dialogs name the kind of file, never a person.
import type { Language } from '../../src-shared/core-api';
import type { SaveKind } from '../ipc/handlers';

export const APP_TITLE = { ja: 'クラウドデータ救出 本人確認デスク', en: 'Salvage Desk' } as const;
export { HELP_URL } from '../../src-shared/help-url';

export const saveDialogText: Record<SaveKind, { title: Record<Language, string>; filter: Record<Language, string>; extensions: string[] }> = {
  'record-pdf': { title: { ja: '本人確認記録を PDF で保存', en: 'Save the verification record as PDF' }, filter: { ja: 'PDF 文書', en: 'PDF document' }, extensions: ['pdf'] },
  'applicant-notice-pdf': { title: { ja: '申請者控えを PDF で保存', en: "Save the applicant's notice as PDF" }, filter: { ja: 'PDF 文書', en: 'PDF document' }, extensions: ['pdf'] },
  'public-key': { title: { ja: '部局の公開鍵(JWKS)を書き出す', en: "Export the department's public key (JWKS)" }, filter: { ja: 'JWKS ファイル', en: 'JWKS file' }, extensions: ['json'] },
  backup: { title: { ja: 'バックアップを保存', en: 'Save a backup' }, filter: { ja: 'Salvage Desk バックアップ', en: 'Salvage Desk backup' }, extensions: ['sdbackup'] },
  ledger: { title: { ja: '処理台帳を書き出す', en: 'Export the ledger' }, filter: { ja: 'CSV ファイル', en: 'CSV file' }, extensions: ['csv'] },
  'desk-verifier': { title: { ja: 'デスク用の検証ページを保存', en: 'Save the verifier page for the desk' }, filter: { ja: 'HTML ファイル', en: 'HTML file' }, extensions: ['html'] },
  // Forms the name "<department>.salvage-profile.json": the filter's extension is the last part only.
  profile: { title: { ja: '部局の設定を書き出す', en: "Export the department's settings" }, filter: { ja: 'Salvage Desk 設定ファイル', en: 'Salvage Desk settings file' }, extensions: ['json'] },
};

export const profileOpenDialogTitle: Record<Language, string> = { ja: '読み込む設定ファイルを選ぶ', en: 'Choose the settings file to import' };

export const restoreDialogTitle: Record<Language, string> = { ja: '復元するバックアップを選ぶ', en: 'Choose the backup to restore' };

export const restoreConfirm = {
  title: { ja: 'バックアップから復元', en: 'Restore from backup' },
  message: { ja: 'この PC のデータをバックアップの内容に置き換えますか?', en: 'Replace the data on this PC with the backup?' },
  detail: {
    ja: '現在のデータは消さずに、データフォルダーの隣(名前の末尾が before-restore-日時)に残します。復元が終わるとアプリが再起動します。',
    en: 'The current data is not deleted: it is kept next to the data folder (its name ends in before-restore-<date>). The app restarts when the restore is done.',
  },
  cancel: { ja: 'キャンセル', en: 'Cancel' },
  restore: { ja: '復元する', en: 'Restore' },
} as const;

export const menuText = {
  file: { ja: 'ファイル', en: 'File' },
  close: { ja: 'ウィンドウを閉じる', en: 'Close Window' },
  quit: { ja: '終了', en: 'Quit' },
  edit: { ja: '編集', en: 'Edit' },
  undo: { ja: '元に戻す', en: 'Undo' },
  redo: { ja: 'やり直す', en: 'Redo' },
  cut: { ja: '切り取り', en: 'Cut' },
  copy: { ja: 'コピー', en: 'Copy' },
  paste: { ja: '貼り付け', en: 'Paste' },
  selectAll: { ja: 'すべて選択', en: 'Select All' },
  view: { ja: '表示', en: 'View' },
  resetZoom: { ja: '実際のサイズ', en: 'Actual Size' },
  zoomIn: { ja: '拡大', en: 'Zoom In' },
  zoomOut: { ja: '縮小', en: 'Zoom Out' },
  fullScreen: { ja: '全画面表示', en: 'Toggle Full Screen' },
  reload: { ja: '再読み込み(開発用)', en: 'Reload (development)' },
  devTools: { ja: '開発者ツール(開発用)', en: 'Developer Tools (development)' },
  window: { ja: 'ウィンドウ', en: 'Window' },
  minimize: { ja: '最小化', en: 'Minimize' },
  help: { ja: 'ヘルプ', en: 'Help' },
  helpPage: { ja: 'utelecon(クラウドデータ救出の案内)を開く', en: 'Open utelecon (cloud data salvage guide)' },
} as const satisfies Record<string, Record<Language, string>>;

export const startupFailure = {
  title: { ja: 'Salvage Desk を起動できません', en: 'Salvage Desk cannot start' },
  untouched: {
    ja: 'データには一切変更を加えていません。問題を解決してから、もう一度起動してください。',
    en: 'Your data has not been changed. Fix the problem, then start the app again.',
  },
  unexpected: {
    ja: '予期しない理由でデータベースを開けませんでした。パソコンを再起動してからもう一度起動し、繰り返す場合は情報システム担当に連絡してください。',
    en: 'The database could not be opened for an unexpected reason. Restart the computer and try again; if it keeps happening, contact IT support.',
  },
} as const;
