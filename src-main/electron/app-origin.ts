// The renderer's origin names, without Electron: the protocol handler (app-protocol.ts), the window
// and the IPC sender check use them, and so do tests and tools that run under plain Node.
export const APP_SCHEME = 'app';
/** The renderer's origin: app://main_window (matches Forge's renderer name). */
export const APP_HOST = 'main_window';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const PRINT_HOST = 'print';
