// The app:// protocol: the renderer is served from the Vite build through a custom, standard and
// secure scheme instead of file:// (file:// pages share one origin with every local file, and
// Electron grants them extra privileges). Only files inside the renderer build are served; every
// response carries the CSP. Printing uses the same scheme (host "print", see print-record.ts).
import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { contentTypeFor } from '../http/content-types';
import { SECURITY_HEADERS } from '../http/csp';
import { resolveRendererFile } from '../http/renderer-files';

import { APP_HOST, APP_SCHEME, PRINT_HOST } from './app-origin';

export { APP_HOST, APP_ORIGIN, APP_SCHEME, PRINT_HOST } from './app-origin';

/**
 * Must run before app.whenReady(). standard: a real origin (app://main_window), relative URLs and
 * storage work; secure: treated like https; supportFetchAPI: the page may fetch its own files
 * (Vite's module scripts and dynamic imports are same-origin CORS-mode loads); codeCache: V8 keeps
 * the renderer's compiled JS between starts, as it does for https (off by default for a custom
 * scheme), so the first screen does not wait for the bundle to compile again. corsEnabled stays
 * off, so no other origin can read app:// responses.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: false, stream: false, codeCache: true } },
  ]);
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' } });
}

/** One in-memory document per print job: the record PDF never touches the disk for printing. */
export type PrintDocuments = ReadonlyMap<string, Uint8Array>;

/**
 * The CSP of a record PDF sent to the built-in viewer for printing. The app policy
 * (default-src 'none') would also forbid the PDF plugin itself (object-src falls back to
 * default-src) and the inline sizing styles of the viewer's wrapper page, so this one allows
 * exactly those and nothing else: still no script, no connection, no framing by others.
 */
export const PDF_CSP = "default-src 'none'; object-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'self'";

export function createAppProtocolHandler(rendererDir: string, printDocuments: PrintDocuments) {
  return async (request: Request): Promise<Response> => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return plain(400, 'Bad request');
    }
    if (url.protocol !== `${APP_SCHEME}:`) return plain(404, 'Not found');
    if (url.host === PRINT_HOST) {
      const pdf = printDocuments.get(url.pathname.slice(1));
      if (!pdf) return plain(404, 'Not found');
      return new Response(Buffer.from(pdf), {
        status: 200,
        headers: { ...SECURITY_HEADERS, 'Content-Security-Policy': PDF_CSP, 'Content-Type': 'application/pdf' },
      });
    }
    if (url.host !== APP_HOST) return plain(404, 'Not found');
    // The URL parser already removed plain "../" segments; resolveRendererFile refuses what is
    // left (encoded dots and separators, backslashes, double encoding, symlinks out of the build).
    const file = await resolveRendererFile(rendererDir, url.pathname);
    if (!file) return plain(404, 'Not found');
    return new Response(await readFile(file), {
      status: 200,
      headers: { ...SECURITY_HEADERS, 'Content-Type': contentTypeFor(file) },
    });
  };
}

export function handleAppProtocol(rendererDir: string, printDocuments: PrintDocuments): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererDir, printDocuments));
}
