// The architecture rules over an import graph: no import circle anywhere, and every import stays
// inside what boundaries.mjs allows (top-level folders, then the renderer's folder layers).
import { rendererFolders, topFolders } from './boundaries.mjs';
import { findCircles, findForbiddenImports, folderGraph, type BoundaryRule, type ImportGraph } from './import-graph';

/** The folders whose imports are checked (everything TypeScript the repository holds). */
export const checkedFolders = Object.keys(topFolders);

/** `src-main/x/y.ts` → `src-main`; undefined outside the checked folders. */
export function topFolderOf(file: string): string | undefined {
  const top = file.split('/')[0] ?? '';
  return Object.hasOwn(topFolders, top) && file.includes('/') ? top : undefined;
}

/** `src-renderer/case/wizard/x.tsx` → `case`; `src-renderer/main.tsx` → ''; undefined elsewhere. */
export function rendererFolderOf(file: string): string | undefined {
  const parts = file.split('/');
  if (parts[0] !== 'src-renderer') return undefined;
  return parts.length > 2 ? parts[1] : '';
}

const allowed = (table: Readonly<Record<string, readonly string[]>>, from: string, to: string): boolean =>
  from === to || (Object.hasOwn(table, from) && (table[from] ?? []).includes(to));

export const boundaryRules: readonly BoundaryRule[] = [
  {
    name: 'top-level folders (boundaries.mjs topFolders)',
    forbids: (from, to) => {
      const a = topFolderOf(from);
      const b = topFolderOf(to);
      return a !== undefined && b !== undefined && !allowed(topFolders, a, b);
    },
  },
  {
    name: 'renderer folder layers (boundaries.mjs rendererFolders)',
    forbids: (from, to) => {
      const a = rendererFolderOf(from);
      const b = rendererFolderOf(to);
      return a !== undefined && b !== undefined && !allowed(rendererFolders, a, b);
    },
  },
];

export type ArchitectureReport = {
  /** Files that import each other, directly or through others (type-only imports count). */
  readonly circles: string[][];
  /** Renderer folders that import each other, directly or through others. */
  readonly folderCircles: string[][];
  /** `from → to (rule)` for each import a boundary forbids. */
  readonly forbidden: string[];
  /** Renderer folders that boundaries.mjs does not list yet. */
  readonly unknownFolders: string[];
};

export function checkArchitecture(graph: ImportGraph): ArchitectureReport {
  const rendererGraph = folderGraph(graph, rendererFolderOf);
  return {
    circles: findCircles(graph),
    folderCircles: findCircles(rendererGraph),
    forbidden: findForbiddenImports(graph, boundaryRules).map(({ from, to, rule }) => `${from} → ${to} (${rule})`),
    unknownFolders: [...rendererGraph.keys()].filter((folder) => !Object.hasOwn(rendererFolders, folder)).sort(),
  };
}
