// ESLint flags a forbidden folder import and an over-long function while the code is typed (the
// architecture test checks the whole graph afterwards). Each rule is shown failing on a made-up file.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function messages(code: string, filePath: string, ruleId: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === ruleId).map((m) => m.message);
}

const restricted = (code: string, filePath: string) => messages(code, filePath, 'no-restricted-imports');

describe('folder boundaries in ESLint', () => {
  it('refuses a shared widget importing a feature', async () => {
    const found = await restricted("import { steps } from '../case/wizard/steps';\nexport const x = steps;\n", 'src-renderer/ui/example.ts');
    expect(found.join('\n')).toMatch(/src-renderer\/ui\/ may import only api, state, i18n/);
  });

  it('refuses a feature importing the shell or a feature above it, type-only imports too', async () => {
    expect(await restricted("import type { Route } from '../../app/screen';\nexport type X = Route;\n", 'src-renderer/case/review/example.ts')).toHaveLength(1);
    expect(await restricted("import type { Filter } from '../cases/case-filters';\nexport type X = Filter;\n", 'src-renderer/outbox/example.ts')).toHaveLength(1);
  });

  it('refuses tools importing test, and src-shared importing the main process', async () => {
    expect(await restricted("import { completeCase } from '../../test/support/x';\nexport const x = completeCase;\n", 'tools/bench/example.ts')).toHaveLength(1);
    expect(await restricted("import type { Core } from '../src-main/core/core-types';\nexport type X = Core;\n", 'src-shared/example.ts')).toHaveLength(1);
  });

  it('allows what the layers allow', async () => {
    expect(await restricted("import { useT } from '../i18n/use-t';\nimport { StatusBadge } from '../ui/status-badge';\nimport { x } from '../../src-shared/messages/ui';\nexport const y = [useT, StatusBadge, x];\n", 'src-renderer/outbox/example.ts')).toEqual([]);
    expect(await restricted("import { useMailForm } from '../../outbox/use-mail-form';\nexport const y = useMailForm;\n", 'src-renderer/case/next-steps/example.ts')).toEqual([]);
    expect(await restricted("import { completeCase } from '../fixtures/case-fixtures';\nexport const x = completeCase;\n", 'tools/bench/example.ts')).toEqual([]);
  });
});

describe('function length in ESLint', () => {
  const functionOf = (lines: number) =>
    `export function long(): number {\n  let n = 0;\n${'  n += 1;\n'.repeat(lines - 4)}  return n;\n}\n`;

  it('refuses a function of 81 lines and allows one of 80 (blank lines and comments not counted)', async () => {
    expect(await messages(functionOf(81), 'src-main/core/example.ts', 'max-lines-per-function')).toEqual([
      "Function 'long' has too many lines (81). Maximum allowed is 80.",
    ]);
    const eighty = functionOf(80).replace('  let n = 0;\n', '  let n = 0;\n\n  // counting\n');
    expect(await messages(eighty, 'src-renderer/ui/example.ts', 'max-lines-per-function')).toEqual([]);
  });
});
