// Review probe: the restore journal lies beside the data folder, where whoever holds the data can
// write. Its paths must be the app's own sibling names of the data folder: a planted journal must
// never make the app's start rename or recursively delete a folder elsewhere.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { settleRestore } from '../../../../src-main/core/backup/swap-data-dir';
import { journalPath } from '../../../../src-main/core/backup/restore-journal';

let base: string;
let dataDir: string;
let victim: string;
beforeEach(() => {
  base = mkdtempSync(path.join(tmpdir(), 'sd-journal-probe-'));
  dataDir = path.join(base, 'app', 'data');
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(path.join(dataDir, 'salvage-desk.db'), 'CURRENT');
  victim = path.join(base, 'Documents');
  mkdirSync(victim);
  writeFileSync(path.join(victim, 'thesis.docx'), 'years of work');
});
afterEach(() => rmSync(base, { recursive: true, force: true }));

const plant = (j: Record<string, unknown>) => writeFileSync(journalPath(dataDir), JSON.stringify(j));
/** Runs the start's settle step; true when it refused (threw). */
const refused = (): boolean => {
  try {
    settleRestore(dataDir);
    return false;
  } catch {
    return true;
  }
};

describe('a planted restore journal', () => {
  it('cannot make the start delete a folder outside the app\'s own names', () => {
    plant({ state: 'swapping', dataDir, previous: null, staging: victim, failed: path.join(base, 'x'), beforeRestore: path.join(base, 'y') });
    const threw = refused();
    expect(existsSync(path.join(victim, 'thesis.docx'))).toBe(true);
    expect(existsSync(path.join(dataDir, 'salvage-desk.db'))).toBe(true);
    expect(threw).toBe(true);
  });

  it('cannot swap another folder in as the data, nor move the data away', () => {
    plant({ state: 'swapping', dataDir, previous: victim, staging: `${dataDir}.restoring-2026-05-01T09-00-00-000Z`, failed: path.join(base, 'taken'), beforeRestore: path.join(base, 'y') });
    const threw = refused();
    expect(existsSync(path.join(victim, 'thesis.docx'))).toBe(true);
    expect(existsSync(path.join(dataDir, 'salvage-desk.db'))).toBe(true);
    expect(threw).toBe(true);
  });

  it('naming another data folder is refused', () => {
    const other = path.join(base, 'other');
    mkdirSync(other);
    plant({ state: 'swapping', dataDir: other, previous: null, staging: `${other}.restoring-x`, failed: `${other}.restore-failed-x`, beforeRestore: `${other}.before-restore-x` });
    const threw = refused();
    expect(existsSync(other)).toBe(true);
    expect(threw).toBe(true);
  });
});
