// `npm run build:desk-verifier [-- <out.html>]`: writes the desk's verifier page, one self-contained
// HTML file (default out/desk-verifier/salvage-desk-verifier.html). See tools/desk-verifier/build.ts.
import { buildDeskVerifier, DEFAULT_OUT } from '../desk-verifier/build';

// No top-level await: tsx compiles scripts as CommonJS here (package.json has no "type": "module").
void buildDeskVerifier(process.argv[2] ?? DEFAULT_OUT).then((file) => {
  process.stdout.write(`desk verifier page written: ${file}\n`);
}, (e: unknown) => {
  process.stderr.write(`${String(e)}\n`);
  process.exitCode = 1;
});
