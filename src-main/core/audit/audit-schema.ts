// The audit table as this version declares it: the table, its index and its append-only triggers,
// exactly as the migrations build them (their stored CREATE text). Anything else found for the
// table (declared again without STRICT or with other types, a trigger or index dropped, added or
// changed) means the database was edited directly: a recorded break ('schema-changed'), since a
// table declared otherwise can hold values the chain never holds, or take edits without a trace.
// So does a trigger on any other table that the migrations do not build, or build otherwise: it runs
// with the app's own writes and could drop or rewrite them (the checkpoint in meta, an erasure).
import Database from 'better-sqlite3-multiple-ciphers';
import { migrations } from '../migrations';
import { migrate } from '../store/migrate';
import { CoreError } from '../errors';
import { auditUnwritable } from './audit-log';
import { sha256Hex } from './hash';

interface SchemaRow {
  readonly type: string;
  readonly name: string;
  readonly sql: string | null;
}

/** Every schema object of the audit table, whatever case its name was written in, and every trigger. */
const AUDIT_OBJECTS = `SELECT type, name, sql FROM sqlite_master WHERE tbl_name = 'audit' COLLATE NOCASE OR type = 'trigger' COLLATE NOCASE ORDER BY type, name`;

function objectsOf(db: Database.Database): SchemaRow[] {
  return db.prepare<[], SchemaRow>(AUDIT_OBJECTS).all();
}

/** Whitespace is not meaning: a trigger put back in other layout (as earlier builds did) is the same. */
const textOf = (rows: readonly SchemaRow[]): string => JSON.stringify(rows.map((r) => [r.type, r.name, r.sql?.replace(/\s+/g, ' ').trim() ?? null]));

let declared: readonly SchemaRow[] | null = null;

/** What the migrations build, once per process (an empty in-memory database, migrated). */
function declaredObjects(): readonly SchemaRow[] {
  if (declared === null) {
    const db = new Database(':memory:');
    try {
      migrate(db, migrations);
      declared = objectsOf(db);
    } finally {
      db.close();
    }
  }
  return declared;
}

/** Null when the audit table and the triggers are as declared; otherwise a digest of what was found instead. */
export function auditSchemaChange(db: Database.Database): string | null {
  const found = textOf(objectsOf(db));
  return found === textOf(declaredObjects()) ? null : sha256Hex(found).slice(0, 32);
}

/**
 * Puts back an append-only trigger the app itself lifted for a rewrite, in exactly the declared
 * text; one that is there is left as it is (a changed one is the repair's, below, with its break).
 */
export function ensureAppendOnly(db: Database.Database): void {
  createMissing(db, ['trigger']);
}

/** Builds each declared object of these types that is missing, in exactly the declared text. */
function createMissing(db: Database.Database, types: readonly string[]): void {
  const present = db.prepare<[string, string], number>(`SELECT 1 FROM sqlite_master WHERE type = ? AND name = ? COLLATE NOCASE`).pluck();
  for (const o of declaredObjects()) {
    if (types.includes(o.type) && o.sql !== null && present.get(o.type, o.name) === undefined) db.exec(o.sql);
  }
}

/**
 * Puts the triggers and the audit table's index back as declared: drops every trigger (on any
 * table) or index on the audit table the migrations do not build in exactly that text (one that ignores or rewrites what the app
 * writes, a break above all, never stays) and builds a declared one that is missing. Called only
 * once what was found is in hand (its digest goes into the break), inside the transaction that
 * records the break, so that nothing is put back unrecorded. Returns how many objects were dropped
 * and the digest of what is left (null: as declared; a table declared otherwise cannot be put back here).
 */
export function repairAuditSchema(db: Database.Database): { readonly dropped: number; readonly left: string | null } {
  const declaredText = new Set(declaredObjects().filter((o) => o.sql !== null).map((o) => textOf([o])));
  let dropped = 0;
  try {
    for (const o of objectsOf(db)) {
      if (o.sql === null || declaredText.has(textOf([o]))) continue;
      // A schema row SQLite would load but DROP would not remove (its type written in capitals with
      // the schema made writable): nothing here can put that back.
      if (o.type === 'trigger' || o.type === 'index') {
        db.exec(`DROP ${o.type.toUpperCase()} "${o.name.replaceAll('"', '""')}"`);
        dropped += 1;
      } else if (o.type !== 'table') throw auditUnwritable();
    }
    createMissing(db, ['trigger', 'index']);
  } catch (e) {
    throw e instanceof CoreError ? e : auditUnwritable(); // a name DROP cannot find: edited with the schema made writable
  }
  const left = objectsOf(db).filter((o) => o.type !== 'table');
  if (textOf(left) !== textOf(declaredObjects().filter((o) => o.type !== 'table'))) throw auditUnwritable();
  return { dropped, left: auditSchemaChange(db) };
}
