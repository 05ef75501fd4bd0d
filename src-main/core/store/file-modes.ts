// Files that hold personal data (database, WAL, shared memory, backups, ledgers) are readable by
// the signed-in user only. SQLite copies the database file's mode to its -wal/-shm files; we
// create the database file ourselves with 0o600 and re-check the companions after opening.
import fs from 'node:fs';

export const PRIVATE_FILE = 0o600;
export const PRIVATE_DIR = 0o700;

export function ensurePrivateDir(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR });
}

/** Create an empty file with 0o600 if it does not exist yet (SQLite treats it as a new database). */
export function touchPrivate(file: string): void {
  fs.closeSync(fs.openSync(file, 'a', PRIVATE_FILE));
  tightenIfExists(file);
}

export function tightenIfExists(file: string): void {
  if (process.platform === 'win32') return; // NTFS ACLs of the profile folder apply instead
  try {
    if ((fs.statSync(file).mode & 0o777) !== PRIVATE_FILE) fs.chmodSync(file, PRIVATE_FILE);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
}

/** Write a whole file that only the user can read, replacing it atomically. */
export function writePrivateFile(file: string, data: Uint8Array | string): void {
  const tmp = `${file}.${process.pid}.tmp`;
  const fd = fs.openSync(tmp, 'w', PRIVATE_FILE);
  try {
    try {
      fs.writeFileSync(fd, data);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    tightenIfExists(tmp);
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true }); // a full disk or a refused rename leaves no half-written copy
    throw e;
  }
}
