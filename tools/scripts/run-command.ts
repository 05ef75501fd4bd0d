// Runs a command with the terminal attached, forwards Ctrl+C / termination to it and resolves with
// its exit code (128 + signal number when a signal ended it, as a POSIX shell reports it).
import { spawn, type SpawnOptions } from 'node:child_process';
import { constants } from 'node:os';
import type { Readable } from 'node:stream';

const FORWARDED = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** `filterStderr` receives the command's stderr when `options.stdio` pipes it. */
export function runCommand(command: string, args: readonly string[], options: SpawnOptions = {}, filterStderr?: (stderr: Readable) => void): Promise<number> {
  return new Promise((resolve) => {
    // On Windows `npm`, `npx` and `tsx` are .cmd files, which only a shell can start.
    const child = spawn(command, [...args], { stdio: 'inherit', shell: process.platform === 'win32', ...options });
    if (filterStderr && child.stderr) filterStderr(child.stderr);
    const forward = (signal: NodeJS.Signals) => () => void child.kill(signal);
    const handlers = FORWARDED.map((signal) => [signal, forward(signal)] as const);
    for (const [signal, handler] of handlers) process.on(signal, handler);
    const done = (code: number) => {
      for (const [signal, handler] of handlers) process.off(signal, handler);
      resolve(code);
    };
    child.on('error', (error) => {
      process.stderr.write(`${command}: ${error.message}\n`);
      done(127); // what a shell answers for a command it cannot start
    });
    child.on('exit', (code, signal) => done(code ?? 128 + (signal ? constants.signals[signal] : 0)));
  });
}
