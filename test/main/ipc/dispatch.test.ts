import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { channels } from '../../../src-shared/ipc-contract';
import { CoreError } from '../../../src-main/core/errors';
import { makeIssue } from '../../../src-shared/domain';
import { dispatch } from '../../../src-main/ipc/dispatch';
import { createHandlers, type OutputHost } from '../../../src-main/ipc/handlers';
import { profileOf } from '../../../src-shared/profile/profile-schema';
import { createFakeCore, fakeSettings, type FakeCore } from './fake-core';
import { calledCore } from './core-calls';
import { malformedRequests, validRequests } from './sample-requests';

let dir: string;
let core: FakeCore;
let host: OutputHost & { [K in 'chooseSavePath' | 'chooseBackupToRestore' | 'printPdf' | 'restoreBackup' | 'chooseProfileToImport' | 'copyText' | 'openMailForm' | 'deskVerifierPage']: ReturnType<typeof vi.fn> };

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'sd-dispatch-'));
  core = createFakeCore();
  host = {
    chooseSavePath: vi.fn(async (_kind: string, name: string) => path.join(dir, name)),
    chooseBackupToRestore: vi.fn(async () => path.join(dir, 'in.sdbackup')),
    printPdf: vi.fn(async () => true),
    restoreBackup: vi.fn(async () => true),
    copyText: vi.fn(async () => undefined),
    openMailForm: vi.fn(async () => true),
    deskVerifierPage: vi.fn(async () => '<!doctype html><title>verifier</title>'),
    chooseProfileToImport: vi.fn(async () => {
      const file = path.join(dir, 'engineering.salvage-profile.json');
      writeFileSync(file, JSON.stringify(profileOf(fakeSettings)));
      return file;
    }),
  };
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('dispatch', () => {
  it.each(channels)('%s: a valid payload reaches the core and comes back as ok', async (channel) => {
    const result = await dispatch(createHandlers(core, host), channel, validRequests[channel]);
    expect(result.ok).toBe(true);
    const target = calledCore(core, channel);
    if (target) expect(target).toHaveBeenCalledTimes(1);
    else if (channel === 'clipboard:copy-text') expect(host.copyText).toHaveBeenCalledWith(validRequests[channel].text);
    else if (channel.startsWith('desk-verifier:')) expect(host.deskVerifierPage).toHaveBeenCalledTimes(1);
    else expect(host.restoreBackup).toHaveBeenCalledWith(path.join(dir, 'in.sdbackup'), 'correct horse battery', '窓口 太郎');
  });

  it.each(channels)('%s: a malformed payload is refused with validation issues and never reaches the core', async (channel) => {
    const result = await dispatch(createHandlers(core, host), channel, malformedRequests[channel]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('validation');
    expect(result.error.issues.length).toBeGreaterThan(0);
    expect(result.error.message.ja).not.toBe('');
    const target = calledCore(core, channel);
    if (target) expect(target).not.toHaveBeenCalled();
    expect(host.chooseSavePath).not.toHaveBeenCalled();
  });

  it('names the offending field in the issue path', async () => {
    const result = await dispatch(createHandlers(core, host), 'cases:create-case', { input: { applicant: { name: 42 } }, operator: 'x' });
    expect(result.ok ? [] : result.error.issues.map((i) => i.path)).toEqual(['input.applicant.name']);
  });

  it('passes the operator and the parsed arguments through', async () => {
    await dispatch(createHandlers(core, host), 'cases:finalize-case', { id: 'case-9', operator: '窓口 太郎' });
    expect(core.cases.finalize).toHaveBeenCalledWith('case-9', { operator: '窓口 太郎' });
  });

  it('returns a CoreError as data, with every issue', async () => {
    const issue = makeIssue('applicant.name', 'name.required');
    vi.mocked(core.cases.finalize).mockRejectedValueOnce(new CoreError('validation', { ja: '確定できません', en: 'Cannot finalize' }, [issue]));
    const result = await dispatch(createHandlers(core, host), 'cases:finalize-case', validRequests['cases:finalize-case']);
    expect(result).toEqual({ ok: false, error: { code: 'validation', message: { ja: '確定できません', en: 'Cannot finalize' }, issues: [issue] } });
  });

  it('hides unexpected errors: generic internal code, no message or stack from the thrown error', async () => {
    const onUnexpected = vi.fn();
    vi.mocked(core.cases.get).mockRejectedValueOnce(new TypeError('SQLITE: value 東大 花子 at /home/staff/secret'));
    const result = await dispatch(createHandlers(core, host), 'cases:get-case', { id: 'case-1' }, { onUnexpected });
    expect(result.ok).toBe(false);
    const text = JSON.stringify(result);
    expect(text).toContain('"code":"internal"');
    expect(text).not.toMatch(/東大|secret|SQLITE|at /);
    expect(onUnexpected).toHaveBeenCalledWith('cases:get-case', 'TypeError');
  });

  it('answers a full disk under the database as a typed I/O error that says to free space, without the SQL message', async () => {
    const SqliteError = (Database as unknown as { SqliteError: new (m: string, c: string) => Error }).SqliteError;
    vi.mocked(core.cases.get).mockRejectedValueOnce(new SqliteError('INSERT failed near value 東大 花子', 'SQLITE_FULL'));
    const result = await dispatch(createHandlers(core, host), 'cases:get-case', { id: 'case-1' });
    expect(result.ok ? null : result.error.code).toBe('io');
    expect(result.ok ? '' : result.error.message.ja).toContain('ディスクの空き容量');
    expect(JSON.stringify(result)).not.toMatch(/東大|INSERT/);
  });

  it('refuses an unknown channel', async () => {
    const result = await dispatch(createHandlers(core, host), 'shell:exec', {});
    expect(result.ok ? null : result.error.code).toBe('unknown-channel');
  });

  it('saves the record PDF under the case number only, and audits the save', async () => {
    const result = await dispatch(createHandlers(core, host), 'records:save-record-pdf', validRequests['records:save-record-pdf']);
    expect(result).toEqual({ ok: true, value: { saved: true } });
    expect(host.chooseSavePath).toHaveBeenCalledWith('record-pdf', 'SD-2026-0001.pdf');
    expect(readFileSync(path.join(dir, 'SD-2026-0001.pdf'), 'latin1')).toMatch(/^%PDF/);
    expect(core.records.logOutput).toHaveBeenCalledWith('case-1', 'save', { operator: '窓口 太郎' });
  });

  it('a cancelled dialog saves nothing and audits nothing', async () => {
    host.chooseSavePath.mockResolvedValueOnce(null);
    const result = await dispatch(createHandlers(core, host), 'records:save-record-pdf', validRequests['records:save-record-pdf']);
    expect(result).toEqual({ ok: true, value: { saved: false } });
    expect(core.records.logOutput).not.toHaveBeenCalled();
  });

  it('a cancelled print is not audited', async () => {
    host.printPdf.mockResolvedValueOnce(false);
    const result = await dispatch(createHandlers(core, host), 'records:print-record', validRequests['records:print-record']);
    expect(result).toEqual({ ok: true, value: { printed: false } });
    expect(core.records.logOutput).not.toHaveBeenCalled();
  });

  it('refuses to print a draft (no case number yet)', async () => {
    vi.mocked(core.cases.get).mockResolvedValueOnce({ ...(await core.cases.get('d')), caseNumber: null });
    const result = await dispatch(createHandlers(core, host), 'records:print-record', validRequests['records:print-record']);
    expect(result.ok ? null : result.error.code).toBe('invalid-state');
    expect(host.printPdf).not.toHaveBeenCalled();
  });

  it('prints the applicant notice as a job named by the case number, and audits it as the notice', async () => {
    const result = await dispatch(createHandlers(core, host), 'records:print-applicant-notice', validRequests['records:print-applicant-notice']);
    expect(result).toEqual({ ok: true, value: { printed: true } });
    expect(core.records.applicantNoticePdf).toHaveBeenCalledWith('case-1');
    expect(host.printPdf).toHaveBeenCalledWith(expect.any(Uint8Array), 'SD-2026-0001-applicant-notice');
    expect(core.records.logOutput).toHaveBeenCalledWith('case-1', 'print', { operator: '窓口 太郎', document: 'applicant-notice' });
  });

  it('saves the applicant notice under "<case number>-applicant-notice.pdf" only', async () => {
    const result = await dispatch(createHandlers(core, host), 'records:save-applicant-notice-pdf', validRequests['records:save-applicant-notice-pdf']);
    expect(result).toEqual({ ok: true, value: { saved: true } });
    expect(host.chooseSavePath).toHaveBeenCalledWith('applicant-notice-pdf', 'SD-2026-0001-applicant-notice.pdf');
    expect(readFileSync(path.join(dir, 'SD-2026-0001-applicant-notice.pdf'), 'latin1')).toContain('fake notice');
    expect(core.records.logOutput).toHaveBeenCalledWith('case-1', 'save', { operator: '窓口 太郎', document: 'applicant-notice' });
  });

  it('refuses the notice of a draft before anything is rendered or printed', async () => {
    vi.mocked(core.cases.get).mockResolvedValueOnce({ ...(await core.cases.get('d')), caseNumber: null });
    const result = await dispatch(createHandlers(core, host), 'records:print-applicant-notice', validRequests['records:print-applicant-notice']);
    expect(result.ok ? null : result.error.code).toBe('invalid-state');
    expect(host.printPdf).not.toHaveBeenCalled();
  });

  it('prints the filtered case list as "case-list-<Tokyo date>", and audits the row count only', async () => {
    vi.mocked(core.cases.list).mockResolvedValueOnce([await core.cases.get('a'), await core.cases.get('b')]);
    const now = () => new Date('2026-04-30T16:30:00Z'); // 1 May in Tokyo
    const result = await dispatch(createHandlers(core, host, now), 'records:print-case-list', validRequests['records:print-case-list']);
    expect(result).toEqual({ ok: true, value: { printed: true } });
    expect(core.records.caseListPdf).toHaveBeenCalledWith({ status: ['finalized'], query: '花子' });
    expect(host.printPdf).toHaveBeenCalledWith(expect.any(Uint8Array), 'case-list-2026-05-01');
    expect(core.records.logCaseListOutput).toHaveBeenCalledWith('print', { operator: '窓口 太郎', rows: 2 });
  });

  it('a cancelled case-list print is not audited', async () => {
    host.printPdf.mockResolvedValueOnce(false);
    const result = await dispatch(createHandlers(core, host), 'records:print-case-list', { operator: '窓口 太郎' });
    expect(result).toEqual({ ok: true, value: { printed: false } });
    expect(core.records.caseListPdf).toHaveBeenCalledWith({});
    expect(core.records.logCaseListOutput).not.toHaveBeenCalled();
  });

  it('backup restore reports "not available" where the host cannot restore', async () => {
    const { restoreBackup: _omit, ...hostWithoutRestore } = host;
    const result = await dispatch(createHandlers(core, hostWithoutRestore), 'backup:restore-backup', validRequests['backup:restore-backup']);
    expect(result.ok ? null : result.error.code).toBe('io');
  });
});
