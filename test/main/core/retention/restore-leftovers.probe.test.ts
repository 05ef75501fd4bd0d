// Review probe: a restore that crashed while staging, or whose rollback could not delete the copy
// it moved out (a locked file), leaves "<data>.restoring-*" / "<data>.restore-failed-*" beside the
// data: a full copy of the backup's personal data. Retention must erase those too once they are old
// and no restore journal still holds them, or a purged case stays readable there forever.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { journalPath } from '../../../../src-main/core/backup/restore-journal';
import { oldRestoreFolders, removePaths } from '../../../../src-main/core/retention/restore-folders';

let base: string;
let dataDir: string;
beforeEach(() => {
  base = mkdtempSync(path.join(tmpdir(), 'sd-leftover-probe-'));
  dataDir = path.join(base, 'data');
  mkdirSync(dataDir);
});
afterEach(() => rmSync(base, { recursive: true, force: true }));

const folder = (name: string): string => {
  const p = path.join(base, name);
  mkdirSync(p);
  writeFileSync(path.join(p, 'salvage-desk.db'), '消去 確認子');
  return p;
};
const LATER = new Date('2026-07-01T00:00:00Z');

describe('what a restore left beside the data', () => {
  it('is erased by retention 30 days on, like the before-restore folder', () => {
    const staging = folder('data.restoring-2026-05-01T09-00-00-000Z');
    const failed = folder('data.restore-failed-2026-05-01T09-00-00-000Z');
    const before = folder('data.before-restore-2026-05-01T09-00-00-000Z');
    removePaths(oldRestoreFolders(dataDir, LATER));
    expect([staging, failed, before].filter(existsSync)).toEqual([]);
  });

  it('is kept while a restore journal still names it, and so is the previous data', () => {
    const staging = folder('data.restoring-2026-05-01T09-00-00-000Z');
    const previous = folder('data.previous-2026-05-01T09-00-00-000Z');
    writeFileSync(journalPath(dataDir), '{}');
    removePaths(oldRestoreFolders(dataDir, LATER));
    expect([staging, previous].filter(existsSync)).toEqual([staging, previous]);
  });

  it('leaves a fresh staging folder alone (a restore may be running)', () => {
    const staging = folder('data.restoring-2026-06-30T23-00-00-000Z');
    removePaths(oldRestoreFolders(dataDir, LATER));
    expect(existsSync(staging)).toBe(true);
  });
});
