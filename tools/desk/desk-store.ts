// Durable storage of accepted submissions on the desk side: one JSON file per id, written to a
// temporary name, fsync'ed, then linked into place (never over an existing file, so a stored
// submission keeps its first receipt forever), and the directory fsync'ed, so a receipt is only
// given for a submission that survives a power cut. Files hold personal data: 0o600.
// Requests live in submissions/, correction notices beside them in amendments/.
import { createHash, randomUUID } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, linkSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, unlinkSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';

export interface StoredSubmission {
  readonly submissionId: string;
  readonly receiptId: string;
  readonly receivedAt: string;
  readonly kid: string;
  readonly jwsSha256: string;
  readonly jws: string;
}

export interface DeskStore {
  get(submissionId: string): StoredSubmission | undefined;
  /** Stores a new submission; when the id is already stored, returns what was stored first (never rewritten). */
  put(submissionId: string, kid: string, jws: string, receivedAt: string): StoredSubmission;
  count(): number;
  ids(): string[];
}

export interface DeskStoreOptions {
  /** Sub-folder of the data folder: 'submissions' (requests, the default) or 'amendments'. */
  readonly folder?: 'submissions' | 'amendments';
  /** Fsyncs a directory; injectable so tests can make it fail the way Windows does. */
  readonly fsyncDirectory?: (dir: string) => void;
  /** Hard-links a file; injectable so tests can act as a file system without hard links. */
  readonly link?: (existing: string, created: string) => void;
  /** Where a skipped file is reported (default: stderr). */
  readonly log?: (line: string) => void;
}

export const sha256Hex = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

function fsyncDir(dir: string): void {
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

// Windows cannot open a directory for fsync (EPERM / EISDIR); NTFS makes the rename durable on its
// own there, so these two are tolerated. Any other error still fails the write.
const TOLERATED_DIR_FSYNC = new Set(['EPERM', 'EISDIR']);
/** Errors of a hard link on a file system that has none. */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'ENOSYS', 'EOPNOTSUPP']);

function isStored(value: unknown): value is StoredSubmission {
  const v = value as Partial<Record<keyof StoredSubmission, unknown>> | null;
  return typeof v === 'object' && v !== null && (['submissionId', 'receiptId', 'receivedAt', 'kid', 'jwsSha256', 'jws'] as const).every((k) => typeof v[k] === 'string');
}

/** Every stored file; a file that cannot be read is skipped with a log line (one bad file must not stop the desk). */
function loadIndex(dir: string, log: (line: string) => void): Map<string, StoredSubmission> {
  const index = new Map<string, StoredSubmission>();
  for (const f of readdirSync(dir)) {
    if (!f.endsWith('.json')) continue; // leftovers of an interrupted write end in .tmp
    try {
      const s: unknown = JSON.parse(readFileSync(path.join(dir, f), 'utf8'));
      if (!isStored(s)) throw new Error('not a stored submission');
      index.set(s.submissionId, s);
    } catch (e) {
      log(`desk store: skipped unreadable file ${path.join(dir, f)} (${(e as Error).message}); move it aside and check it by hand`);
    }
  }
  return index;
}

function writeNew(file: string, record: StoredSubmission, link: (existing: string, created: string) => void): boolean {
  const tmp = `${file}.${process.pid}.${randomUUID()}.tmp`;
  const fd = openSync(tmp, 'wx', 0o600);
  try {
    writeSync(fd, JSON.stringify(record));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    link(tmp, file); // fails with EEXIST instead of replacing a stored file
    return true;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    if (code === 'EEXIST') return false;
    if (!NO_HARD_LINKS.has(code)) throw e;
  } finally {
    if (existsSync(tmp)) unlinkSync(tmp);
  }
  // A file system without hard links (FAT, some network shares): check, then rename. Only one put
  // per id runs at a time (the receiver's in-flight set), so nothing can slip in between.
  if (existsSync(file)) return false;
  writeFileSync(tmp, JSON.stringify(record), { mode: 0o600, flag: 'wx', flush: true });
  renameSync(tmp, file);
  return true;
}

export function openDeskStore(dataDir: string, options: DeskStoreOptions = {}): DeskStore {
  const dir = path.join(dataDir, options.folder ?? 'submissions');
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const syncDir = options.fsyncDirectory ?? fsyncDir;
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const index = loadIndex(dir, log);
  return {
    get: (id) => index.get(id),
    count: () => index.size,
    ids: () => [...index.keys()],
    put(submissionId, kid, jws, receivedAt) {
      const known = index.get(submissionId);
      if (known) return known;
      const file = path.join(dir, `${submissionId}.json`);
      const record: StoredSubmission = { submissionId, receiptId: randomUUID(), receivedAt, kid, jwsSha256: sha256Hex(jws), jws };
      const stored = writeNew(file, record, options.link ?? linkSync) ? record : (JSON.parse(readFileSync(file, 'utf8')) as StoredSubmission);
      index.set(submissionId, stored); // before the directory fsync: a retry after its failure finds the first receipt
      try {
        syncDir(dir);
      } catch (e) {
        if (!TOLERATED_DIR_FSYNC.has((e as NodeJS.ErrnoException).code ?? '')) throw e;
      }
      return stored;
    },
  };
}
