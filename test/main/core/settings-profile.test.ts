// The department profile: one department's settings exported on one PC configure another PC
// identically; a profile IT places machine-wide configures a fresh data folder only; a wrong file
// changes nothing and says which field is wrong, in both languages.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { machineProfilePath } from '../../../src-main/core';
import type { Settings } from '../../../src-shared/core-api';
import { openTestCore, rejection, tempDir, type TestCore } from './open-test-core';
import { rawDb } from './raw-db';
import { posixWriteCheck } from '../../../src-main/core/settings/profile-write-check';

/** The settings entries of the audit trail (reopening the core around the raw read). */
async function settingsAudit(t: TestCore): Promise<{ operator: string; details: Record<string, unknown> }[]> {
  await t.core.close();
  const db = await rawDb(t.dataDir, t.secrets);
  try {
    const rows = db.prepare("SELECT operator, details FROM audit WHERE action = 'settings' ORDER BY seq").all() as { operator: string; details: string }[];
    return rows.map((r) => ({ operator: r.operator, details: JSON.parse(r.details) as Record<string, unknown> }));
  } finally {
    db.close();
    await t.reopen();
  }
}

const opened: TestCore[] = [];
async function open(opts: Parameters<typeof openTestCore>[0] = {}): Promise<TestCore> {
  const t = await openTestCore(opts);
  opened.push(t);
  return t;
}
afterEach(async () => {
  while (opened.length) await opened.pop()!.cleanup();
});

const departmentSettings = {
  department: { code: 'engineering', name: '工学系研究科・工学部' },
  staff: [{ name: '窓口 太郎', role: '学務係長' }, { name: '受付 花子', role: '学務係' }],
  deliveryChannel: 'endpoint' as const,
  endpointUrl: 'https://desk.example.ac.jp/submissions',
  mailFormUrl: 'https://forms.gle/AnotherDeskForm',
  mailFormPrefillTemplate: 'https://docs.google.com/forms/d/e/x/viewform?usp=pp_url&entry.1=%7B%7BrequestText%7D%7D',
  retentionDays: 730,
  studentNumberPattern: '0[0-9]{7}',
};

/** The department's own destinations, confirmed by name as staff do in Settings. */
const CONFIRM = { confirmDestinations: ['forms.gle/AnotherDeskForm', 'desk.example.ac.jp/submissions'] };

/** Everything but the UI language, which stays each PC's own. */
const shared = (s: Settings): Partial<Settings> => ({ ...s, language: undefined });

function writeProfile(dir: string, profile: unknown): string {
  const file = path.join(dir, 'profile.json');
  fs.writeFileSync(file, typeof profile === 'string' ? profile : JSON.stringify(profile));
  return file;
}

