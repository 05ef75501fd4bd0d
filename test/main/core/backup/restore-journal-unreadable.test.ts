// A restore journal that exists but cannot be read at start (a scanner holding it: EBUSY; no
// permission: EACCES) must stop the start like a damaged one. Taken for "no journal", a crash
// between the two renames would leave no data folder and a fresh empty store would open.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isCoreError } from '../../../../src-main/core/errors';
import { journalPath, writeJournal } from '../../../../src-main/core/backup/restore-journal';
import { settleRestore } from '../../../../src-main/core/backup/swap-data-dir';
import { tempDir } from '../open-test-core';

afterEach(() => { vi.restoreAllMocks(); });

/** A restore that crashed after "data → previous", before "staging → data": no data folder at all. */
function crashedMidSwap(): { dataDir: string; previous: string } {
  const dataDir = path.join(tempDir('sd-journal-locked-'), 'data');
  const stamp = '2026-05-01T03-00-00-000Z';
  const previous = `${dataDir}.previous-${stamp}`;
  fs.mkdirSync(previous, { recursive: true });
  fs.writeFileSync(path.join(previous, 'salvage-desk.db'), 'CURRENT');
  writeJournal({ state: 'swapping', dataDir, previous, staging: `${dataDir}.restoring-${stamp}`, failed: `${dataDir}.restore-failed-${stamp}`, beforeRestore: `${dataDir}.before-restore-${stamp}` });
  return { dataDir, previous };
}

function lockJournal(dataDir: string, code: string): void {
  const real = fs.readFileSync;
  vi.spyOn(fs, 'readFileSync').mockImplementation(((p: fs.PathOrFileDescriptor, ...rest: unknown[]) => {
    if (p === journalPath(dataDir)) throw Object.assign(new Error(`${code}: cannot open`), { code });
    return (real as (...a: unknown[]) => unknown)(p, ...rest);
  }) as typeof fs.readFileSync);
}

describe('a restore journal present but unreadable at start', () => {
  it.each(['EBUSY', 'EACCES', 'EPERM'])('%s stops the start, says why, and moves nothing', (code) => {
    const { dataDir, previous } = crashedMidSwap();
    lockJournal(dataDir, code);
    let caught: unknown;
    try {
      settleRestore(dataDir);
    } catch (e) {
      caught = e;
    }
    expect(isCoreError(caught) && caught.code).toBe('restore-incomplete');
    expect(isCoreError(caught) && caught.messages.en).toMatch(/cannot be read.*another program/);
    expect(fs.existsSync(path.join(previous, 'salvage-desk.db'))).toBe(true);
    expect(fs.existsSync(dataDir)).toBe(false);
    expect(fs.existsSync(journalPath(dataDir))).toBe(true);
  });

  it('once readable again, the next start puts the previous data back', () => {
    const { dataDir } = crashedMidSwap();
    expect(settleRestore(dataDir)).toBe('rolled-back');
    expect(fs.readFileSync(path.join(dataDir, 'salvage-desk.db'), 'utf8')).toBe('CURRENT');
  });

  it('no journal at all is an ordinary start', () => {
    const dataDir = path.join(tempDir('sd-journal-none-'), 'data');
    expect(settleRestore(dataDir)).toBe('none');
  });
});
