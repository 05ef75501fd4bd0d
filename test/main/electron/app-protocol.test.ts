import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { electronMock } from '../../support/electron-mock';

vi.mock('electron', () => import('../../support/electron-mock'));
const { handleAppProtocol, registerAppScheme, PDF_CSP } = await import('../../../src-main/electron/app-protocol');
const { CONTENT_SECURITY_POLICY } = await import('../../../src-main/http/csp');

let root: string;
let renderer: string;
const printDocs = new Map<string, Uint8Array>();

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'sd-protocol-'));
  renderer = path.join(root, 'renderer');
  mkdirSync(path.join(renderer, 'assets'), { recursive: true });
  writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>Salvage Desk</title>');
  writeFileSync(path.join(renderer, 'assets', 'app.js'), 'export {}');
  writeFileSync(path.join(root, 'secret.txt'), 'TOP SECRET');
  symlinkSync(path.join(root, 'secret.txt'), path.join(renderer, 'assets', 'link.txt'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));
beforeEach(() => {
  electronMock.reset();
  handleAppProtocol(renderer, printDocs);
});

async function get(url: string): Promise<Response> {
  const handler = electronMock.protocolHandlers.get('app');
  if (!handler) throw new Error('app:// not handled');
  // Chromium hands the handler a parsed URL; a Request built from the raw string would be
  // normalised the same way, so the raw text is passed through an object with only `url`.
  return handler({ url, method: 'GET' } as Request);
}

describe('app:// protocol', () => {
  it('registers app as a standard, secure scheme before ready, with V8 code caching', () => {
    registerAppScheme();
    expect(electronMock.privilegedSchemes).toEqual([{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true, codeCache: true }) }]);
  });

  it('serves a renderer file with the CSP and the right type', async () => {
    const res = await get('app://main_window/index.html');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<title>Salvage Desk</title>');
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const js = await get('app://main_window/assets/app.js');
    expect(js.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(js.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves index.html for the bare origin', async () => {
    expect((await get('app://main_window/')).status).toBe(200);
  });

  it.each([
    'app://x/../../etc/passwd',
    'app://main_window/../../etc/passwd',
    'app://main_window/..%2f..%2fsecret.txt',
    'app://main_window/%2e%2e/secret.txt',
    'app://main_window/%2E%2E/%2E%2E/etc/passwd',
    'app://main_window/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://main_window/%252e%252e/secret.txt',
    'app://main_window/..\\secret.txt',
    'app://main_window/assets%5c..%5c..%5csecret.txt',
    'app://main_window/assets/link.txt',
    'app://main_window/%00index.html',
    'app://main_window//etc/passwd',
    'app://main_window/missing.js',
    'app://other/index.html',
  ])('refuses %s', async (url) => {
    const res = await get(url);
    expect(res.status).toBe(404);
    const text = await res.text();
    expect(text).not.toContain('TOP SECRET');
    expect(text).not.toContain('root:');
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('refuses anything but GET and HEAD', async () => {
    const handler = electronMock.protocolHandlers.get('app');
    const res = await handler?.({ url: 'app://main_window/index.html', method: 'POST' } as Request);
    expect(res?.status).toBe(405);
  });

  it('serves a record to print only while its print job is registered', async () => {
    printDocs.set('job-1', new TextEncoder().encode('%PDF-1.7'));
    const res = await get('app://print/job-1');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-security-policy')).toBe(PDF_CSP);
    expect(await res.text()).toBe('%PDF-1.7');
    printDocs.delete('job-1');
    expect((await get('app://print/job-1')).status).toBe(404);
  });
});
