// The request text holds personal data, so what the app copies does not linger: it is marked for
// clipboard managers and the OS clipboard history to skip (where the OS offers a mark), and cleared
// a short time later — or when the app quits — if the clipboard still holds exactly our text (what
// staff copied since is left alone). Only a digest of the text is kept for that comparison.
import { createHash } from 'node:crypto';

/** Long enough to paste into the form; short enough not to linger. */
export const CLEAR_AFTER_MS = 90_000;

/** The part of Electron's clipboard module this uses (Electron ≥ 45: W3C-style, atomic write). */
export interface ClipboardPort {
  write(items: unknown[]): Promise<void>;
  readText(): Promise<string>;
  clear(): void;
}

const raw = (format: string): string => `electron application/osclipboard;format="${format}"`;
/** A DWORD 0 ("no"), as the Windows formats expect; a fresh Blob per copy. */
const dwordZero = (): Blob => new Blob([new Uint8Array(4)]);

/**
 * The marks each OS (or its clipboard managers) honours. Windows: keep out of clipboard history and
 * cloud clipboard (learn.microsoft.com, "Cloud Clipboard and Clipboard History Formats"). macOS: the
 * nspasteboard.org concealed type. Linux: KDE Klipper's password-manager hint.
 */
export function privacyFormats(platform: NodeJS.Platform): Record<string, string | Blob> {
  if (platform === 'win32') {
    return {
      [raw('ExcludeClipboardContentFromMonitorProcessing')]: new Blob([new Uint8Array(1)]),
      [raw('CanIncludeInClipboardHistory')]: dwordZero(),
      [raw('CanUploadToCloudClipboard')]: dwordZero(),
    };
  }
  if (platform === 'darwin') return { [raw('org.nspasteboard.ConcealedType')]: '' };
  return { [raw('x-kde-passwordManagerHint')]: 'secret' };
}

export interface ClipboardGuard {
  copy(text: string): Promise<void>;
  /** Clear now if the clipboard still holds our last copy (at quit). */
  clearIfOurs(): Promise<void>;
}

export interface ClipboardGuardDeps {
  readonly clipboard: ClipboardPort;
  readonly makeItem: (items: Record<string, string | Blob>) => unknown;
  readonly platform: NodeJS.Platform;
  readonly clearAfterMs?: number;
}

/** Digest of the text with its line ends made alike: the clipboard may hand back CRLF for LF (Windows, clipboard tools). */
const digest = (text: string): string => createHash('sha256').update(text.replace(/\r\n?/g, '\n'), 'utf8').digest('hex');

export function createClipboardGuard(deps: ClipboardGuardDeps): ClipboardGuard {
  let ours: string | null = null;
  let timer: NodeJS.Timeout | null = null;
  const clearIfOurs = async (): Promise<void> => {
    if (timer) clearTimeout(timer);
    timer = null;
    const expected = ours;
    ours = null;
    if (expected === null) return;
    const current = await deps.clipboard.readText().catch(() => null);
    if (current !== null && digest(current) === expected) deps.clipboard.clear();
  };
  return {
    async copy(text) {
      // One atomic write: the text and its privacy marks land together or not at all. Where the OS
      // refuses a mark, the text alone (staff must still be able to paste; the clearing still runs).
      try {
        await deps.clipboard.write([deps.makeItem({ 'text/plain': text, ...privacyFormats(deps.platform) })]);
      } catch {
        await deps.clipboard.write([deps.makeItem({ 'text/plain': text })]);
      }
      if (timer) clearTimeout(timer);
      ours = digest(text);
      timer = setTimeout(() => void clearIfOurs(), deps.clearAfterMs ?? CLEAR_AFTER_MS);
      timer.unref();
    },
    clearIfOurs,
  };
}
