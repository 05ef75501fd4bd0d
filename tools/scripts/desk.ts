// `npm run desk -- --keys departments.jwks.json --port 8787 --data ./desk-data [--grace-days 30]`
// The reference desk receiver on 127.0.0.1 (SPEC §4). Logs one line per request with the status
// and submission id only (never payload contents). The key file is re-read when it changes.
import { parseArgs } from 'node:util';
import { startReceiver } from '../desk';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      keys: { type: 'string' },
      port: { type: 'string', default: '8787' },
      data: { type: 'string', default: './desk-data' },
      'grace-days': { type: 'string', default: '30' },
    },
  });
  const graceDays = Number(values['grace-days']);
  if (!values.keys || !Number.isInteger(graceDays) || graceDays < 0 || graceDays > 365) {
    process.stderr.write('usage: npm run desk -- --keys departments.jwks.json [--port 8787] [--data ./desk-data] [--grace-days 0–365, default 30]\n');
    process.exitCode = 2;
    return;
  }
  const receiver = await startReceiver({
    keys: values.keys,
    dataDir: values.data,
    port: Number(values.port),
    host: '127.0.0.1',
    graceDays,
    onRequest: (e) => process.stdout.write(`${new Date().toISOString()} ${e.method} ${e.status} ${e.code}${e.submissionId ? ` ${e.submissionId}` : ''}\n`),
  });
  process.stdout.write(`desk receiver listening on ${receiver.url} (keys: ${values.keys}, data: ${values.data})\n`);
  const stop = (): void => {
    void receiver.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

// No top-level await: tsx compiles scripts as CommonJS here (package.json has no "type": "module").
void main();
