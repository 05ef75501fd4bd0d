// The one way a handler saves a file the user places: ask the host's save dialog where, and write
// only when a place was chosen. Cancelling (or a dialog that answers without a path) writes
// nothing, audits nothing and answers false, the same for every kind of file.
import type { OutputHost, SaveKind } from './handler-types';

export async function saveThroughDialog(
  host: Pick<OutputHost, 'chooseSavePath'>,
  kind: SaveKind,
  defaultName: string,
  write: (target: string) => Promise<void>,
): Promise<boolean> {
  const target = await host.chooseSavePath(kind, defaultName);
  if (!target) return false;
  await write(target);
  return true;
}
