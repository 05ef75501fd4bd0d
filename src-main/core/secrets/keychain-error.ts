// What staff (or the PC's administrator) must do when the OS keychain cannot be used. The app
// refuses to start rather than keep the database key anywhere else (no plaintext fallback).
import { CoreError } from '../errors';

function platformHint(platform: NodeJS.Platform): { ja: string; en: string } {
  switch (platform) {
    case 'win32':
      return {
        ja: 'Windows の資格情報マネージャー(Credential Manager)が使えることを確認し、Windows にサインインし直してから再起動してください。',
        en: 'Make sure Windows Credential Manager is available, sign in to Windows again and restart the app.',
      };
    case 'darwin':
      return {
        ja: 'macOS のキーチェーン(キーチェーンアクセス)のログインキーチェーンのロックを解除してから再起動してください。',
        en: 'Unlock the login keychain in macOS Keychain Access, then restart the app.',
      };
    default:
      return {
        ja: 'Secret Service(gnome-keyring や KWallet など)をインストールし、ログインキーリングのロックを解除してから再起動してください。',
        en: 'Install a Secret Service (such as gnome-keyring or KWallet), unlock the login keyring, then restart the app.',
      };
  }
}

export function keychainUnavailable(cause: unknown, platform: NodeJS.Platform = process.platform): CoreError {
  const hint = platformHint(platform);
  return new CoreError(
    'keychain-unavailable',
    {
      ja: `OS のキーチェーンを利用できないため、暗号化されたデータベースを開けません。${hint.ja}鍵を平文で保存することはありません。`,
      en: `The OS keychain is unavailable, so the encrypted database cannot be opened. ${hint.en} The key is never stored in plain text.`,
    },
    [],
    { cause },
  );
}
