// Constants the Forge Vite plugin defines at build time. Read through `typeof` so the module also
// loads where they are not defined (unit tests, the standalone `npm run build`).
declare const MAIN_WINDOW_VITE_DEV_SERVER_URL: string | undefined;
declare const MAIN_WINDOW_VITE_NAME: string | undefined;

/** The Vite dev server URL under `npm start`, else null (packaged or built app). */
export function devServerUrl(): string | null {
  return typeof MAIN_WINDOW_VITE_DEV_SERVER_URL === 'string' && MAIN_WINDOW_VITE_DEV_SERVER_URL !== '' ? MAIN_WINDOW_VITE_DEV_SERVER_URL : null;
}

export function rendererName(): string {
  return typeof MAIN_WINDOW_VITE_NAME === 'string' ? MAIN_WINDOW_VITE_NAME : 'main_window';
}
