// Review probe: Electron's WebFrameMain throws when its render frame was disposed while a call was
// on its way ("Render frame was disposed before WebFrameMain could be accessed"). The front door
// must answer such a call with a Result (refused), never with a rejection whose message crosses
// to the renderer.
import { describe, expect, it } from 'vitest';
import type { IpcMainInvokeEvent } from 'electron';
import { createInFlight } from '../../../src-main/electron/in-flight';
import { FORBIDDEN, ipcCall } from '../../../src-main/electron/ipc-call';
import { isTrustedSender } from '../../../src-main/electron/trusted-sender';
import type { ChannelHandlers } from '../../../src-main/ipc/handlers';

const disposed = (): never => {
  throw new Error('Render frame was disposed before WebFrameMain could be accessed');
};

describe('a call from a frame disposed on the way', () => {
  it('is refused with a Result', async () => {
    const contents = { mainFrame: { processId: 1, routingId: 1, parent: null, url: 'app://main_window/' } };
    const window = { isDestroyed: () => false, webContents: contents } as never;
    const frame = { get parent() { return disposed(); }, get url() { return disposed(); }, processId: 1, routingId: 1 };
    let reached = 0;
    const handlers = new Proxy({}, { get: () => async () => { reached += 1; return {}; } }) as ChannelHandlers;
    const door = ipcCall({ handlers, inFlight: createInFlight(), isTrustedSender: (e) => isTrustedSender(e, window, null) }, 'settings:get-settings');
    const answer = await door({ sender: contents, senderFrame: frame } as unknown as IpcMainInvokeEvent, {}).catch((e: unknown) => ({ rejected: String(e) }));
    expect(answer).toEqual(FORBIDDEN);
    expect(reached).toBe(0);
  });
});
