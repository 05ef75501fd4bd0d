// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { rendererFolders, topFolders } from './tools/architecture/boundaries.mjs';

const ipcSyntax = [
  { selector: "MemberExpression[object.name='ipcMain']", message: 'Use the typed IPC wrappers in src-main/electron/ipc-main.ts.' },
  { selector: "MemberExpression[object.name='ipcRenderer']", message: 'Use the typed IPC wrappers in src-main/preload.ts.' },
];
// Permissioned web APIs: denied in the packaged app, allowed in a browser tab, so the preview would
// hide the failure. Everything goes through window.salvageDesk instead.
const bridgeOnly = 'is not available in the packaged app; use window.salvageDesk (preload / preview bridge).';
const permissionedSyntax = [
  { selector: "MemberExpression[object.name='navigator'][property.name=/^(clipboard|permissions)$/]", message: `navigator.clipboard / navigator.permissions ${bridgeOnly}` },
  { selector: "MemberExpression[object.property.name='navigator'][property.name=/^(clipboard|permissions)$/]", message: `navigator.clipboard / navigator.permissions ${bridgeOnly}` },
  { selector: "MemberExpression[object.name=/^(window|globalThis|self)$/][property.name=/^(open|Notification)$/]", message: `window.open / Notification ${bridgeOnly}` },
];

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'http', 'https', 'net', 'url', 'util', 'stream', 'zlib', 'fs/promises'];

// Folder boundaries (tools/architecture/boundaries.mjs; the architecture test checks the whole
// graph, this flags a forbidden import while it is typed). A relative import that climbs out of
// its folder and into a folder the table does not allow is refused.
const electronPath = (message) => ({ name: 'electron', message });
const builtinsPattern = (message) => ({ group: nodeBuiltins, message });
const folderPattern = (folders, message) => ({ regex: `^(\\.\\./)+(${folders.join('|')})(/|$)`, message });
const topBoundary = (top) => {
  const forbidden = Object.keys(topFolders).filter((other) => other !== top && !topFolders[top].includes(other));
  return folderPattern(forbidden, `${top}/ may import only ${topFolders[top].join(', ') || 'itself'} (tools/architecture/boundaries.mjs).`);
};
const rendererBoundary = (folder) => {
  const forbidden = Object.keys(rendererFolders).filter((other) => other && other !== folder && !rendererFolders[folder].includes(other));
  return folderPattern(forbidden, `src-renderer/${folder}/ may import only ${rendererFolders[folder].join(', ') || 'itself'} among the renderer folders (tools/architecture/boundaries.mjs).`);
};
const restrictImports = ({ paths = [], patterns = [] }) => ({ 'no-restricted-imports': ['error', { paths, patterns }] });
const noElectronInShared = electronPath('src-shared and src-renderer must not import electron.');
const noBuiltinsInShared = builtinsPattern('src-shared and src-renderer must not import Node built-ins.');

export default tseslint.config(
  { ignores: ['node_modules/**', '.vite/**', '.vite-electron-test/**', 'out/**', 'dist/**', 'artifacts/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': ['error', ...ipcSyntax],
    },
  },
  {
    // Pure code that must run in the renderer sandbox and in the browser preview.
    files: ['src-shared/**', 'src-renderer/**'],
    rules: {
      // The shared verifier also runs in the desk's page (a plain browser): no Node globals.
      'no-restricted-globals': ['error', { name: 'Buffer', message: 'Node only: use Uint8Array, TextEncoder/TextDecoder or jose base64url.' },
        { name: 'process', message: 'Node only.' }],
    },
  },
  {
    files: ['src-shared/**'],
    rules: restrictImports({ paths: [noElectronInShared], patterns: [noBuiltinsInShared, topBoundary('src-shared')] }),
  },
  {
    files: ['src-renderer/**'],
    rules: restrictImports({ paths: [noElectronInShared], patterns: [noBuiltinsInShared, topBoundary('src-renderer')] }),
  },
  // One block per renderer folder: its layer in rendererFolders.
  ...Object.keys(rendererFolders).filter(Boolean).map((folder) => ({
    files: [`src-renderer/${folder}/**`],
    rules: restrictImports({ paths: [noElectronInShared], patterns: [noBuiltinsInShared, topBoundary('src-renderer'), rendererBoundary(folder)] }),
  })),
  {
    files: ['src-main/**'],
    rules: restrictImports({ patterns: [topBoundary('src-main')] }),
  },
  {
    // The renderer calls no permissioned web API (clipboard, permissions, window.open, Notification).
    files: ['src-renderer/**'],
    rules: {
      'no-restricted-syntax': ['error', ...ipcSyntax, ...permissionedSyntax],
      'no-restricted-globals': ['error',
        { name: 'Notification', message: `Notification ${bridgeOnly}` },
        { name: 'open', message: `window.open ${bridgeOnly}` },
      ],
    },
  },
  {
    // The core is Electron-free: the shell passes net.fetch, paths and the keychain in.
    files: ['src-main/core/**'],
    rules: restrictImports({ paths: [electronPath('The core never imports electron.')], patterns: [topBoundary('src-main')] }),
  },
  {
    files: ['tools/**'],
    rules: restrictImports({ paths: [electronPath('tools/ never imports electron: the core and the preview run without it.')], patterns: [topBoundary('tools')] }),
  },
  {
    // The desk's verifier page runs in a plain browser from file:// (its build script runs in Node).
    files: ['tools/desk-verifier/**'],
    ignores: ['tools/desk-verifier/build.ts'],
    rules: {
      ...restrictImports({
        paths: [electronPath('The desk verifier page runs in a browser.')],
        patterns: [builtinsPattern('The desk verifier page runs in a browser.'), topBoundary('tools')],
      }),
      'no-restricted-globals': ['error', 'Buffer', 'process', 'fetch', 'XMLHttpRequest', 'WebSocket'],
    },
  },
  {
    // Short functions: one screenful each (blank lines and comments do not count).
    files: ['src-shared/**', 'src-main/**', 'src-renderer/**', 'tools/**'],
    rules: { 'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }] },
  },
  {
    // The only places allowed to touch raw ipcMain / ipcRenderer.
    files: ['src-main/electron/ipc-main.ts', 'src-main/preload.ts', 'test/support/electron-mock.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
