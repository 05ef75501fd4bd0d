// A shipped migration must keep producing the same schema on every new installation, however its
// SQL is built: the stored CREATE text of every table, index and trigger after each shipped step
// (1 … 10) is compared with the text recorded in shipped-schema.txt when those steps shipped.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migratedTo } from './migrate-upto';

const SHIPPED_STEPS = 10;

interface SchemaRow { type: string; name: string; tbl_name: string; sql: string | null }

function schemaAfter(version: number): string {
  const db = migratedTo(version);
  const rows = db.prepare<[], SchemaRow>('SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name').all();
  db.close();
  return [`== after ${version}`, ...rows.map((r) => `${r.type} ${r.name} ${r.tbl_name}\n${r.sql}`)].join('\n');
}

function recordedSchemas(): string[] {
  const text = readFileSync(join(__dirname, 'shipped-schema.txt'), 'utf8');
  return text.trimEnd().split(/\n(?=== after \d+$)/m);
}

describe('shipped migrations', () => {
  it.each(Array.from({ length: SHIPPED_STEPS }, (_v, i) => i + 1))('step %i still builds the recorded schema', (version) => {
    expect(schemaAfter(version)).toBe(recordedSchemas()[version - 1]);
  });
});
