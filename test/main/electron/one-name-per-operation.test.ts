// One name per operation: every channel of the IPC contract is exposed by the preload as the
// method named by its action in camelCase (`outbox:mark-handed-over` → `markHandedOver`), and
// calling that method sends on exactly that channel.
import { describe, expect, it, vi } from 'vitest';
import { ipcContract } from '../../../src-shared/ipc-contract';
import { ipcRenderer } from '../../support/electron-mock';

vi.mock('electron', () => import('../../support/electron-mock'));
const { buildPreloadApi } = await import('../../../src-main/preload');
const invoke = vi.mocked(((mock) => mock.invoke)(ipcRenderer));

/** Written out here on purpose (not imported) so a change to the naming rule is noticed. */
const camelOfAction = (channel: string) =>
  (channel.split(':')[1] ?? '').split('-').map((word, i) => (i === 0 ? word : word[0]!.toUpperCase() + word.slice(1))).join('');

describe('IPC names', () => {
  const api = buildPreloadApi() as Record<string, (request: unknown) => Promise<unknown>>;
  const contractChannels = Object.keys(ipcContract);

  it.each(contractChannels)('%s is the preload method of the same name, and calls that channel', async (channel) => {
    const method = api[camelOfAction(channel)];
    expect(typeof method).toBe('function');
    invoke.mockClear();
    await method!({});
    expect(invoke.mock.calls[0]?.[0]).toBe(channel);
  });

  it('gives every channel its own method name (no two actions camel-case alike)', () => {
    const names = contractChannels.map(camelOfAction);
    expect(new Set(names).size).toBe(names.length);
  });

  it('names the hand-over and the enqueue the way the core does', () => {
    expect(Object.keys(ipcContract)).toEqual(expect.arrayContaining(['outbox:mark-handed-over', 'outbox:enqueue']));
    expect(typeof api.markHandedOver).toBe('function');
    expect(typeof api.enqueue).toBe('function');
    expect(api.handOver).toBeUndefined();
    expect(api.sendCase).toBeUndefined();
  });
});
