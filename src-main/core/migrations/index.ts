// The schema registry: every migration in order. Append new ones at the end (0005, 0006, …);
// never edit or reorder a migration that has shipped.
import type { Migration } from './migration';
import { m0001 } from './0001-meta-and-settings';
import { m0002 } from './0002-cases';
import { m0003 } from './0003-amendments';
import { m0004 } from './0004-audit';
import { m0005 } from './0005-outbox';
import { m0008 } from './0008-erasure-and-anchoring';

// Reserved steps of other branches this round (CONTRACT.md): 0006 h-outbox, 0007 h-records. Until
// they land these are no-ops so that 0008 keeps its number; the real ones replace them at merge.
const reserved = (version: number): Migration => ({ version, name: `reserved-${version}`, up() {} });

export const migrations: readonly Migration[] = [
  m0001,
  m0002,
  m0003,
  m0004,
  m0005,
  reserved(6),
  reserved(7),
  m0008,
];

export type { Migration };
