import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BrowserWindow, electronMock } from '../../support/electron-mock';
import { createFakeCore, type FakeCore } from '../ipc/fake-core';

vi.mock('electron', () => import('../../support/electron-mock'));
const { startLifecycle } = await import('../../../src-main/electron/lifecycle');
const { createInFlight } = await import('../../../src-main/electron/in-flight');

let core: FakeCore;
beforeEach(() => {
  electronMock.reset();
  core = createFakeCore();
});

function deferred() {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

describe('lifecycle', () => {
  it('starts the outbox scheduler once the core is open, with the current network state', () => {
    electronMock.online = false;
    startLifecycle({ core, window: () => null, inFlight: createInFlight(), networkPollMs: 10_000 });
    expect(core.outbox.startScheduler).toHaveBeenCalledTimes(1);
    expect(core.scheduler.networkChanged).toHaveBeenCalledWith(false);
  });

  it('quit drains: stops the scheduler, waits for running calls, then closes the core, then quits', async () => {
    const order: string[] = [];
    const flight = deferred();
    const schedulerStopped = deferred();
    core.scheduler.stop.mockImplementation(async () => {
      order.push('scheduler stopping');
      await schedulerStopped.promise; // a delivery request still in flight
      order.push('scheduler stopped');
    });
    vi.mocked(core.close).mockImplementation(async () => void order.push('core closed'));
    const inFlight = createInFlight();
    void inFlight.track(flight.promise.then(() => void order.push('autosave done')));
    const lifecycle = startLifecycle({ core, window: () => null, inFlight, networkPollMs: 10_000 });
    const willQuit = vi.fn();
    electronMock.app.on('will-quit', willQuit);

    electronMock.app.quit();
    expect(willQuit).not.toHaveBeenCalled(); // the first quit is held back
    electronMock.app.quit(); // a second quit while draining changes nothing
    await new Promise((r) => setTimeout(r, 20));
    expect(core.close).not.toHaveBeenCalled();

    schedulerStopped.resolve();
    await new Promise((r) => setTimeout(r, 20));
    expect(core.close).not.toHaveBeenCalled(); // the autosave is still running
    flight.resolve();
    await lifecycle.closed;
    expect(order).toEqual(['scheduler stopping', 'scheduler stopped', 'autosave done', 'core closed']);
    expect(core.close).toHaveBeenCalledTimes(1);
    await new Promise((r) => setTimeout(r, 0));
    expect(willQuit).toHaveBeenCalledTimes(1);
  });

  it('does not wait forever for a call that never settles', async () => {
    const inFlight = createInFlight();
    void inFlight.track(new Promise(() => undefined));
    const log = vi.fn();
    const lifecycle = startLifecycle({ core, window: () => null, inFlight, networkPollMs: 10_000, drainTimeoutMs: 30, log });
    electronMock.app.quit();
    await lifecycle.closed;
    expect(core.close).toHaveBeenCalledTimes(1);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('1 call(s) still running'));
  });

  it('tells the scheduler and the window when the network goes down and comes back', async () => {
    const win = new BrowserWindow();
    startLifecycle({ core, window: () => win as never, inFlight: createInFlight(), networkPollMs: 5 });
    electronMock.online = false;
    await vi.waitFor(() => expect(core.scheduler.networkChanged).toHaveBeenLastCalledWith(false));
    electronMock.online = true;
    await vi.waitFor(() => expect(core.scheduler.networkChanged).toHaveBeenLastCalledWith(true));
    expect(win.webContents.sent.filter((m) => m.channel === 'network:changed').map((m) => m.payload)).toEqual([{ online: false }, { online: true }]);
    electronMock.app.quit(); // stops the poll
  });

  it('forwards outbox changes to the window', () => {
    const win = new BrowserWindow();
    startLifecycle({ core, window: () => win as never, inFlight: createInFlight(), networkPollMs: 10_000 });
    core.emitOutbox([]);
    expect(win.webContents.sent).toContainEqual({ channel: 'outbox:changed', payload: [] });
    electronMock.app.quit();
  });
});
