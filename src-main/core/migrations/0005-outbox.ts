// Department signing keys (public halves only; private keys live in the OS keychain) and the
// outbox of signed submissions. The JWS bytes are written once at enqueue and never rebuilt.
import type { Migration } from './migration';

export const m0005: Migration = {
  version: 5,
  name: 'outbox',
  up(db) {
    db.exec(`
      CREATE TABLE department_keys (
        kid         TEXT PRIMARY KEY,           -- RFC 7638 thumbprint
        public_jwk  TEXT NOT NULL,              -- {kty, crv, x, kid}
        created_at  TEXT NOT NULL,
        retired_at  TEXT                        -- NULL for the current key
      );
      CREATE TABLE outbox (
        id              TEXT PRIMARY KEY,       -- the case's submissionId (= Idempotency-Key)
        case_id         TEXT NOT NULL UNIQUE,
        case_number     TEXT NOT NULL,
        state           TEXT NOT NULL CHECK (state IN ('queued', 'sending', 'delivered', 'needs-attention')),
        jws             TEXT NOT NULL,          -- the exact bytes sent on every attempt
        payload_sha256  TEXT NOT NULL,
        kid             TEXT NOT NULL,
        attempts        INTEGER NOT NULL DEFAULT 0,
        next_attempt_at INTEGER,                -- epoch ms; NULL once final
        last_error      TEXT,                   -- JSON {code, message, nextStep}
        receipt_id      TEXT,
        received_at     TEXT,
        queued_at       TEXT NOT NULL,
        updated_at      TEXT NOT NULL
      );
      CREATE INDEX outbox_due ON outbox (state, next_attempt_at);
    `);
  },
};
