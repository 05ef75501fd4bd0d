// `npm run lint:security`: Electronegativity (https://github.com/doyensec/electronegativity) over
// the Electron shell (src-main/electron) and the preload. It parses the TypeScript sources
// directly. Exits 1 on any finding or parse error: zero findings is the bar. An unavoidable
// finding is suppressed in the code, on its line, with `eng-disable <CHECK_ID>` and the reason on
// the line above. The CLI of 1.10.3 cannot read its options with the commander version npm hoists
// here, so its runner is called directly.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

interface Finding {
  readonly id: string;
  readonly file: string;
  readonly location: { line: number; column: number };
  readonly description: string;
  readonly severity: { name: string };
  readonly confidence: { name: string };
}
interface RunResult {
  readonly globalChecks: number;
  readonly atomicChecks: number;
  readonly errors: ReadonlyArray<{ file: string; message: string; tolerable?: boolean }>;
  readonly issues: readonly Finding[];
}
type Runner = (options: Record<string, unknown>, forCli: boolean) => Promise<RunResult>;

/** Checks left out, each with the reason (global checks cannot be disabled on a source line). */
const EXCLUDED: Readonly<Record<string, string>> = {
  // Recognises a CSP only in a webRequest.onHeadersReceived callback or an HTML meta tag. Ours is
  // a response header of the app:// protocol handler (src-main/electron/app-protocol.ts, the
  // policy in csp.ts), asserted on every response in test/main/electron/app-protocol.test.ts.
  CSPGlobalCheck: 'CSP sent by the app:// protocol handler, tested',
  // Downloads Electron's release list from the internet; CI and the lint stay offline. Electron
  // updates are tracked through package.json like every other dependency.
  AvailableSecurityFixesGlobalCheck: 'needs the network',
};

const root = path.resolve(__dirname, '..', '..');
const require = createRequire(__filename);
const runnerPath = require.resolve('@doyensec/electronegativity/dist/runner.js');

// Electronegativity downloads translations (and, in one excluded check, Electron's release list)
// with `got`. The lint stays offline: its `got` answers "offline", which it already handles by
// using the bundled English texts.
const gotPath = createRequire(runnerPath).resolve('got');
const offlineGot = Object.assign(() => Promise.reject(new Error('offline: lint:security makes no network requests')), { offline: true });
const gotModule = new Module(gotPath);
gotModule.filename = gotPath;
gotModule.loaded = true;
gotModule.exports = offlineGot;
require.cache[gotPath] = gotModule;

const run = require(runnerPath) as Runner;
const electronVersion = (JSON.parse(readFileSync(path.join(root, 'node_modules/electron/package.json'), 'utf8')) as { version: string }).version;

async function main(): Promise<number> {
  // Scan exactly the shell and the preload (not the core, which never touches Electron).
  const input = mkdtempSync(path.join(tmpdir(), 'salvage-desk-eneg-'));
  try {
    cpSync(path.join(root, 'src-main/electron'), path.join(input, 'electron'), { recursive: true });
    cpSync(path.join(root, 'src-main/preload.ts'), path.join(input, 'preload.ts'));
    const result = await run(
      {
        input,
        customScan: [],
        excludeFromScan: Object.keys(EXCLUDED).map((c) => c.toLowerCase()),
        isRelative: true,
        isVerbose: false,
        electronVersionOverride: electronVersion,
        parserPlugins: [],
      },
      false,
    );
    for (const [check, why] of Object.entries(EXCLUDED)) console.log(`excluded ${check}: ${why}`);
    console.log(`Electronegativity: ${result.atomicChecks} atomic + ${result.globalChecks} global checks over src-main/electron and src-main/preload.ts (Electron ${electronVersion})`);
    for (const e of result.errors) console.log(`${e.tolerable ? 'warning' : 'PARSE ERROR'}: ${path.relative(input, e.file)}: ${e.message}`);
    for (const i of result.issues) {
      console.log(`FINDING ${i.id} (${i.severity.name}/${i.confidence.name}) src-main/${i.file}:${i.location.line}:${i.location.column} — ${i.description}`);
    }
    const failed = result.issues.length + result.errors.filter((e) => !e.tolerable).length;
    console.log(failed === 0 ? 'no findings' : `${failed} finding(s)`);
    return failed === 0 ? 0 : 1;
  } finally {
    rmSync(input, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
