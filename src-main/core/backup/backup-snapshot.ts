// The temporary snapshot a backup is made from: a full copy of the database (still under the
// database key) beside it in the data folder, removed as soon as it has been read. A copy that a
// crash or a locked file (antivirus, indexer) left behind would outlive every later erasure, so
// each open and each retention run removes whatever snapshots are still there.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { CoreError } from '../errors';

const SNAPSHOT = /^\.backup-[^/\\]*\.tmp$/;

export const newSnapshotPath = (dataDir: string): string => path.join(dataDir, `.backup-${randomUUID()}.tmp`);

/** The snapshots left in the data folder (none when it cannot be read). */
export function leftSnapshots(dataDir: string): string[] {
  try {
    return fs.readdirSync(dataDir).filter((n) => SNAPSHOT.test(n)).map((n) => path.join(dataDir, n));
  } catch {
    return [];
  }
}

/** Removes one snapshot; when it cannot be removed, staff are told what is left and what happens next. */
export function removeSnapshot(snapshot: string): void {
  try {
    fs.rmSync(snapshot, { force: true });
  } catch (e) {
    throw new CoreError('io', {
      ja: 'バックアップ用の一時コピー(データベースの複製)をデータフォルダーから削除できませんでした。ほかのアプリ(ウイルス対策ソフトなど)が使用中の可能性があります。バックアップは保存していません。しばらくしてからもう一度バックアップしてください。一時コピーは次の起動時と次の自動削除で改めて削除します。',
      en: 'The temporary copy of the database made for the backup could not be removed from the data folder; another program (such as antivirus software) may be using it. The backup was not saved. Back up again in a little while. The temporary copy is removed again at the next start and the next automatic erasure.',
    }, [], { cause: e });
  }
}
