// Build the renderer and the preview bridge once, before the workers start their previews.
import { ensurePreviewAssets } from '../../../tools/preview/build-assets';

export default async function globalSetup(): Promise<void> {
  await ensurePreviewAssets(process.cwd(), (line) => process.stderr.write(`${line}\n`));
}
