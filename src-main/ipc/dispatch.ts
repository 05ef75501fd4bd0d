// The one place that turns (channel, unknown payload) into a core call and a Result. Both the
// Electron IPC handlers and the browser preview bridge go through here, so validation, error
// mapping and "never leak a stack trace" are implemented (and tested) once.
import { z } from 'zod';
import { channels, ipcContract, type Channel } from '../../src-shared/ipc-contract';
import type { CoreErrorData, Result } from '../../src-shared/core-api';
import { zodIssues } from '../../src-shared/domain';
import { isCoreError } from '../core/errors';
import { isStorageFailure, storageError } from '../core/store/storage-error';
import type { ChannelHandlers } from './handlers';

const channelSet: ReadonlySet<string> = new Set(channels);

export function isChannel(name: string): name is Channel {
  return channelSet.has(name);
}

const VALIDATION: CoreErrorData['message'] = {
  ja: '送信された内容に誤りがあります。各項目のメッセージを確認してください。',
  en: 'The request has invalid fields. See the message for each field.',
};
const INTERNAL: CoreErrorData['message'] = {
  ja: '予期しないエラーが発生しました。もう一度操作してください。繰り返す場合はアプリを再起動し、情報システム担当に連絡してください。',
  en: 'Something unexpected went wrong. Try again; if it keeps happening, restart the app and contact IT support.',
};
const UNKNOWN_CHANNEL: CoreErrorData['message'] = {
  ja: '不明な操作です。アプリを最新版に更新してください。',
  en: 'Unknown operation. Please update the app.',
};

export interface DispatchOptions {
  /**
   * Told about unexpected (non-CoreError) failures. Receives the channel and the error's class
   * name only: messages of foreign errors may contain personal data (a SQL value, a path).
   */
  readonly onUnexpected?: (channel: string, errorName: string) => void;
}

function defaultOnUnexpected(channel: string, errorName: string): void {
  console.error(`[salvage-desk] unexpected ${errorName} while handling ${channel}`);
}

/**
 * Validate `payload` with the channel's zod schema, call its handler and return a Result.
 * Never throws: rule violations and core errors cross as data, anything else as a generic
 * `internal` error without message, stack or personal data.
 */
export async function dispatch(
  handlers: ChannelHandlers,
  channel: string,
  payload: unknown,
  options: DispatchOptions = {},
): Promise<Result<unknown>> {
  if (!isChannel(channel)) return { ok: false, error: { code: 'unknown-channel', message: UNKNOWN_CHANNEL, issues: [] } };
  const parsed = ipcContract[channel].request.safeParse(payload);
  if (!parsed.success) return { ok: false, error: validationError(parsed.error) };
  try {
    const handler = handlers[channel] as (request: unknown) => Promise<unknown>;
    const value = await handler(parsed.data);
    return { ok: true, value };
  } catch (error) {
    if (isCoreError(error)) return { ok: false, error: error.toData() };
    if (error instanceof z.ZodError) return { ok: false, error: validationError(error) };
    if (isStorageFailure(error)) return { ok: false, error: storageError(error).toData() };
    (options.onUnexpected ?? defaultOnUnexpected)(channel, error instanceof Error ? error.name : typeof error);
    return { ok: false, error: { code: 'internal', message: INTERNAL, issues: [] } };
  }
}

function validationError(error: z.ZodError): CoreErrorData {
  return { code: 'validation', message: VALIDATION, issues: zodIssues(error) };
}
