// Command-line options of `npm run preview -- …`, validated (a typo must not silently start a
// preview with other data than intended).
import { parseArgs } from 'node:util';
import { z } from 'zod';
import type { PreviewOptions } from './start-preview';

export const PREVIEW_USAGE = `Usage: npm run preview -- [--desk] [--data DIR] [--port N] [--memory-keychain] [--seed-demo-settings]
  --desk                 also run the reference desk receiver with this department's key; the endpoint points at it
  --data DIR             keep the data in DIR (default: a temporary folder, deleted on exit)
  --port N               listen on 127.0.0.1:N (default: any free port)
  --memory-keychain      keep the database key in memory instead of the OS keychain (DEVELOPMENT ONLY)
  --seed-demo-settings   set a demo department (engineering) and two staff members`;

const portSchema = z.coerce.number().int().min(0).max(65535);

export function parsePreviewArgs(argv: readonly string[]): PreviewOptions & { help: boolean } {
  const { values } = parseArgs({
    args: [...argv],
    strict: true,
    allowPositionals: false,
    options: {
      desk: { type: 'boolean', default: false },
      data: { type: 'string' },
      port: { type: 'string' },
      'memory-keychain': { type: 'boolean', default: false },
      'seed-demo-settings': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const port = values.port === undefined ? undefined : portSchema.safeParse(values.port);
  if (port && !port.success) throw new Error(`--port must be a number from 0 to 65535 (got "${values.port}")`);
  if (values.data !== undefined && values.data.trim() === '') throw new Error('--data needs a folder');
  return {
    help: values.help,
    desk: values.desk,
    dataDir: values.data,
    port: port?.data,
    memoryKeychain: values['memory-keychain'],
    seedDemoSettings: values['seed-demo-settings'],
  };
}
