// This installation's station code, inside every new case number (cases/case-number.ts). Drawn at
// the first start (migration 0009) and kept in `meta`, never in Settings: the department profile
// that every PC of a department imports must not carry it. IT may set one per PC (audited); the
// numbers already issued keep the code they were issued with.
import type Database from 'better-sqlite3-multiple-ciphers';
import { z } from 'zod';
import { makeIssue } from '../../../src-shared/domain';
import { STATION_ALPHABET } from '../migrations/0009-derived-status-and-stations';
import type { AuditEvent } from '../context';
import { validationError } from '../cases/validation-error';

/** Two to four letters or digits, upper case, without look-alikes: read out on the phone. */
export const stationCodeSchema = z.string().regex(new RegExp(`^[${STATION_ALPHABET}]{2,4}$`));

export function readStationCode(db: Database.Database): string {
  return db.prepare<[], string>(`SELECT value FROM meta WHERE key = 'station-code'`).pluck().get() ?? '';
}

export function writeStationCode(db: Database.Database, audit: (e: AuditEvent) => void, raw: unknown, operator: string): string {
  const code = typeof raw === 'string' ? raw.normalize('NFKC').trim().toUpperCase() : raw;
  const parsed = stationCodeSchema.safeParse(code);
  if (!parsed.success) throw validationError([makeIssue('stationCode', 'settings.station-code-invalid', { alphabet: STATION_ALPHABET })]);
  const before = readStationCode(db);
  if (before === parsed.data) return before;
  db.transaction(() => {
    db.prepare(`INSERT INTO meta (key, value) VALUES ('station-code', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`).run(parsed.data);
    audit({ action: 'settings', operator, details: { changed: 'stationCode', from: before, to: parsed.data } });
  })();
  return parsed.data;
}
