// The only file that touches ipcMain. One handler per contract channel, each doing the two checks
// (trusted sender, then schema via dispatch) and answering with a Result — never a thrown error,
// so no stack trace or message crosses to the renderer. Pushes go out through sendEvent().
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import type { Result } from '../../src-shared/core-api';
import { channels, type EventName, type EventPayloads } from '../../src-shared/ipc-contract';
import { dispatch } from '../ipc/dispatch';
import type { ChannelHandlers } from '../ipc/handlers';
import type { InFlight } from './in-flight';

const FORBIDDEN: Result<never> = {
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
}

/** Register every channel; returns a function that removes them again. */
export function registerIpcHandlers(registration: IpcRegistration): () => void {
  for (const channel of channels) {
    ipcMain.handle(channel, async (event: IpcMainInvokeEvent, payload: unknown) => {
      if (!registration.isTrustedSender(event)) return FORBIDDEN;
      // A restore shuts the core down itself: the drain must not wait for the very call doing it.
      const call = dispatch(registration.handlers, channel, payload);
      const result = await (channel === 'backup:restore-backup' ? call : registration.inFlight.track(call));
      registration.afterCall?.(channel, result);
      return result;
    });
  }
  return () => channels.forEach((channel) => ipcMain.removeHandler(channel));
}

export function sendEvent<E extends EventName>(contents: WebContents | null, event: E, payload: EventPayloads[E]): void {
  if (contents && !contents.isDestroyed()) contents.send(event, payload);
}
