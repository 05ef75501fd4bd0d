// core.keys: the department's Ed25519 signing key. The private key exists only in the OS keychain
// (ctx.secrets); the database keeps the public halves, current and retired, so that the exported
// JWKS still verifies submissions signed before a rotation.
import { renameSync, writeFileSync } from 'node:fs';
import type { PublicJwk } from '../../../src-shared/core-api';
import type { CoreContext } from '../context';
import type { Core } from '../core-types';
import { z } from 'zod';
import { operatorOption, parseArguments } from '../cases/arguments';
import { CoreError } from '../errors';
import { keyRotationReasonSchema } from '../../../src-shared/call-arguments';
import { exportedKeys, signKeyStatement } from './export-jwks';
import { generatePrivateJwk, importPrivate, privateJwkSchema, privateKeyObject, publicOf, SIGNING_KEY_SECRET, type PrivateJwk } from './key-material';
import type { KeyObject } from 'node:crypto';
import { clearPendingRotation, readPendingRotation, writePendingRotation, type PendingRotation } from './pending-rotation';
import { rotationReasons } from './rotation-reasons';
import { waitingHandOver } from './waiting-hand-off';

export { SIGNING_KEY_SECRET } from './key-material';
export { signPayload, signPayloadSync, payloadBytes, type SignedSubmission } from './sign';

/** The department's current signing key, held in memory since the keychain was read at open. */
export interface SigningKey {
  readonly kid: string;
  readonly key: KeyObject;
}

/** core.keys, and the current key for the outbox's signer (never part of the Core API). */
export type KeysModule = Core['keys'] & { signingKey(): SigningKey };

interface KeyRow { kid: string; public_jwk: string; created_at: string; retired_at: string | null }

async function readPrivate(ctx: CoreContext): Promise<PrivateJwk | null> {
  const raw = await ctx.secrets.get(SIGNING_KEY_SECRET);
  if (raw === null) return null;
  const parsed = privateJwkSchema.safeParse((() => { try { return JSON.parse(raw) as unknown; } catch { return null; } })());
  if (!parsed.success) {
    throw new CoreError('io', {
      ja: 'キーチェーンの部局署名鍵が壊れています。管理者に連絡してください(鍵は自動では置き換えません)。',
      en: 'The department signing key in the keychain is damaged. Contact the administrator (the key is not replaced automatically).',
    });
  }
  return parsed.data;
}

/**
 * Make the DB agree with the keychain: the keychain's key is current, every other one retired.
 * Also settles a pending rotation's marker in the same transaction (pending-rotation.ts).
 */
function reconcile(ctx: CoreContext, jwk: PrivateJwk, operator: string, reason: string | null, extra: Record<string, string | boolean> = {}): void {
  const now = ctx.now().toISOString();
  ctx.db.transaction(() => {
    const known = ctx.db.prepare('SELECT kid FROM department_keys WHERE kid = ?').get(jwk.kid);
    if (!known) ctx.db.prepare('INSERT INTO department_keys (kid, public_jwk, created_at) VALUES (?, ?, ?)').run(jwk.kid, JSON.stringify(publicOf(jwk)), now);
    const retired = ctx.db.prepare('UPDATE department_keys SET retired_at = ? WHERE retired_at IS NULL AND kid <> ?').run(now, jwk.kid).changes;
    if (reason !== null) ctx.audit({ action: 'key-rotate', operator, details: { kid: jwk.kid, reason, retired, ...extra } });
    clearPendingRotation(ctx.db);
  })();
}

/**
 * The keychain holds a key this data has never recorded, though it records others: the data is
 * older than the key (a backup from before a rotation was restored). Adopting it retires the
 * recorded keys, and the trail must say so; why the key changed was in the trail that was replaced.
 */
function keyUnknownToData(ctx: CoreContext, current: PrivateJwk): boolean {
  const row = ctx.db.prepare('SELECT count(*) AS n, sum(kid = ?) AS same FROM department_keys').get(current.kid) as { n: number; same: number | null };
  return row.n > 0 && (row.same ?? 0) === 0;
}

/**
 * At open, with the keychain's key in hand: a marker naming that key is a rotation that reached the
 * keychain and not the database (the process stopped in between): recorded and audited now under
 * the operator and reason it was asked with. A marker naming another key never reached the
 * keychain: the rotation did not happen, and the trail says so.
 */
function settleAtOpen(ctx: CoreContext, current: PrivateJwk, pending: PendingRotation | null): void {
  if (pending === null) return reconcile(ctx, current, 'system', keyUnknownToData(ctx, current) ? 'keychain-key-unknown' : null);
  if (pending.kid === current.kid) return reconcile(ctx, current, pending.operator, pending.reason, { completedAtOpen: true, requestedAt: pending.at });
  ctx.db.transaction(() => {
    reconcile(ctx, current, pending.operator, null);
    ctx.audit({ action: 'key-rotate', operator: pending.operator, details: { kid: current.kid, requestedKid: pending.kid, reason: pending.reason, applied: false, requestedAt: pending.at } });
  })();
}

/**
 * The keychain reported an error while storing a rotated key. When it can be read and does not hold
 * the new key, the rotation did not happen: audited as not applied, marker cleared. When it holds
 * the new key after all, or cannot be read, the marker stays and the next open settles it.
 */
