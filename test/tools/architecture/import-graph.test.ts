// The import graph of the whole repository has no circle (type-only imports and `export … from`
// count) and every import stays inside the folder boundaries of tools/architecture/boundaries.mjs.
// Each check is also run on a tiny made-up tree that breaks it, to show it can fail.
import { describe, expect, it } from 'vitest';
import { checkArchitecture, checkedFolders } from '../../../tools/architecture/check-architecture';
import { graphFromFiles, readRepoGraph } from '../../../tools/architecture/import-graph';

const check = (files: Record<string, string>) => checkArchitecture(graphFromFiles(new Map(Object.entries(files))));

describe('the repository', () => {
  const report = checkArchitecture(readRepoGraph(process.cwd(), checkedFolders));

  it('has no import circle, type-only imports included', () => {
    expect(report.circles).toEqual([]);
  });

  it('has no two renderer folders importing each other, even through a third', () => {
    expect(report.folderCircles).toEqual([]);
  });

  it('imports only across allowed folder boundaries (renderer layers; tools never import test)', () => {
    expect(report.forbidden).toEqual([]);
    expect(report.unknownFolders).toEqual([]);
  });
});

describe('the checks fail on a bad tree', () => {
  it('finds a circle closed by a type-only import', () => {
    const report = check({
      'src-shared/a.ts': "import { b } from './b';\nexport const a = b;\n",
      'src-shared/b.ts': "export { c as b } from './c';\n",
      'src-shared/c.ts': "import type { A } from './a';\nexport const c = 1 as unknown as A;\n",
    });
    expect(report.circles).toEqual([['src-shared/a.ts', 'src-shared/b.ts', 'src-shared/c.ts']]);
  });

  it('finds a circle through `import()` types and dynamic imports', () => {
    const report = check({
      'src-main/a.ts': "export type T = import('./b').U;\n",
      'src-main/b.ts': "export type U = string;\nexport const load = () => import('./a');\n",
    });
    expect(report.circles).toEqual([['src-main/a.ts', 'src-main/b.ts']]);
  });

  it('refuses a shared widget that imports a feature, and two features importing each other', () => {
    const report = check({
      'src-renderer/ui/badge.tsx': "import { steps } from '../case/wizard/steps';\nexport const badge = steps;\n",
      'src-renderer/case/wizard/steps.ts': "import { row } from '../../cases/row';\nexport const steps = row;\n",
      'src-renderer/cases/row.ts': "export const row = 1;\n",
      'src-renderer/outbox/list.ts': "import type { S } from '../settings/panel';\nexport type L = S;\n",
      'src-renderer/settings/panel.ts': "import type { L } from '../outbox/list';\nexport type S = L;\n",
    });
    expect(report.forbidden).toEqual([
      'src-renderer/ui/badge.tsx → src-renderer/case/wizard/steps.ts (renderer folder layers (boundaries.mjs rendererFolders))',
      'src-renderer/case/wizard/steps.ts → src-renderer/cases/row.ts (renderer folder layers (boundaries.mjs rendererFolders))',
      'src-renderer/outbox/list.ts → src-renderer/settings/panel.ts (renderer folder layers (boundaries.mjs rendererFolders))',
      'src-renderer/settings/panel.ts → src-renderer/outbox/list.ts (renderer folder layers (boundaries.mjs rendererFolders))',
    ]);
    expect(report.folderCircles).toEqual([['outbox', 'settings']]);
  });

  it('refuses tools importing test, shared code importing the main process, and an unlisted renderer folder', () => {
    const report = check({
      'tools/bench/run.ts': "import { completeCase } from '../../test/support/fixtures';\nexport const run = completeCase;\n",
      'test/support/fixtures.ts': 'export const completeCase = 1;\n',
      'src-shared/rule.ts': "import { core } from '../src-main/core';\nexport const rule = core;\n",
      'src-main/core.ts': 'export const core = 1;\n',
      'src-renderer/drawer/thing.ts': 'export const thing = 1;\n',
    });
    expect(report.forbidden).toEqual([
      'tools/bench/run.ts → test/support/fixtures.ts (top-level folders (boundaries.mjs topFolders))',
      'src-shared/rule.ts → src-main/core.ts (top-level folders (boundaries.mjs topFolders))',
    ]);
    expect(report.unknownFolders).toEqual(['drawer']);
  });
});
