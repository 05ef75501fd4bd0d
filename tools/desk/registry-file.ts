// The desk's registry file (the JWKS that desk:register and the verifier page write): read with the
// shared schema, written atomically (a unique temporary name, then a rename) so a running receiver,
// which re-reads it when it changes, never sees half a file.
import { randomUUID } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { parseRegistry, registerKeys, registryJson, type Registry } from '../../src-shared/protocol/verify';

export function readRegistryFile(file: string): Registry {
  return parseRegistry(JSON.parse(readFileSync(file, 'utf8')));
}

export function writeRegistryFile(file: string, registry: Registry): void {
  const tmp = `${file}.${randomUUID()}.tmp`;
  writeFileSync(tmp, registryJson(registry), { mode: 0o644 });
  renameSync(tmp, file);
}

/**
 * Registers the keys of a counter's exported public-key file for `department` into the registry
 * file (created when missing); the registry may be the exported file itself. Throws when the
 * shared checks refuse. For the preview's built-in desk and for tests; the desk itself uses
 * `npm run desk:register` or its verifier page.
 */
export async function registerExportedFile(registryFile: string, exportedFile: string, department: string, at = new Date()): Promise<Registry> {
  const exported = JSON.parse(readFileSync(exportedFile, 'utf8')) as unknown;
  let registry: Registry = { keys: [] };
  if (registryFile !== exportedFile) {
    try {
      registry = readRegistryFile(registryFile);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
  }
  const outcome = await registerKeys(registry, exported, department, at);
  if (!outcome.ok) throw new Error(`${outcome.message.en} (${outcome.problem})`);
  writeRegistryFile(registryFile, outcome.registry);
  return outcome.registry;
}