async function settleRefused(ctx: CoreContext, kid: string): Promise<void> {
  const pending = readPendingRotation(ctx.db);
  const stored = await readPrivate(ctx).catch(() => undefined);
  if (stored === undefined || stored?.kid === kid || pending === null) return;
  ctx.db.transaction(() => {
    ctx.audit({ action: 'key-rotate', operator: pending.operator, details: { kid: stored?.kid ?? null, requestedKid: kid, reason: pending.reason, applied: false, requestedAt: pending.at } });
    clearPendingRotation(ctx.db);
  })();
}

/** The current private key, for the outbox's signer. */
export async function currentSigningKey(ctx: CoreContext): Promise<{ kid: string; key: CryptoKey }> {
  const jwk = await readPrivate(ctx);
  if (!jwk) throw new CoreError('invalid-state', { ja: '部局の署名鍵がありません。アプリを再起動してください。', en: 'The department signing key is missing; restart the app.' });
  return { kid: jwk.kid, key: await importPrivate(jwk) };
}

/**
 * One rotation: the intent first, then the keychain, then the database, so a crash anywhere in
 * between is completed and audited at the next open (settleAtOpen).
 */
async function rotateOnce(ctx: CoreContext, operator: string, why: string): Promise<PrivateJwk> {
  const next = await generatePrivateJwk();
  writePendingRotation(ctx.db, { kid: next.kid, operator, reason: why, at: ctx.now().toISOString() });
  try {
    await ctx.secrets.set(SIGNING_KEY_SECRET, JSON.stringify(next));
  } catch (e) {
    await settleRefused(ctx, next.kid);
    throw e;
  }
  reconcile(ctx, next, operator, why);
  return next;
}

export async function createKeys(ctx: CoreContext): Promise<KeysModule> {
  let current = await readPrivate(ctx);
  const pending = readPendingRotation(ctx.db);
  if (!current) {
    const hadKeys = ctx.db.prepare('SELECT count(*) AS n FROM department_keys').get() as { n: number };
    current = await generatePrivateJwk();
    await ctx.secrets.set(SIGNING_KEY_SECRET, JSON.stringify(current));
    // A key in the DB without its private half in the keychain can no longer sign: it is retired
    // (audited). The very first key of an installation is part of its setup and not audited.
    reconcile(ctx, current, 'system', hadKeys.n > 0 ? 'keychain-entry-missing' : null);
  } else {
    settleAtOpen(ctx, current, pending);
  }
  let active: PrivateJwk = current;
  let activeKey: SigningKey = { kid: current.kid, key: privateKeyObject(current) };
  let rotating: Promise<unknown> = Promise.resolve();

  const allPublic = () => {
    const rows = ctx.db.prepare('SELECT * FROM department_keys ORDER BY retired_at IS NOT NULL, created_at DESC').all() as KeyRow[];
    const reasons = rotationReasons(ctx);
    // The key that replaced a retired one was created in the same transaction, at its retirement time.
    const successor = (retiredAt: string | null) => rows.find((r) => retiredAt !== null && r.created_at === retiredAt)?.kid;
    return rows.map((r) => ({
      jwk: JSON.parse(r.public_jwk) as PublicJwk, createdAt: r.created_at, retiredAt: r.retired_at,
      rotationReason: reasons.get(successor(r.retired_at) ?? '') ?? null,
    }));
  };

  return {
    signingKey: () => activeKey,
    async publicJwk() {
      return publicOf(active);
    },
    async thumbprint() {
      return active.kid;
    },
    async exportPublicJwks(fileArg, opts) {
      const { file, operator } = parseArguments({ file: z.string().min(1), operator: operatorOption }, { file: fileArg, operator: opts?.operator });
      const keys = exportedKeys(allPublic());
      const statement = await signKeyStatement(keys, { kid: active.kid, key: await importPrivate(active) }, ctx.now());
      const tmp = `${file}.tmp`;
      try {
        writeFileSync(tmp, `${JSON.stringify({ keys, statement }, null, 2)}\n`, { mode: 0o644 });
        renameSync(tmp, file);
      } catch (e) {
        throw new CoreError('io', { ja: '公開鍵ファイルを書き出せませんでした。保存先を確認してください。', en: 'The public key file could not be written; check the destination.' }, [], { cause: e });
      }
      ctx.audit({ action: 'export', operator, details: { kind: 'public-jwks', keys: keys.length } });
    },
    async rotate(opts) {
      const { operator, reason } = parseArguments(
        { operator: operatorOption, reason: keyRotationReasonSchema.optional() },
        { operator: opts?.operator, reason: opts?.reason },
      );
      // One rotation at a time: they share the one pending marker, which each clears when done.
      const run = rotating.then(() => rotateOnce(ctx, operator, reason ?? 'rotate'));
      rotating = run.catch(() => undefined);
      active = await run;
      activeKey = { kid: active.kid, key: privateKeyObject(active) };
      // Signed with the old key and not yet handed over: staff must hand these over (or send them)
      // within the desk's grace period after the retirement.
      return { ...publicOf(active), stillWaiting: waitingHandOver(ctx) };
    },
  };
}
