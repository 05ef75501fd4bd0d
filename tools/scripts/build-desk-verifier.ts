// `npm run build:desk-verifier [-- <out.html>]`: writes the desk's verifier page, one self-contained
// HTML file (default out/desk-verifier/salvage-desk-verifier.html), and prints its SHA-256 (the
// same hex `sha256sum` prints and Settings shows) to compare with the published one. See
// tools/desk-verifier/build.ts.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { buildDeskVerifier, DEFAULT_OUT } from '../desk-verifier/build';

// No top-level await: tsx compiles scripts as CommonJS here (package.json has no "type": "module").
void buildDeskVerifier(process.argv[2] ?? DEFAULT_OUT).then((file) => {
  const sha256 = createHash('sha256').update(readFileSync(file)).digest('hex');
  process.stdout.write(`desk verifier page written: ${file}\nSHA-256: ${sha256}\n`);
}, (e: unknown) => {
  process.stderr.write(`${String(e)}\n`);
  process.exitCode = 1;
});
