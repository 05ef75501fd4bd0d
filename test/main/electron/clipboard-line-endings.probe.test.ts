// Review probe. On Windows the clipboard's text often comes back with CRLF line ends (and a
// clipboard tool may do the same on any OS); the block the desk copies has several lines. What the
// app copied must still be recognised as ours, and cleared, when only the line ends changed.
import { describe, expect, it, vi } from 'vitest';
import { createClipboardGuard, type ClipboardPort } from '../../../src-main/electron/clipboard-guard';

const TEXT = '案件番号: ENG-2026-0001\n氏名: 東大 花子\n検証コード: abc';

function crlfClipboard(): ClipboardPort & { held: string } {
  const port = {
    held: '',
    write: vi.fn(async (items: unknown[]) => {
      port.held = (items[0] as { 'text/plain': string })['text/plain'];
    }),
    readText: vi.fn(async () => port.held.replace(/\r?\n/g, '\r\n')),
    clear: vi.fn(() => {
      port.held = '';
    }),
  };
  return port;
}

describe('clearing what the app copied', () => {
  it('clears our multi-line text when the clipboard hands it back with CRLF line ends', async () => {
    const clipboard = crlfClipboard();
    const guard = createClipboardGuard({ clipboard, makeItem: (items) => items, platform: 'win32' });
    await guard.copy(TEXT);
    await guard.clearIfOurs();
    expect(clipboard.clear).toHaveBeenCalledTimes(1);
    expect(clipboard.held).toBe('');
  });

  it('still leaves alone what staff copied since', async () => {
    const clipboard = crlfClipboard();
    const guard = createClipboardGuard({ clipboard, makeItem: (items) => items, platform: 'win32' });
    await guard.copy(TEXT);
    clipboard.held = `${TEXT}\nplus a line staff added`;
    await guard.clearIfOurs();
    expect(clipboard.clear).not.toHaveBeenCalled();
  });
});
