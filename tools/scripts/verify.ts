// `npm run verify -- <file-with-jws | -> --keys departments.jwks.json [--received-at <ISO time>] [--grace-days <n>]` — see tools/desk/verify-cli.ts.
import { runVerify } from '../desk/verify-cli';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

// No top-level await: tsx compiles scripts as CommonJS here (package.json has no "type": "module").
void runVerify(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  readStdin,
}).then((code) => {
  process.exitCode = code;
});
