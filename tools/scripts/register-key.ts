// `npm run desk:register -- --keys departments.jwks.json --department <code> <exported.jwks.json>`
// (also --list, --remove <kid>) — see src-main/desk/register-cli.ts.
import { runRegister } from '../desk/register-cli';

// No top-level await: tsx compiles scripts as CommonJS here (package.json has no "type": "module").
void runRegister(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
}).then((code) => {
  process.exitCode = code;
});
