// Settings → 「デスク用の検証ページを保存」: the verifier page that ships with the app, written
// where staff choose, with its SHA-256 (the same hex `sha256sum` prints and `npm run
// build:desk-verifier` reports) so the desk can compare it with the published one.
import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { CoreError } from '../core/errors';
import type { ChannelHandlers, OutputHost } from './handler-types';
import { saveThroughDialog } from './save-through-dialog';

export const DESK_VERIFIER_FILE = 'salvage-desk-verifier.html';

const missing = new CoreError('io', {
  ja: 'この版のアプリには検証ページが含まれていません。情報担当者にアプリの配布元を確認してもらってください。',
  en: 'This build of the app does not include the verifier page. Ask your IT staff to check where the app came from.',
});

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export function deskVerifierHandlers(host: OutputHost) {
  const page = async (): Promise<string | null> => (host.deskVerifierPage ? host.deskVerifierPage() : null);
  return {
    'desk-verifier:get-desk-verifier': async () => {
      const html = await page();
      return { available: html !== null, sha256: html === null ? null : sha256Hex(html) };
    },
    'desk-verifier:save-desk-verifier': async () => {
      const html = await page();
      if (html === null) throw missing;
      const sha256 = sha256Hex(html);
      // The page holds no personal data; readable by the desk's other users like any download.
      const saved = await saveThroughDialog(host, 'desk-verifier', DESK_VERIFIER_FILE, (target) => writeFile(target, html, { mode: 0o644 }));
      return { saved, sha256 };
    },
  } satisfies Pick<ChannelHandlers, 'desk-verifier:get-desk-verifier' | 'desk-verifier:save-desk-verifier'>;
}
