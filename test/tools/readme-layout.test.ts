// README's layout section names every folder of tools/ and test/, and only folders that exist.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
const layout = readme.slice(readme.indexOf('## Layout'));
const block = layout.slice(layout.indexOf('```'), layout.indexOf('```', layout.indexOf('```') + 3));
const linesOf = (top: string): string => {
  const start = block.indexOf(`${top}/`);
  const rest = block.slice(start + top.length + 1);
  const next = /\n[a-z-]+\/ /.exec(rest);
  return next ? rest.slice(0, next.index) : rest;
};
const folders = (dir: string) => readdirSync(path.join(root, dir), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

describe('README layout', () => {
  it.each(['tools', 'test'])('names every folder of %s/ and no folder that is not there', (top) => {
    const named = [...linesOf(top).matchAll(/\b([a-z][a-z0-9-]*)\/(?=[\s),+])/g)].map((m) => m[1]!);
    const actual = folders(top).filter((f) => f !== 'support');
    expect([...new Set(named)].filter((n) => !existsSync(path.join(root, top, n)))).toEqual([]);
    expect(actual.filter((f) => !named.includes(f))).toEqual([]);
  });
});
