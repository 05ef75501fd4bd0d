// Durable storage of accepted submissions on the desk side: one JSON file per submission id,
// written to a temporary name, fsync'ed, renamed, and the directory fsync'ed, so a receipt is
// only ever given for a submission that survives a power cut. Files hold personal data: 0o600.
import { createHash, randomUUID } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, writeSync } from 'node:fs';
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
  put(submissionId: string, kid: string, jws: string, receivedAt: string): StoredSubmission;
  count(): number;
  ids(): string[];
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

export function openDeskStore(dataDir: string): DeskStore {
  const dir = path.join(dataDir, 'submissions');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const index = new Map<string, StoredSubmission>();
  for (const f of readdirSync(dir)) {
    if (!f.endsWith('.json')) continue; // leftovers of an interrupted write end in .tmp
    const s = JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as StoredSubmission;
    index.set(s.submissionId, s);
  }
  return {
    get: (id) => index.get(id),
    count: () => index.size,
    ids: () => [...index.keys()],
    put(submissionId, kid, jws, receivedAt) {
      const record: StoredSubmission = { submissionId, receiptId: randomUUID(), receivedAt, kid, jwsSha256: sha256Hex(jws), jws };
      const file = path.join(dir, `${submissionId}.json`);
      const tmp = `${file}.${process.pid}.tmp`;
      const fd = openSync(tmp, 'w', 0o600);
      try {
        writeSync(fd, JSON.stringify(record));
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      renameSync(tmp, file);
      fsyncDir(dir);
      index.set(submissionId, record);
      return record;
    },
  };
}