describe('export and import', () => {
  it('a profile exported on one core and imported into a fresh one gives identical settings', async () => {
    const a = await open();
    await a.core.settings.update(departmentSettings, { operator: '窓口 太郎', ...CONFIRM });
    await a.core.settings.update({ language: 'en' }, { operator: '窓口 太郎' });
    const profile = JSON.parse(JSON.stringify(await a.core.settings.exportProfile())) as Record<string, unknown>;
    expect(profile).toMatchObject({ format: 'salvage-desk-profile', version: 1 });
    expect(profile).not.toHaveProperty('language'); // each PC keeps its own

    const b = await open({ department: false });
    expect(await b.core.settings.previewProfile(profile)).toHaveLength(8);
    await b.core.settings.applyProfile(profile, { operator: '窓口 太郎', ...CONFIRM });
    await b.reopen();
    expect(shared(await b.core.settings.get())).toEqual(shared(await a.core.settings.get()));
    expect((await b.core.settings.get()).language).toBe('ja');
    expect(await b.core.settings.previewProfile(profile)).toEqual([]); // nothing left to change
    expect((await b.core.verifyAudit()).ok).toBe(true);
    expect((await settingsAudit(b)).slice(-3)).toEqual([
      { operator: '窓口 太郎', details: { source: 'profile', changed: expect.stringContaining('staff') } },
      { operator: '窓口 太郎', details: { source: 'profile', destinationConfirmed: 'forms.gle/AnotherDeskForm' } },
      { operator: '窓口 太郎', details: { source: 'profile', destinationConfirmed: 'desk.example.ac.jp/submissions' } },
    ]);
  });

  it('a profile proposing other destinations is not applied until staff confirm each by name', async () => {
    const a = await open();
    await a.core.settings.update(departmentSettings, { operator: '窓口 太郎', ...CONFIRM });
    const profile = { ...(await a.core.settings.exportProfile()), endpointUrl: 'https://phish.example/desk', mailFormUrl: 'https://phish.example/desk-form' };
    const b = await open({ department: false });
    const before = await b.core.settings.get();
    // Neither the host alone, nor the other destination on it, nor the department's own confirms it.
    for (const confirm of [[], ['phish.example'], ['phish.example/desk-form'], ['desk.example.ac.jp/submissions']]) {
      const err = await rejection(b.core.settings.applyProfile(profile, { operator: '窓口 太郎', confirmDestinations: confirm }));
      expect(err.code).toBe('destination-unconfirmed');
      expect(err.issues.map((i) => [i.path, i.code, i.message.ja])).toContainEqual(['endpointUrl', 'destination.unconfirmed', expect.stringContaining('送付先が既定と異なります: phish.example/desk')]);
    }
    expect(await b.core.settings.get()).toEqual(before);
    await b.core.settings.applyProfile(profile, { operator: '窓口 太郎', confirmDestinations: ['phish.example/desk', 'phish.example/desk-form'] });
    expect(await b.core.settings.get()).toMatchObject({ endpointUrl: 'https://phish.example/desk', confirmedDestinations: ['phish.example/desk-form', 'phish.example/desk'] });
  });

  it('the preview lists exactly the settings that would change, before and after', async () => {
    const a = await open();
    await a.core.settings.update({ staff: [{ name: '窓口 太郎', role: '学務係' }] }, { operator: '窓口 太郎' });
    const profile = { ...(await a.core.settings.exportProfile()), retentionDays: 400, staff: [] };
    expect(await a.core.settings.previewProfile(profile)).toEqual([
      { field: 'staff', before: [{ name: '窓口 太郎', role: '学務係' }], after: [] },
      { field: 'retentionDays', before: 365, after: 400 },
    ]);
    expect((await a.core.settings.get()).retentionDays).toBe(365); // a preview writes nothing
  });

  it('refuses to export before a department is chosen', async () => {
    const t = await open({ department: false });
    const err = await rejection(t.core.settings.exportProfile());
    expect(err.code).toBe('invalid-state');
    expect(err.issues.map((i) => i.path)).toEqual(['department.code']);
  });
});

describe('invalid profiles', () => {
  const cases: Array<[string, (p: Record<string, unknown>) => unknown, Array<[string, string]>]> = [
    ['another kind of file', () => ({ keys: [] }), [['format', 'profile.not-a-profile']]],
    ['a newer version', (p) => ({ ...p, version: 2 }), [['version', 'profile.version-unsupported']]],
    ['a secret smuggled in', (p) => ({ ...p, privateKey: '-----BEGIN PRIVATE KEY-----' }), [['privateKey', 'profile.unknown-field']]],
    ['a missing staff list', (p) => ({ ...p, staff: undefined }), [['staff', 'profile.field-missing']]],
    ['a retention below the minimum', (p) => ({ ...p, retentionDays: 5 }), [['retentionDays', 'input.invalid']]],
    ['an unknown department', (p) => ({ ...p, department: { code: 'atlantis', name: 'x' } }), [['department.code', 'settings.department-unknown']]],
    ['a plain-http endpoint and a bad template', (p) => ({ ...p, endpointUrl: 'http://desk.example.ac.jp/', mailFormPrefillTemplate: 'https://docs.google.com/forms/d/e/x/viewform?entry.1=%7B%7BmyNumber%7D%7D' }),
      [['mailFormPrefillTemplate', 'prefill.unknown-placeholder'], ['endpointUrl', 'endpoint.invalid']]],
  ];

  it.each(cases)('%s: refused with field-level ja/en messages, nothing changed', async (_name, corrupt, expected) => {
    const t = await open();
    await t.core.settings.update(departmentSettings, { operator: '窓口 太郎', ...CONFIRM });
    const bad = corrupt(await t.core.settings.exportProfile() as unknown as Record<string, unknown>);
    const before = await t.core.settings.get();
    for (const attempt of [t.core.settings.previewProfile(bad), t.core.settings.applyProfile(bad, { operator: '窓口 太郎' })]) {
      const err = await rejection(attempt);
      expect(err.code).toBe('validation');
      expect(err.issues.map((i) => [i.path, i.code])).toEqual(expected);
      for (const issue of err.issues) expect(issue.message.ja.length * issue.message.en.length).toBeGreaterThan(0);
    }
    await t.reopen();
    expect(await t.core.settings.get()).toEqual(before);
  });
});

