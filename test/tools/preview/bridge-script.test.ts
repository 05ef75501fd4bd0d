// The built /preview-bridge.js in a browser-like window: it must define window.salvageDesk with
// every contract method before the app runs, and take the token out of the visible URL.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { channels, eventMethodNames, methodNames } from '../../../src-shared/ipc-contract';
import { ensureBridge } from '../../../tools/preview/build-assets';

// jsdom ships no types (and @types/jsdom is not installed): the little used here, typed locally.
interface Dom {
  readonly window: Window & { eval(code: string): unknown; close(): void };
}
type JsdomModule = { JSDOM: new (html: string, options: { url: string; runScripts: 'outside-only' }) => Dom };

describe('preview bridge script', () => {
  it('defines window.salvageDesk from the contract and removes the token from the URL', async () => {
    const file = await ensureBridge(path.resolve(__dirname, '../../..'));
    const { JSDOM } = (await import('jsdom' as string)) as JsdomModule;
    const dom = new JSDOM('<!doctype html><html><head></head><body></body></html>', {
      url: 'http://127.0.0.1:4567/#token=abc_DEF-123&view=cases',
      runScripts: 'outside-only',
    });
    dom.window.eval(readFileSync(file, 'utf8'));
    const api = (dom.window as unknown as { salvageDesk: Record<string, unknown> }).salvageDesk;
    for (const channel of channels) expect(typeof api[methodNames[channel]]).toBe('function');
    for (const name of Object.values(eventMethodNames)) expect(typeof api[name]).toBe('function');
    expect(dom.window.location.hash).toBe('#view=cases');
    expect(dom.window.sessionStorage.getItem('salvage-desk-preview-token')).toBe('abc_DEF-123');
    expect(() => {
      (dom.window as unknown as { salvageDesk: unknown }).salvageDesk = {};
    }).toThrow();
    dom.window.close();
  });
});
