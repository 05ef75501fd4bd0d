// The only file that touches ipcRenderer. Exposes exactly one object, window.salvageDesk, built
// from the IPC contract: one verb-named method per channel (each resolving to a Result) and one
// subscription per push event (returning its unsubscribe function). Neither ipcRenderer nor the
// IPC event object ever reaches the page. Compare Fiddle's src/preload/preload.ts.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { Result } from '../src-shared/core-api';
import { channels, eventMethodNames, methodNames, type EventName } from '../src-shared/ipc-contract';

const IPC_FAILED: Result<never> = {
  ok: false,
  error: {
    code: 'ipc-failed',
    message: {
      ja: 'アプリ内部の通信に失敗しました。もう一度操作してください。繰り返す場合はアプリを再起動してください。',
      en: 'Internal communication failed. Try again; if it keeps happening, restart the app.',
    },
    issues: [],
  },
};

export function buildPreloadApi(): Readonly<Record<string, unknown>> {
  const api: Record<string, unknown> = {};
  // Both events carry a whole state (the online flag, the full outbox): remember the latest so a
  // component that subscribes after main sent it still starts from the current state.
  const latest = new Map<EventName, unknown>();
  for (const event of Object.keys(eventMethodNames) as EventName[]) {
    ipcRenderer.on(event, (_event: IpcRendererEvent, payload: unknown) => void latest.set(event, payload));
  }
  for (const channel of channels) {
    api[methodNames[channel]] = async (request: unknown): Promise<Result<unknown>> => {
      try {
        return (await ipcRenderer.invoke(channel, request ?? {})) as Result<unknown>;
      } catch {
        return IPC_FAILED;
      }
    };
  }
  for (const event of Object.keys(eventMethodNames) as EventName[]) {
    api[eventMethodNames[event]] = (listener: (payload: unknown) => void): (() => void) => {
      if (typeof listener !== 'function') throw new TypeError('listener must be a function');
      const forward = (_event: IpcRendererEvent, payload: unknown): void => listener(payload);
      ipcRenderer.on(event, forward);
      let subscribed = true;
      if (latest.has(event)) {
        const payload = latest.get(event);
        queueMicrotask(() => {
          if (subscribed) listener(payload);
        });
      }
      return () => {
        subscribed = false;
        ipcRenderer.removeListener(event, forward);
      };
    };
  }
  return Object.freeze(api);
}

contextBridge.exposeInMainWorld('salvageDesk', buildPreloadApi());
