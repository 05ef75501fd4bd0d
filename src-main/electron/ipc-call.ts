// One IPC call as the shell answers it, without Electron: check 1, the sender is our window's top
// frame (trusted-sender.ts); check 2, the payload against the channel's schema, then the handler
// (dispatch). ipc-main.ts registers this for every channel; the IPC fuzz drives the very same
// function, so what it exercises is the front door the renderer knocks on.
import type { IpcMainInvokeEvent } from 'electron';
import type { Result } from '../../src-shared/core-api';
import type { Channel } from '../../src-shared/ipc-contract';
import { dispatch, type DispatchOptions } from '../ipc/dispatch';
import type { ChannelHandlers } from '../ipc/handlers';
import type { InFlight } from './in-flight';

export const FORBIDDEN: Result<never> = {
  ok: false,
  error: {
    code: 'forbidden',
    message: { ja: 'この画面からは操作できません。', en: 'This page may not do that.' },
    issues: [],
  },
};

export interface IpcRegistration {
  readonly handlers: ChannelHandlers;
  readonly isTrustedSender: (event: IpcMainInvokeEvent) => boolean;
  readonly inFlight: InFlight;
  /** Told after a call succeeded (e.g. rebuild the menu when the language changed). */
  readonly afterCall?: (channel: string, result: Result<unknown>) => void;
  readonly dispatchOptions?: DispatchOptions;
}

/** The handler the shell registers for `channel`. */
export function ipcCall(registration: IpcRegistration, channel: Channel) {
  return async (event: IpcMainInvokeEvent, payload: unknown): Promise<Result<unknown>> => {
    if (!registration.isTrustedSender(event)) return FORBIDDEN;
    // A restore shuts the core down itself: the drain must not wait for the very call doing it.
    const call = dispatch(registration.handlers, channel, payload, registration.dispatchOptions);
    const result = await (channel === 'backup:restore-backup' ? call : registration.inFlight.track(call));
    registration.afterCall?.(channel, result);
    return result;
  };
}
