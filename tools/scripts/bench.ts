// `npm run bench`: runs every benchmark module in tools/bench/ (or those named on the command
// line, e.g. `npm run bench -- store`) in turn and prints their figures. Targets are printed
// beside the figures; benchmarks never fail the build.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = path.join(import.meta.dirname, '..', 'bench');
const only = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)))
  .sort();

async function main(): Promise<void> {
  for (const file of files) {
    const mod = (await import(pathToFileURL(path.join(dir, file)).href)) as { default: () => Promise<void> };
    console.log(`\n=== ${file.replace(/\.ts$/, '')} ===`);
    await mod.default();
  }
}

// No top-level await: tsx compiles scripts as CommonJS here (package.json has no "type": "module").
void main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
