// The renderer's only door to the core: `window.salvageDesk`, provided by the Electron preload or,
// in the browser preview, by the preview bridge. Everything else in the renderer goes through here.
import type { CoreErrorData, Result } from '../../src-shared/core-api';
import type { SalvageDeskApi } from '../../src-shared/ipc-contract';

export class DeskError extends Error {
  readonly data: CoreErrorData;
  constructor(data: CoreErrorData) {
    super(data.code);
    this.name = 'DeskError';
    this.data = data;
  }
}

let override: SalvageDeskApi | null = null;

/** Tests install a fake here; the app never does. */
export function setDeskApiForTests(api: SalvageDeskApi | null): void {
  override = api;
}

export function deskApi(): SalvageDeskApi {
  if (override) return override;
  const api = (globalThis as { salvageDesk?: SalvageDeskApi }).salvageDesk;
  if (!api) throw new Error('window.salvageDesk is not available');
  return api;
}

export function hasDeskApi(): boolean {
  return override !== null || (globalThis as { salvageDesk?: unknown }).salvageDesk !== undefined;
}

/** Unwraps a Result: the value, or a thrown DeskError carrying every issue. */
export async function unwrap<T>(pending: Promise<Result<T>>): Promise<T> {
  const result = await pending;
  if (result.ok) return result.value;
  throw new DeskError(result.error);
}

/** A bridge or IPC failure that is not a Result (e.g. the preview server went away). */
export function toErrorData(error: unknown): CoreErrorData {
  if (error instanceof DeskError) return error.data;
  return {
    code: 'renderer.unexpected',
    message: {
      ja: '予期しないエラーが起きました。もう一度試してください。続く場合はアプリを再起動してください。',
      en: 'Something unexpected went wrong. Try again; if it keeps happening, restart the app.',
    },
    issues: [],
  };
}
