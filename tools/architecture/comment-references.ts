// Finds comments that point somewhere instead of saying what and why: a tracker reference (the
// word issue and a number, or a hash and a number) or a working-branch name (h- and a word, as the
// helpers' branches are named). Such a pointer goes stale the
// day the branch is merged, and a reader without the tracker learns nothing from it. Comments are
// read with the TypeScript scanner (strings, ids and selectors like '#12345' or 'search-text' are
// code, not comments); CSS comments with a plain /* … */ match.
import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';

export interface CommentReference {
  readonly file: string;
  readonly line: number;
  readonly text: string;
}

/** The word issue (any case, singular or plural) and a number, with or without a hash. */
const issueNumber = /\bissues?\s*#?\d+/i;
/** A hash and a number standing alone (a pull request or issue number), not a CSS colour. */
const hashNumber = /(^|[\s(,;:])#\d+\b(?![A-Za-z])/;
/** A working-branch name: h-, a word and any further hyphenated words. */
const branchName = /(^|[\s(`'",;:/])h-[a-z][a-z0-9]*(?:-[a-z0-9]+)*\b/;

export function isReference(comment: string): boolean {
  return issueNumber.test(comment) || hashNumber.test(comment) || branchName.test(comment);
}

/**
 * The comments of one TypeScript/JavaScript source text (line and block, JSX comments too): the
 * comment ranges before and after every token of the parsed tree, so a regular expression or a
 * template literal is never mistaken for one.
 */
function scriptComments(fileName: string, text: string): Array<{ pos: number; text: string }> {
  const kind = fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : fileName.endsWith('.mjs') ? ts.ScriptKind.JS : ts.ScriptKind.TS;
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, kind);
  const found = new Map<number, string>();
  const collect = (ranges: ts.CommentRange[] | undefined): void => {
    for (const r of ranges ?? []) found.set(r.pos, text.slice(r.pos, r.end));
  };
  const visit = (node: ts.Node): void => {
    collect(ts.getLeadingCommentRanges(text, node.pos));
    collect(ts.getTrailingCommentRanges(text, node.end));
    for (const child of node.getChildren(source)) visit(child);
  };
  visit(source);
  return [...found].map(([pos, comment]) => ({ pos, text: comment }));
}

function cssComments(text: string): Array<{ pos: number; text: string }> {
  return [...text.matchAll(/\/\*[\s\S]*?\*\//g)].map((m) => ({ pos: m.index, text: m[0] }));
}

/** Every comment line of `text` that holds a tracker reference or a branch name. */
export function commentReferences(fileName: string, text: string): CommentReference[] {
  const comments = fileName.endsWith('.css') ? cssComments(text) : scriptComments(fileName, text);
  const hits: CommentReference[] = [];
  for (const comment of comments) {
    const firstLine = text.slice(0, comment.pos).split('\n').length;
    comment.text.split('\n').forEach((line, i) => {
      if (isReference(line)) hits.push({ file: fileName, line: firstLine + i, text: line.trim() });
    });
  }
  return hits;
}

const checkedExtensions = ['.ts', '.tsx', '.mts', '.mjs', '.css'];

/** The checked files under a folder (or the one file, when `folder` names a file). */
function sourceFiles(root: string, folder: string): string[] {
  const dir = path.join(root, folder);
  if (!fs.existsSync(dir)) return [];
  if (fs.statSync(dir).isFile()) return [folder];
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => checkedExtensions.some((ext) => f.endsWith(ext)) && !f.endsWith('.d.ts') && !f.split(path.sep).includes('node_modules'))
    .map((f) => path.posix.join(folder, f.split(path.sep).join('/')));
}

/** The references in every source comment under `folders` (repo-relative paths). */
export function repoCommentReferences(root: string, folders: readonly string[]): CommentReference[] {
  return folders.flatMap((folder) => sourceFiles(root, folder))
    .flatMap((file) => commentReferences(file, fs.readFileSync(path.join(root, file), 'utf8')));
}
