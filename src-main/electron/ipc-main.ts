// The only file that touches ipcMain. One handler per contract channel, each doing the two checks
// (trusted sender, then schema via dispatch) and answering with a Result — never a thrown error,
// so no stack trace or message crosses to the renderer. Pushes go out through sendEvent().
import { ipcMain, type WebContents } from 'electron';
import { channels, type EventName, type EventPayloads } from '../../src-shared/ipc-contract';
import { ipcCall, type IpcRegistration } from './ipc-call';

export { FORBIDDEN, type IpcRegistration } from './ipc-call';

/** Register every channel; returns a function that removes them again. */
export function registerIpcHandlers(registration: IpcRegistration): () => void {
  for (const channel of channels) ipcMain.handle(channel, ipcCall(registration, channel));
  return () => channels.forEach((channel) => ipcMain.removeHandler(channel));
}

export function sendEvent<E extends EventName>(contents: WebContents | null, event: E, payload: EventPayloads[E]): void {
  if (contents && !contents.isDestroyed()) contents.send(event, payload);
}
