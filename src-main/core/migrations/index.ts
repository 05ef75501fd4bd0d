// The schema registry: every migration in order. Append new ones at the end (0005, 0006, …);
// never reorder a migration that has shipped or change the schema it builds (its SQL may be built
// from shared pieces: test/main/core/migrations/shipped-schema.txt holds what each step builds).
import type { Migration } from './migration';
import { m0001 } from './0001-meta-and-settings';
import { m0002 } from './0002-cases';
import { m0003 } from './0003-amendments';
import { m0004 } from './0004-audit';
import { m0005 } from './0005-outbox';
import { m0006 } from './0006-delivery-channel';
import { m0007 } from './0007-finalized-facts';
import { m0008 } from './0008-erasure-and-anchoring';
import { m0009 } from './0009-derived-status-and-stations';
import { m0010 } from './0010-closed-not-verified';

export const migrations: readonly Migration[] = [
  m0001,
  m0002,
  m0003,
  m0004,
  m0005,
  m0006,
  m0007,
  m0008,
  m0009,
  m0010,
];

export type { Migration };
