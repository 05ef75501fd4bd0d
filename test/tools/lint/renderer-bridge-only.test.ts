// The project's ESLint config refuses permissioned web APIs in the renderer: the
// packaged app denies them while a browser tab allows them, so only lint catches them early.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function problems(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-syntax' || m.ruleId === 'no-restricted-globals').map((m) => m.message);
}

describe('renderer lint: everything through window.salvageDesk', () => {
  it.each([
    ['navigator.clipboard', 'export const f = (t: string) => navigator.clipboard.writeText(t);\n'],
    ['window.navigator.clipboard', 'export const f = (t: string) => window.navigator.clipboard.writeText(t);\n'],
    ['navigator.permissions', "export const f = () => navigator.permissions.query({ name: 'clipboard-write' as PermissionName });\n"],
    ['window.open', "export const f = () => window.open('https://example.com');\n"],
    ['a bare open()', "export const f = () => open('https://example.com');\n"],
    ['Notification', "export const f = () => new Notification('x');\n"],
    ['window.Notification', 'export const f = () => window.Notification.permission;\n'],
  ])('refuses %s in src-renderer', async (_what, code) => {
    expect((await problems(code, 'src-renderer/case/review/example.ts')).join('\n')).toMatch(/window\.salvageDesk/);
  });

  it('allows the bridge in the renderer, and the same calls outside it (the preview bridge, tests)', async () => {
    expect(await problems("export const f = (t: string) => window.salvageDesk.copyText({ text: t });\n", 'src-renderer/case/review/example.ts')).toEqual([]);
    expect(await problems('export const f = (t: string) => navigator.clipboard.writeText(t);\n', 'tools/preview-bridge/example.ts')).toEqual([]);
  });
});