/** This test's user stands for the administrator (files here cannot be owned by root). */
const adminIsMe = posixWriteCheck([process.getuid?.() ?? 0]);

describe('machine-wide profile', () => {
  it('configures a fresh data folder on first open; the other destinations it names wait for confirmation', async () => {
    const a = await open();
    await a.core.settings.update(departmentSettings, { operator: '窓口 太郎', ...CONFIRM });
    const file = writeProfile(tempDir('salvage-profile-'), await a.core.settings.exportProfile());
    const fresh = await open({ department: false, profilePath: file, profileWriteCheck: adminIsMe });
    expect(await fresh.core.settings.get()).toMatchObject({ ...departmentSettings, confirmedDestinations: [] });
    expect(await fresh.core.settings.getMachineProfileStatus()).toMatchObject({ outcome: 'applied', check: null });
    // Proposed, not used: the plain published form opens, nothing is posted to the endpoint.
    expect(await fresh.core.outbox.mailFormDestination()).toMatchObject({ formUrl: 'https://forms.gle/ASFmXTbgNwncrWL28', template: null });
    expect(await settingsAudit(fresh)).toEqual([{ operator: 'system', details: {
      source: 'machine-profile', changed: expect.stringContaining('department'), unconfirmed: 'forms.gle/AnotherDeskForm,desk.example.ac.jp/submissions',
    } }]);
  });

  it('is ignored for a data folder that already has settings', async () => {
    const t = await open();
    const file = writeProfile(tempDir('salvage-profile-'), { format: 'salvage-desk-profile', version: 1, ...departmentSettings });
    const before = await t.core.settings.get();
    await t.core.close();
    const again = await open({ dataDir: t.dataDir, secrets: t.secrets, department: false, profilePath: file, profileWriteCheck: adminIsMe });
    expect(await again.core.settings.get()).toEqual(before);
  });

  it('a broken or missing file leaves a fresh folder unconfigured, and the app still opens', async () => {
    const dir = tempDir('salvage-profile-');
    for (const file of [writeProfile(dir, '{ not json'), path.join(dir, 'absent.json'), dir]) {
      const t = await open({ department: false, profilePath: file, profileWriteCheck: adminIsMe });
      expect((await t.core.settings.get()).department.code).toBe('');
    }
    // A refused file is audited with the issue codes only, never the names or values in it.
    const file = writeProfile(dir, { format: 'salvage-desk-profile', version: 1, ...departmentSettings, retentionDays: 1 });
    const t = await open({ department: false, profilePath: file, profileWriteCheck: adminIsMe });
    expect(await settingsAudit(t)).toEqual([{ operator: 'system', details: { source: 'machine-profile', refused: 'input.invalid' } }]);
  });

  it('a planted file is refused before it is read: none of its text reaches the audit, at any start', async () => {
    const planted = '申請者 東大花子 03-123456 hanako@example.com \u001b[2J';
    const file = writeProfile(tempDir('salvage-profile-'), { format: 'salvage-desk-profile', version: 1, [planted]: 1, ['x'.repeat(200_000)]: 1 });
    const t = await open({ department: false, profilePath: file, profileWriteCheck: async () => ({ ok: false, problem: 'owner-not-admin', target: 'file' }) });
    await t.reopen();
    const entries = await settingsAudit(t);
    expect(entries).toHaveLength(2); // one per start, each saying only why
    for (const e of entries) expect(e.details).toEqual({ source: 'machine-profile', refused: 'writable-by-non-administrators', target: 'file', problem: 'owner-not-admin' });
  });

  it('an administrator\'s file with many wrong keys is audited by a few issue codes, not its key names', async () => {
    const junk = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`東大花子-${i}-${'x'.repeat(400)}`, i]));
    const file = writeProfile(tempDir('salvage-profile-'), { format: 'salvage-desk-profile', version: 1, ...departmentSettings, ...junk });
    const t = await open({ department: false, profilePath: file, profileWriteCheck: adminIsMe });
    const [entry, ...rest] = await settingsAudit(t);
    expect(rest).toEqual([]);
    expect(JSON.stringify(entry!.details)).not.toContain('東大花子');
    expect(JSON.stringify(entry!.details).length).toBeLessThan(300);
    expect(entry!.details).toMatchObject({ source: 'machine-profile', refused: expect.stringMatching(/^[a-z.,-]+$/) });
  });

  it('a profile a non-administrator owns or may write is not applied; the audit and Settings say why', async () => {
    const profile = { format: 'salvage-desk-profile', version: 1, ...departmentSettings, deliveryChannel: 'endpoint', endpointUrl: 'https://attacker.example/inbox' };
    // Owned by an ordinary user, checked with the real rule: root only.
    const planted = writeProfile(tempDir('salvage-profile-'), profile);
    if (process.getuid?.() === 0) fs.chownSync(planted, 65534, 65534); // running as root: hand it to "nobody"
    const t = await open({ department: false, profilePath: planted });
    expect(await t.core.settings.get()).toMatchObject({ department: { code: '' }, endpointUrl: null });
    expect(await t.core.settings.getMachineProfileStatus()).toMatchObject({ outcome: 'not-admin-only', check: { problem: 'owner-not-admin', target: 'file' }, path: planted });
    expect(await settingsAudit(t)).toEqual([{ operator: 'system', details: { source: 'machine-profile', refused: 'writable-by-non-administrators', target: 'file', problem: 'owner-not-admin' } }]);

    // Owned by the administrator, but the file or its folder writable by group or others.
    for (const [target, chmod] of [['file', (f: string) => fs.chmodSync(f, 0o666)], ['folder', (f: string) => fs.chmodSync(path.dirname(f), 0o777)]] as const) {
      const file = writeProfile(tempDir('salvage-profile-'), profile);
      chmod(file);
      const u = await open({ department: false, profilePath: file, profileWriteCheck: adminIsMe });
      expect((await u.core.settings.get()).endpointUrl).toBeNull();
      expect(await u.core.settings.getMachineProfileStatus()).toMatchObject({ outcome: 'not-admin-only', check: { problem: 'group-or-other-write', target } });
    }
  });

  it('a profile reached through a symlink is not applied, though the file and folder it points to pass', async () => {
    const profile = { format: 'salvage-desk-profile', version: 1, ...departmentSettings, deliveryChannel: 'endpoint', endpointUrl: 'https://attacker.example/inbox' };
    const real = writeProfile(tempDir('salvage-profile-'), profile); // owned by "the administrator", no group/other write
    expect(await adminIsMe(real)).toEqual({ ok: true });
    const linkedFile = path.join(tempDir('salvage-profile-'), 'profile.json');
    fs.symlinkSync(real, linkedFile);
    const linkedFolder = path.join(tempDir('salvage-profile-'), 'Salvage Desk');
    fs.symlinkSync(path.dirname(real), linkedFolder);
    for (const [file, target] of [[linkedFile, 'file'], [path.join(linkedFolder, 'profile.json'), 'folder']] as const) {
      const t = await open({ department: false, profilePath: file, profileWriteCheck: adminIsMe });
      expect((await t.core.settings.get()).endpointUrl).toBeNull();
      expect(await t.core.settings.getMachineProfileStatus()).toMatchObject({ outcome: 'not-admin-only', check: { problem: 'link', target } });
      expect(await settingsAudit(t)).toEqual([{ operator: 'system', details: { source: 'machine-profile', refused: 'writable-by-non-administrators', target, problem: 'link' } }]);
    }
  });

  it('a check that cannot be made applies nothing', async () => {
    const file = writeProfile(tempDir('salvage-profile-'), { format: 'salvage-desk-profile', version: 1, ...departmentSettings });
    const t = await open({ department: false, profilePath: file, profileWriteCheck: async () => { throw new Error('icacls missing'); } });
    expect((await t.core.settings.get()).department.code).toBe('');
    expect(await t.core.settings.getMachineProfileStatus()).toMatchObject({ outcome: 'not-admin-only', check: { problem: 'check-failed' } });
  });

  it('lives where IT expects it on each OS', () => {
    expect(machineProfilePath('win32', { ProgramData: 'D:\\ProgramData' })).toBe('D:\\ProgramData\\Salvage Desk\\profile.json');
    expect(machineProfilePath('win32', {})).toBe('C:\\ProgramData\\Salvage Desk\\profile.json');
    expect(machineProfilePath('darwin', {})).toBe('/Library/Application Support/Salvage Desk/profile.json');
    expect(machineProfilePath('linux', {})).toBe('/etc/salvage-desk/profile.json');
  });
});
