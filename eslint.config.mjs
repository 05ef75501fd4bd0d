// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const ipcSyntax = [
  { selector: "MemberExpression[object.name='ipcMain']", message: 'Use the typed IPC wrappers in src-main/electron/ipc-main.ts.' },
  { selector: "MemberExpression[object.name='ipcRenderer']", message: 'Use the typed IPC wrappers in src-main/preload.ts.' },
];
// Permissioned web APIs: denied in the packaged app, allowed in a browser tab, so the preview would
// hide the failure. Everything goes through window.salvageDesk instead (issue 11 §7).
const bridgeOnly = 'is not available in the packaged app; use window.salvageDesk (preload / preview bridge).';
const permissionedSyntax = [
  { selector: "MemberExpression[object.name='navigator'][property.name=/^(clipboard|permissions)$/]", message: `navigator.clipboard / navigator.permissions ${bridgeOnly}` },
  { selector: "MemberExpression[object.property.name='navigator'][property.name=/^(clipboard|permissions)$/]", message: `navigator.clipboard / navigator.permissions ${bridgeOnly}` },
  { selector: "MemberExpression[object.name=/^(window|globalThis|self)$/][property.name=/^(open|Notification)$/]", message: `window.open / Notification ${bridgeOnly}` },
];

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'http', 'https', 'net', 'url', 'util', 'stream', 'zlib', 'fs/promises'];

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
      'no-restricted-imports': ['error', {
        paths: [{ name: 'electron', message: 'src-shared and src-renderer must not import electron.' }],
        patterns: [{ group: nodeBuiltins, message: 'src-shared and src-renderer must not import Node built-ins.' }],
      }],
      // The shared verifier also runs in the desk's page (a plain browser): no Node globals.
      'no-restricted-globals': ['error', { name: 'Buffer', message: 'Node only: use Uint8Array, TextEncoder/TextDecoder or jose base64url.' },
        { name: 'process', message: 'Node only.' }],
    },
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
    files: ['src-main/core/**', 'tools/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'The core never imports electron.' }] }],
    },
  },
  {
    // The desk's verifier page runs in a plain browser from file:// (its build script runs in Node).
    files: ['tools/desk-verifier/**'],
    ignores: ['tools/desk-verifier/build.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'electron', message: 'The desk verifier page runs in a browser.' }],
        patterns: [{ group: nodeBuiltins, message: 'The desk verifier page runs in a browser.' }],
      }],
      'no-restricted-globals': ['error', 'Buffer', 'process', 'fetch', 'XMLHttpRequest', 'WebSocket'],
    },
  },
  {
    // The only places allowed to touch raw ipcMain / ipcRenderer.
    files: ['src-main/electron/ipc-main.ts', 'src-main/preload.ts', 'test/support/electron-mock.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
