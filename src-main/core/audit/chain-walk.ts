// Walking the audit chain over a range of rows: each row must follow the previous one by seq and
// prev_hash, and its hash must be the HMAC (keyed rows) or SHA-256 (rows written before keyed
// links existed, which may only precede keyed ones) of the previous hash and its body. The walk
// also tallies the rows that the rest of the app reads without scanning the whole trail: recorded
// breaks and staff acknowledgements of them.
import type Database from 'better-sqlite3-multiple-ciphers';
import { canonicalJson, hmacHex, sha256Hex } from './hash';

export const GENESIS = '0'.repeat(64);

export interface AuditRow {
  seq: number;
  at: string;
  action: string;
  operator: string;
  case_id: string | null;
  details: string;
  personal: string;
  prev_hash: string;
  hash: string;
  keyed: number;
}

/** Counts over the rows walked so far. */
export interface Tally {
  /** Rows recording a break ('audit-break'). */
  readonly breaks: number;
  /** Seq of the newest break row (0: none). */
  readonly lastBreak: number;
  /** Seq of the newest acknowledgement row ('audit-ack', 0: none). */
  readonly lastAck: number;
  /** How many breaks had been recorded when staff last acknowledged them. */
  readonly ackedBreaks: number;
}

export const EMPTY_TALLY: Tally = { breaks: 0, lastBreak: 0, lastAck: 0, ackedBreaks: 0 };

/** Where a walk stands: the last row walked. */
export interface ChainPoint {
  readonly seq: number;
  readonly hash: string;
  /** A keyed row has been seen (a plain row after it means the chain was rewritten). */
  readonly keyedSeen: boolean;
  readonly tally: Tally;
}

export const START: ChainPoint = { seq: 0, hash: GENESIS, keyedSeen: false, tally: EMPTY_TALLY };

export interface WalkResult extends ChainPoint {
  /** The first row (by seq) whose link is broken, or null. */
  readonly firstBroken: number | null;
  /**
   * Which rows have broken links: a running digest of their seqs and stored values ('' when none).
   * Another row edited after a break already on record, or a broken row edited again, changes it,
   * so that edit is a new break.
   */
  readonly brokenRows: string;
}

/** A walk that has found nothing broken yet. */
export const UNBROKEN = { firstBroken: null, brokenRows: '' } as const;

export function entryBody(r: Omit<AuditRow, 'prev_hash' | 'hash' | 'keyed'>): string {
  return canonicalJson([r.seq, r.at, r.action, r.operator, r.case_id, JSON.parse(r.details), JSON.parse(r.personal)]);
}

function linkOk(key: string, prev: string, r: AuditRow, keyedSeen: boolean): boolean {
  if (keyedSeen && r.keyed !== 1) return false; // a plain link after a keyed one: rewritten
  try {
    const b = entryBody(r);
    return r.hash === (r.keyed === 1 ? hmacHex(key, `${prev}\n${b}`) : sha256Hex(`${prev}\n${b}`));
  } catch {
    return false; // details/personal no longer JSON: tampered
  }
}

/** A break counts however it is linked; an acknowledgement only when its link verifies (a row slipped in is no one's acknowledgement). */
function count(t: Tally, r: AuditRow, broken: boolean): Tally {
  if (r.action === 'audit-break') return { ...t, breaks: t.breaks + 1, lastBreak: r.seq };
  if (r.action === 'audit-ack' && !broken) return { ...t, lastAck: r.seq, ackedBreaks: t.breaks };
  return t;
}

/** A stored value as text with its type, whatever a re-declared table let someone store there. */
function tagged(v: unknown): string {
  if (v === null) return 'null';
  if (Buffer.isBuffer(v)) return `blob:${v.toString('hex')}`;
  return `${typeof v}:${String(v)}`;
}

/**
 * The running digest of the broken rows, over the row as stored. Values the chain never holds
 * (non-finite numbers, blobs, big integers) are digested in a tagged text form instead, so a
 * broken row is always recorded as one and never stops the walk.
 */
function brokenDigest(before: string, r: AuditRow): string {
  const values: unknown[] = [r.seq, r.at, r.action, r.operator, r.case_id, r.details, r.personal, r.prev_hash, r.hash];
  let text: string;
  try {
    text = canonicalJson([before, ...values]);
  } catch {
    try {
      text = JSON.stringify([before, 'tagged', ...values.map(tagged)]);
    } catch {
      text = JSON.stringify([before, 'undigestable', r.seq]);
    }
  }
  return sha256Hex(text).slice(0, 32);
}

export interface ChainWalker {
  /**
   * Walks at most `limit` rows after `from` (up to `toSeq` when given). After a broken link the
   * walk goes on from the row as stored, so the tally covers every row.
   */
  step(from: WalkResult, limit: number, toSeq?: number): WalkResult;
  /** The whole range after `from` (up to `toSeq`), in one go. */
  walk(from: ChainPoint, toSeq?: number): WalkResult;
}

export function createChainWalker(db: Database.Database, key: string): ChainWalker {
  const after = db.prepare<[number, number, number], AuditRow>('SELECT * FROM audit WHERE seq > ? AND seq <= ? ORDER BY seq LIMIT ?');
  const step: ChainWalker['step'] = (from, limit, toSeq = Number.MAX_SAFE_INTEGER) => {
    let { seq, hash, keyedSeen, tally, firstBroken, brokenRows } = from;
    for (const r of after.all(seq, toSeq, limit)) {
      const broken = r.seq !== seq + 1 || r.prev_hash !== hash || !linkOk(key, hash, r, keyedSeen);
      if (broken && firstBroken === null) firstBroken = r.seq;
      if (broken) brokenRows = brokenDigest(brokenRows, r);
      keyedSeen ||= r.keyed === 1;
      tally = count(tally, r, broken);
      seq = r.seq;
      hash = r.hash;
    }
    return { seq, hash, keyedSeen, tally, firstBroken, brokenRows };
  };
  return {
    step,
    walk(from, toSeq) {
      let at: WalkResult = { seq: from.seq, hash: from.hash, keyedSeen: from.keyedSeen, tally: from.tally, ...UNBROKEN };
      for (;;) {
        const next = step(at, 5000, toSeq);
        if (next.seq === at.seq) return next;
        at = next;
      }
    },
  };
}
