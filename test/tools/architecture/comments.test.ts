// Comments say what the code does and why: none points at a tracker issue or names a working
// branch, in the app, the shared code, the tools or the tests. The check is also run on made-up
// sources that break it, to show it can fail, and on code that only looks like a reference.
import { describe, expect, it } from 'vitest';
import { commentReferences, repoCommentReferences } from '../../../tools/architecture/comment-references';

const checkedFolders = ['src-main', 'src-renderer', 'src-shared', 'tools', 'test', 'eslint.config.mjs'];

describe('the repository', () => {
  it('has no issue number, hash number or branch name in a source comment', () => {
    const hits = repoCommentReferences(process.cwd(), checkedFolders).map((h) => `${h.file}:${h.line}: ${h.text}`);
    expect(hits).toEqual([]);
  }, 30_000);
});

describe('the check fails on a bad comment', () => {
  // Built from parts, so this file itself stays clean.
  const issue = ['iss', 'ue 13 §6'].join('');
  const branch = ['h', '-records'].join('');
  const bad: Array<[string, string, string, number]> = [
    ['an issue reference in a line comment', 'a.ts', `const a = 1; // saved at once (${issue})\n`, 1],
    ['a capitalised issue reference opening a file', 'b.ts', `// ${issue[0]!.toUpperCase()}${issue.slice(1)}: the counter flow\nexport {};\n`, 1],
    ['an issue number with a hash', 'c.ts', `/** Fixed in ${['issue', ' #7'].join('')}. */\nexport const c = 3;\n`, 1],
    ['a bare hash number', 'd.ts', `// see ${['#', '42'].join('')} for the discussion\nexport {};\n`, 1],
    ['a branch name in a doc comment', 'e.ts', `/** What verifyAudit found (${branch}). */\nexport type E = 1;\n`, 1],
    ['a branch name in a JSX comment', 'f.tsx', `export const F = () => <div>{/* ${branch}: a print button */}</div>;\n`, 1],
    ['a branch name in a CSS comment', 'g.css', `/* ${branch}: a print button */\n.print { color: #222; }\n`, 1],
    ['a reference on the second line of a block comment', 'h.ts', `/*\n * Keeps the draft\n * (${issue}).\n */\nexport {};\n`, 3],
  ];
  it.each(bad)('%s', (_name, file, source, line) => {
    expect(commentReferences(file, source).map((h) => h.line)).toEqual([line]);
  });

  it('reports the file and line', () => {
    expect(commentReferences('x.ts', `export const x = 1;\n\n// ${branch}\n`)).toEqual([{ file: 'x.ts', line: 3, text: `// ${branch}` }]);
  });
});

describe('the check leaves code alone', () => {
  it.each([
    ['a string that looks like a reference', 'a.ts', `const ref = '${['#', '12345'].join('')}'; const key = 'hash-key'; // a hand-off reference\n`],
    ['an import path with h- inside a word', 'b.ts', "import { searchText } from './search-text';\n"],
    ['a regular expression with a slash', 'c.ts', `const re = /a\\/b/; const s = \`// ${['iss', 'ue 1'].join('')}\`;\n`],
    ['a CSS colour and a selector', 'd.css', '/* calm colours */\n.x { color: #444; border: 1px solid #888; }\n'],
    ['the word issues in a comment', 'e.ts', '// Issues appear next to their field; 13 of them at most.\nexport {};\n'],
  ])('%s', (_name, file, source) => {
    expect(commentReferences(file, source)).toEqual([]);
  });
});
