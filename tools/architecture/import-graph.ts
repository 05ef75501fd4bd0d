// Reads every relative import of the source tree (value and type imports, `export … from`,
// dynamic `import()`) with the TypeScript compiler and finds import circles and imports that
// cross a forbidden folder boundary. Used by the architecture test so a new circle fails the suite.
import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';

/** File (repo-relative, forward slashes) → files it imports. */
export type ImportGraph = ReadonlyMap<string, readonly string[]>;

const sourceExtensions = ['.ts', '.tsx', '.mts'];

/** Module specifiers written in one source text, in order. */
export function importSpecifiers(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false,
    fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node))
      && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push(node.moduleSpecifier.text);
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)
      && ts.isStringLiteral(node.moduleReference.expression)) {
      found.push(node.moduleReference.expression.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword
      && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) {
      found.push(node.arguments[0].text);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)
      && ts.isStringLiteral(node.argument.literal)) {
      found.push(node.argument.literal.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Resolves a relative specifier to a repo file, or undefined for packages and non-source files. */
function resolveRelative(from: string, specifier: string, exists: (file: string) => boolean): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier));
  const stripped = base.replace(/\.(js|mjs)$/, '');
  const candidates = [base, ...sourceExtensions.map((ext) => stripped + ext),
    ...sourceExtensions.map((ext) => `${stripped}/index${ext}`)];
  return candidates.find((candidate) => sourceExtensions.some((ext) => candidate.endsWith(ext)) && exists(candidate));
}

/** Builds the graph from in-memory files (repo-relative path → text); also used on tiny fixtures. */
export function graphFromFiles(files: ReadonlyMap<string, string>): ImportGraph {
  const graph = new Map<string, string[]>();
  for (const [file, text] of files) {
    const targets = importSpecifiers(file, text)
      .map((specifier) => resolveRelative(file, specifier, (candidate) => files.has(candidate)))
      .filter((target): target is string => target !== undefined);
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

function listSourceFiles(root: string, folder: string): string[] {
  const absolute = path.join(root, folder);
  if (!fs.existsSync(absolute)) return [];
  return fs.readdirSync(absolute, { recursive: true, encoding: 'utf8' })
    .map((entry) => path.posix.join(folder, entry.split(path.sep).join('/')))
    .filter((file) => sourceExtensions.some((ext) => file.endsWith(ext)) && !file.endsWith('.d.ts'));
}

/** Reads every source file under the given top-level folders of the repository. */
export function readRepoGraph(root: string, folders: readonly string[]): ImportGraph {
  const files = new Map<string, string>();
  for (const folder of folders) {
    for (const file of listSourceFiles(root, folder)) files.set(file, fs.readFileSync(path.join(root, file), 'utf8'));
  }
  return graphFromFiles(files);
}

/** Strongly connected components with more than one file (or a file importing itself): the circles. */
export function findCircles(graph: ImportGraph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const circles: string[][] = [];
  let counter = 0;
  const connect = (file: string): void => {
    index.set(file, counter);
    low.set(file, counter);
    counter += 1;
    stack.push(file);
    onStack.add(file);
    for (const target of graph.get(file) ?? []) {
      if (!index.has(target)) {
        connect(target);
        low.set(file, Math.min(low.get(file)!, low.get(target)!));
      } else if (onStack.has(target)) {
        low.set(file, Math.min(low.get(file)!, index.get(target)!));
      }
    }
    if (low.get(file) !== index.get(file)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== file);
    if (component.length > 1 || (graph.get(file) ?? []).includes(file)) circles.push(component.sort());
  };
  for (const file of [...graph.keys()].sort()) if (!index.has(file)) connect(file);
  return circles;
}

/** Collapses the file graph to a folder graph with `folderOf` (undefined = not part of it). */
export function folderGraph(graph: ImportGraph, folderOf: (file: string) => string | undefined): ImportGraph {
  const folders = new Map<string, Set<string>>();
  for (const [file, targets] of graph) {
    const from = folderOf(file);
    if (from === undefined) continue;
    const edges = folders.get(from) ?? new Set<string>();
    folders.set(from, edges);
    for (const target of targets) {
      const to = folderOf(target);
      if (to !== undefined && to !== from) edges.add(to);
    }
  }
  return new Map([...folders].map(([folder, edges]) => [folder, [...edges].sort()]));
}

export type ForbiddenImport = { from: string; to: string; rule: string };

export type BoundaryRule = {
  /** Short name shown when the rule is broken. */
  name: string;
  /** True when an import from `from` to `to` is not allowed. */
  forbids: (from: string, to: string) => boolean;
};

/** Every import edge that one of the rules forbids. */
export function findForbiddenImports(graph: ImportGraph, rules: readonly BoundaryRule[]): ForbiddenImport[] {
  const found: ForbiddenImport[] = [];
  for (const [from, targets] of graph) {
    for (const to of targets) {
      for (const rule of rules) if (rule.forbids(from, to)) found.push({ from, to, rule: rule.name });
    }
  }
  return found;
}
