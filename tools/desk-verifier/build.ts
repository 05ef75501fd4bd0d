// Builds the desk's verifier page: one HTML file with its script and styles inline and a CSP that
// allows exactly those two (by hash) and nothing else — default-src 'none', so the page cannot
// make a request to anywhere, even if some code tried. Opened from disk (file://) by the desk.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build, type Rolldown } from 'vite';

export const DEFAULT_OUT = path.join('out', 'desk-verifier', 'salvage-desk-verifier.html');

const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

async function bundle(entry: string): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      lib: { entry, formats: ['iife'], name: 'SalvageDeskVerifier', fileName: 'verifier' },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunk = outputs.flatMap((o) => o.output).find((o) => o.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error('the verifier bundle produced no script');
  // An inline script ends at the first "</script": keep that sequence out of the code.
  return chunk.code.replace(/<\/(script)/gi, '<\\/$1');
}

export function pageHtml(script: string, css: string): string {
  const csp = [`default-src 'none'`, `script-src ${sha256(script)}`, `style-src ${sha256(css)}`, `base-uri 'none'`, `form-action 'none'`].join('; ');
  return [
    '<!doctype html>',
    '<html lang="ja">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    '<title>クラウドデータ救出 申請の検証(デスク用)</title>',
    `<style>${css}</style>`,
    '</head>',
    '<body>',
    '<main id="app"></main>',
    `<script>${script}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** Builds the page into `outFile` and returns its path. */
export async function buildDeskVerifier(outFile = DEFAULT_OUT, root = process.cwd()): Promise<string> {
  const dir = path.join(root, 'tools', 'desk-verifier');
  const script = await bundle(path.join(dir, 'main.ts'));
  const css = readFileSync(path.join(dir, 'page.css'), 'utf8');
  const target = path.resolve(root, outFile);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, pageHtml(script, css));
  return target;
}
