// The rooms of the code and which rooms each may import. One table, read by the architecture
// test (which walks the whole import graph, type-only imports included) and by eslint.config.mjs
// (which flags a forbidden import as it is typed). Plain JavaScript so the ESLint config can load it.

/**
 * Renderer folders (src-renderer/<folder>/…) → the folders they may import. Layers, bottom up:
 * api/state/i18n/ui (no feature knowledge), then the features, then the app/ shell that puts the
 * screens together. A feature imports only what sits below it, so no two folders import each other.
 * '' is src-renderer/ itself (main.tsx). A new folder must be added here before it can be imported.
 */
export const rendererFolders = {
  api: [],
  state: [],
  i18n: ['state'],
  ui: ['api', 'state', 'i18n'],
  start: ['api', 'state', 'i18n', 'ui'],
  settings: ['api', 'state', 'i18n', 'ui'],
  outbox: ['api', 'state', 'i18n', 'ui'],
  case: ['api', 'state', 'i18n', 'ui', 'outbox'],
  cases: ['api', 'state', 'i18n', 'ui', 'outbox', 'case'],
  app: ['api', 'state', 'i18n', 'ui', 'start', 'settings', 'outbox', 'case', 'cases'],
  '': ['app'],
};

/**
 * Top-level folders → the top-level folders they may import. Shared code stands alone; the main
 * process and the renderer meet only in src-shared; tools may use the app's code but never the
 * tests (fixtures both need live in tools/fixtures); tests may import anything.
 */
export const topFolders = {
  'src-shared': [],
  'src-main': ['src-shared'],
  'src-renderer': ['src-shared'],
  tools: ['src-shared', 'src-main', 'src-renderer'],
  test: ['src-shared', 'src-main', 'src-renderer', 'tools'],
};
