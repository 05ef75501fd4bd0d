// npm runs scripts through cmd.exe on Windows and sh elsewhere, so package.json's scripts may only
// use what both understand: a program and its arguments, joined by `&&` / `||` (both shells run the
// next command only on success / failure) and `|`. Forbidden, because cmd.exe (a stock Windows PC)
// cannot run it: starting bash/sh or a .sh file, $(…) and `…` substitution, $VAR / ${VAR}, the
// `VAR=value cmd` prefix, `;` between commands, single quotes (cmd.exe passes them through literally),
// /dev/null, and Unix-only commands (rm, cp, mv, mkdir -p, export, source, ./program).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const RULES: ReadonlyArray<readonly [RegExp, string]> = [
  [/(^|[\s&|])(bash|sh|zsh|dash)(\s|$)/, 'starts a POSIX shell'],
  [/\.sh(\s|$)/, 'runs a shell script'],
  [/\$\(|`/, 'command substitution'],
  [/\$\{?[A-Za-z_]/, 'environment variable expansion ($VAR)'],
  [/(^|[\s&|])[A-Za-z_][A-Za-z0-9_]*=\S*\s+\S/, 'VAR=value prefix'],
  [/;/, '";" between commands'],
  [/'/, 'single quotes'],
  [/\/dev\/null/, '/dev/null'],
  [/(^|[\s&|])(rm|cp|mv|export|source|mkdir\s+-p)(\s|$)/, 'a Unix-only command'],
  [/(^|[\s&|])\.\//, 'running ./program'],
];

function posixOnly(script: string): string[] {
  return RULES.filter(([re]) => re.test(script)).map(([, why]) => why);
}

const pkg = JSON.parse(readFileSync(path.resolve(__dirname, '../../../package.json'), 'utf8')) as { scripts: Record<string, string> };

describe('package.json scripts', () => {
  it('use no syntax that needs a POSIX shell', () => {
    const offending = Object.entries(pkg.scripts).map(([name, script]) => [name, posixOnly(script)] as const).filter(([, why]) => why.length > 0);
    expect(offending).toEqual([]);
  });

  it('the check catches each kind of POSIX-only syntax and passes portable chains', () => {
    const bad = [
      'bash tools/scripts/with-keyring.sh npm run test:all', 'sh -c "vitest"', 'echo $(date)', 'echo `date`',
      'vitest --dir $HOME', 'CI=1 playwright test', 'tsc; eslint .', "eslint '**/*.ts'", 'tsc 2>/dev/null',
      'rm -rf .vite', 'mkdir -p out', './node_modules/.bin/vitest',
    ];
    for (const script of bad) expect(posixOnly(script), script).not.toEqual([]);
    for (const script of ['npm run typecheck && npm run lint && vitest run', 'tsx tools/scripts/with-keyring.ts npm run test:all', 'vite build -c vite.main.config.ts', 'eslint . || exit 1']) {
      expect(posixOnly(script), script).toEqual([]);
    }
  });
});
