// Entry of /preview-bridge.js (built as a classic IIFE script and injected first into index.html
// by the preview server, so it runs before the app). Defines window.salvageDesk like the preload
// does in Electron. The token comes from the URL fragment (#token=…), is kept in sessionStorage
// for reloads, and is removed from the visible URL so it is not copied around or bookmarked.
import { createPreviewApi } from './create-preview-api';

const STORAGE_KEY = 'salvage-desk-preview-token';

function takeToken(): string {
  const params = new URLSearchParams(window.location.hash.replace(/^#/, ''));
  const fromHash = params.get('token');
  if (fromHash) {
    window.sessionStorage.setItem(STORAGE_KEY, fromHash);
    params.delete('token');
    const rest = params.toString();
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}${rest ? `#${rest}` : ''}`);
    return fromHash;
  }
  return window.sessionStorage.getItem(STORAGE_KEY) ?? '';
}

Object.defineProperty(window, 'salvageDesk', {
  value: createPreviewApi({ baseUrl: new URL('./', window.location.href).toString(), token: takeToken() }),
  writable: false,
  configurable: false,
  enumerable: true,
});
