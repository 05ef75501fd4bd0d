// Finds a Python that has fontTools (Debian: python3-fonttools; elsewhere `pip install fonttools`)
// and runs its command-line modules. The build-time font tools use it; the app never does.
import { execFileSync, spawnSync } from 'node:child_process';

const CANDIDATES = [process.env.PYTHON, '/usr/bin/python3', 'python3', 'python'].filter((p): p is string => Boolean(p));

export interface FontTools {
  readonly python: string;
  readonly version: string;
  /**
   * `python -m fontTools.<module> ...args`; throws with fontTools' own message on failure.
   * `epoch`: the Unix time fontTools writes as the font's modified date (SOURCE_DATE_EPOCH), so
   * the same input gives the same bytes on every run.
   */
  run(module: string, args: readonly string[], epoch: number): void;
}

export function findFontTools(): FontTools | null {
  for (const python of CANDIDATES) {
    const probe = spawnSync(python, ['-c', 'import fontTools; print(fontTools.version)'], { encoding: 'utf8' });
    if (probe.status !== 0) continue;
    return {
      python,
      version: probe.stdout.trim(),
      run: (module, args, epoch) => {
        const env = { ...process.env, SOURCE_DATE_EPOCH: String(epoch) };
        execFileSync(python, ['-m', `fontTools.${module}`, ...args], { stdio: ['ignore', 'ignore', 'pipe'], env });
      },
    };
  }
  return null;
}
