// The profile channels with real cores: export through the save dialog on one PC, import on
// another (step 1 shows the changes and writes nothing, step 2 applies), and a wrong file says why.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Result } from '../../../src-shared/core-api';
import { dispatch } from '../../../src-main/ipc/dispatch';
import { createHandlers, type OutputHost } from '../../../src-main/ipc/handlers';
import { openTestCore, tempDir, type TestCore } from '../core/open-test-core';

const opened: TestCore[] = [];
afterEach(async () => {
  while (opened.length) await opened.pop()!.cleanup();
});

async function pc(department = true): Promise<TestCore> {
  const t = await openTestCore({ department });
  opened.push(t);
  return t;
}

function hostFor(dir: string, chosen: () => string | null): OutputHost {
  return {
    chooseSavePath: async (_kind, name) => path.join(dir, name),
    chooseBackupToRestore: async () => null,
    printPdf: async () => false,
    copyText: async () => undefined,
    openMailForm: async () => false,
    chooseProfileToImport: async () => chosen(),
  };
}

const value = <T>(r: Result<T>): T => {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
};

describe('settings profile over IPC', () => {
  it('exports <department>.salvage-profile.json, previews the changes elsewhere, applies them on confirmation', async () => {
    const dir = tempDir('sd-profile-ipc-');
    const a = await pc();
    await a.core.settings.update({ staff: [{ name: '窓口 太郎', role: '学務係' }], retentionDays: 730 }, { operator: 'x' });
    const exported = await dispatch(createHandlers(a.core, hostFor(dir, () => null)), 'settings:export-profile', { operator: 'x' });
    expect(value(exported as Result<{ saved: boolean }>)).toEqual({ saved: true });
    const file = path.join(dir, 'engineering.salvage-profile.json');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ format: 'salvage-desk-profile', version: 1, retentionDays: 730 });

    const b = await pc(false);
    const handlers = createHandlers(b.core, hostFor(dir, () => file));
    const preview = value(await dispatch(handlers, 'settings:import-profile', {})) as { opened: true; fileName: string; profile: Record<string, unknown>; changes: Array<{ field: string }> };
    expect(preview.fileName).toBe('engineering.salvage-profile.json');
    expect(preview.changes.map((c) => c.field)).toEqual(['department', 'staff', 'retentionDays']);
    expect((await b.core.settings.get()).department.code).toBe(''); // step 1 writes nothing

    value(await dispatch(handlers, 'settings:apply-profile', { profile: preview.profile, operator: 'IT' }));
    expect(await b.core.settings.get()).toMatchObject({ department: { code: 'engineering' }, retentionDays: 730, staff: [{ name: '窓口 太郎' }] });
  });

  it('a cancelled dialog changes nothing; a file that is not JSON is named as such', async () => {
    const dir = tempDir('sd-profile-ipc-');
    const t = await pc(false);
    expect(value(await dispatch(createHandlers(t.core, hostFor(dir, () => null)), 'settings:import-profile', {}))).toEqual({ opened: false });
    const broken = path.join(dir, 'broken.salvage-profile.json');
    writeFileSync(broken, '{"format": "salvage-desk-profile",');
    const result = await dispatch(createHandlers(t.core, hostFor(dir, () => broken)), 'settings:import-profile', {});
    expect(result.ok ? null : result.error.issues.map((i) => i.code)).toEqual(['profile.not-json']);
    const missing = await dispatch(createHandlers(t.core, hostFor(dir, () => path.join(dir, 'gone.json'))), 'settings:import-profile', {});
    expect(missing.ok ? null : [missing.error.code, missing.error.message.ja]).toEqual(['io', expect.stringContaining('開けませんでした')]);
  });

  it('apply refuses an edited profile with the wrong field named, changing nothing', async () => {
    const t = await pc();
    const before = await t.core.settings.get();
    const profile = { ...(await t.core.settings.exportProfile()), retentionDays: 10, apiToken: 'secret' };
    const result = await dispatch(createHandlers(t.core, hostFor(tempDir(), () => null)), 'settings:apply-profile', { profile, operator: 'x' });
    expect(result.ok ? null : result.error.issues.map((i) => [i.path, i.code])).toEqual([['retentionDays', 'input.invalid'], ['apiToken', 'profile.unknown-field']]);
    expect(await t.core.settings.get()).toEqual(before);
  });
});
