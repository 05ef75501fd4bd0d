// `npm run preview -- [--desk] [--data DIR] [--port N] [--memory-keychain] [--seed-demo-settings]`
// The real core behind a loopback-only browser preview. Prints exactly one line on stdout: the URL
// (with the per-run token in the fragment). Everything else goes to stderr.
import { isCoreError } from '../../src-main/core/errors';
import { PREVIEW_USAGE, parsePreviewArgs } from '../preview/preview-args';
import { startPreview } from '../preview/start-preview';

async function main(): Promise<void> {
  let options;
  try {
    options = parsePreviewArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n${PREVIEW_USAGE}\n`);
    process.exit(2);
  }
  if (options.help) {
    process.stdout.write(`${PREVIEW_USAGE}\n`);
    return;
  }
  const preview = await startPreview(options);
  process.stdout.write(`${preview.url}\n`);
  if (preview.desk) process.stderr.write(`preview: desk receiver at ${preview.desk.url}\n`);
  process.stderr.write(`preview: data in ${preview.dataDir}; saved files in ${preview.outputDir}; Ctrl+C stops.\n`);
  let closing = false;
  const stop = (): void => {
    if (closing) return;
    closing = true;
    preview.close().then(() => process.exit(0), () => process.exit(1));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  if (isCoreError(error)) {
    process.stderr.write(`preview: ${error.messages.en}\npreview: ${error.messages.ja}\n`);
    if (error.code === 'keychain-unavailable') {
      process.stderr.write('preview: run it under `npx tsx tools/scripts/with-keyring.ts npm run preview`, or add --memory-keychain (development only).\n');
    }
  } else {
    process.stderr.write(`preview: ${error instanceof Error ? error.message : String(error)}\n`);
  }
  process.exit(1);
});
