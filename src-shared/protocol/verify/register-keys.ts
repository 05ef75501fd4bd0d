// Registering a counter's exported public key with the desk, one rule for `npm run desk:register`
// and the desk's verifier page: Ed25519 public keys only, kid = the key's RFC 7638 thumbprint (a
// file altered on the way is refused), each key's status, time and reason as signed by the key in
// use (key-statement.ts), a known department code, a key already registered to another
// department refused, and no entry without a department left in the registry.
import { calculateJwkThumbprint } from 'jose';
import type { Bilingual } from '../../core-api';
import { facultyByCode } from '../../domain/faculties';
import { instantMs } from '../../formats';
import { escapeControl, hasUnsafeCharacter } from './escape-control';
import { checkKeyStatement } from './key-statement';
import { keyState, registrySchema, untrustedKeys, type Registry, type RegistryKey } from './registry';

export type RegisterProblem = 'unknown-department' | 'unreadable' | 'no-key' | 'thumbprint' | 'unsigned-status' | 'other-department' | 'untrusted-entries';

export type RegisterOutcome =
  | { readonly ok: true; readonly registry: Registry; readonly changes: readonly { readonly key: RegistryKey; readonly action: 'registered' | 'updated' }[] }
  | { readonly ok: false; readonly problem: RegisterProblem; readonly message: Bilingual };

const refuse = (problem: RegisterProblem, ja: string, en: string): RegisterOutcome => ({ ok: false, problem, message: { ja, en } });

const statusWords = { current: '使用中 / in use', retired: '廃止(交代) / retired', revoked: '失効(漏えい等) / revoked' } as const;

/** One line per key for lists: kid, department, status with its time and reason, registration — escaped, safe for a terminal. */
export function describeKey(k: RegistryKey): string {
  const state = keyState(k);
  const status = `${statusWords[state.status]}${state.at ? ` ${state.at}` : ''}${state.reason ? ` (${state.reason})` : ''}`;
  return escapeControl(`${k.kid}  ${k.department ?? '(部局なし・信頼しない / no department, not trusted)'}  ${status}${k.registered_at ? `  registered ${k.registered_at}` : ''}`);
}

async function checkExported(registry: Registry, exported: unknown, department: string): Promise<RegisterOutcome | RegistryKey[]> {
  if (!facultyByCode(department)) {
    return refuse('unknown-department', `部局コード ${department} は学部・研究科の一覧にありません。アプリの設定画面に表示される部局コードを指定してください。`,
      `${department} is not a faculty code; use the code shown in the app's Settings.`);
  }
  const parsed = registrySchema.safeParse(exported);
  if (!parsed.success) {
    const why = escapeControl(parsed.error.issues.map((i) => `${i.path.map(String).join('.')}: ${i.message}`).join('; ').slice(0, 500));
    return refuse('unreadable', `書き出された公開鍵ファイルを読めません(アプリの「公開鍵を書き出す」で作ったファイルを指定してください。日時は時差付きの正しい日時、文字は制御文字なし): ${why}`,
      `Cannot read the exported public key file (use the file from the app's "Export public key"): ${why}`);
  }
  if (parsed.data.keys.length === 0) return refuse('no-key', '公開鍵が1つも含まれていません。', 'The file contains no key.');
  for (const key of parsed.data.keys) {
    const thumbprint = await calculateJwkThumbprint({ kty: key.kty, crv: key.crv, x: key.x }, 'sha256');
    if (thumbprint !== key.kid) {
      return refuse('thumbprint', `鍵 ${key.kid} の kid が公開鍵の指紋(RFC 7638)と一致しません。書き換えられたファイルの可能性があります。登録しません。`,
        `The kid ${key.kid} is not the key's RFC 7638 thumbprint (${thumbprint}); the file may have been altered. Nothing registered.`);
    }
    const owner = registry.keys.find((k) => k.kid === key.kid);
    if (owner?.department !== undefined && owner.department !== department) {
      return refuse('other-department', `鍵 ${key.kid} は部局 ${owner.department} の鍵として登録済みです。登録しません。`,
        `Key ${key.kid} is already registered to ${owner.department}. Nothing registered.`);
    }
  }
  const unsigned = await checkKeyStatement(parsed.data.keys, (exported as { statement?: unknown }).statement);
  if (unsigned !== null) {
    return refuse('unsigned-status', '公開鍵ファイルの鍵の状態(使用中・廃止・失効とその日時・理由)が、使用中の鍵の署名と合いません。途中で書き換えられた可能性があります。部局窓口にもう一度書き出してもらってください。登録しません。',
      `The key statuses in the file (in use, retired, revoked, with time and reason) do not match the statement signed by the key in use: ${unsigned}. Ask the counter to export again. Nothing registered.`);
  }
  return parsed.data.keys;
}

/** The earlier of two known times (either may be missing). */
function earliest(known: string | undefined, exported: string | undefined): string | undefined {
  const times = [known, exported].filter((t): t is string => t !== undefined);
  if (times.length === 0) return undefined;
  return times.reduce((a, b) => ((instantMs(a) ?? 0) <= (instantMs(b) ?? 0) ? a : b));
}

/**
 * A retirement or a revocation never un-happens: an export without it (or with a later time) keeps
 * the earliest known; the reason travels with the status.
 */
function lifecycle(previous: RegistryKey | undefined, exported: RegistryKey): Partial<RegistryKey> {
  const retired = earliest(previous?.retired_at, exported.retired_at);
  const revoked = earliest(previous?.revoked_at, exported.revoked_at);
  const reason = exported.status_reason ?? previous?.status_reason;
  const created = previous?.created_at ?? exported.created_at;
  const status = revoked ? 'revoked' : retired ? 'retired' : undefined;
  return {
    ...(created ? { created_at: created } : {}),
    ...(status ? { status } : {}),
    ...(retired ? { retired_at: retired } : {}),
    ...(revoked ? { revoked_at: revoked } : {}),
    ...(reason && status ? { status_reason: reason } : {}),
  };
}

/** The registry with the exported keys registered for `department`, or why nothing was registered. */
export async function registerKeys(registry: Registry, exported: unknown, department: string, at: Date): Promise<RegisterOutcome> {
  const checked = await checkExported(registry, exported, department);
  if (!Array.isArray(checked)) return checked;
  let next = [...registry.keys];
  const changes: { key: RegistryKey; action: 'registered' | 'updated' }[] = [];
  for (const key of checked) {
    const previous = next.find((k) => k.kid === key.kid);
    const entry: RegistryKey = {
      kty: 'OKP', crv: 'Ed25519', x: key.x, kid: key.kid, use: 'sig', alg: 'EdDSA', department,
      registered_at: previous?.registered_at ?? at.toISOString(),
      ...lifecycle(previous, key),
    };
    next = previous ? next.map((k) => (k.kid === key.kid ? entry : k)) : [...next, entry];
    changes.push({ key: entry, action: previous ? 'updated' : 'registered' });
  }
  const untrusted = untrustedKeys({ keys: next });
  if (untrusted.length > 0) {
    const kids = untrusted.map((k) => k.kid).join(', ');
    return refuse('untrusted-entries', `登録簿に部局のない鍵があります(${kids})。削除するか、その鍵の公開鍵ファイルを部局を指定して登録し直してください。登録しません。`,
      `The registry holds keys without a department (${kids}); remove them or register their public-key files with a department. Nothing registered.`);
  }
  return { ok: true, registry: { keys: next }, changes };
}

/** The registry without `kid`, or null when it is not registered. */
export function removeKey(registry: Registry, kid: string): Registry | null {
  const kept = registry.keys.filter((k) => k.kid !== kid);
  return kept.length === registry.keys.length ? null : { keys: kept };
}

export type RevokeOutcome =
  | { readonly ok: true; readonly registry: Registry; readonly key: RegistryKey }
  | { readonly ok: false; readonly problem: 'not-registered' | 'bad-time' | 'bad-reason'; readonly message: Bilingual };

/**
 * The desk revokes a key itself (a counter reported it stolen, by phone): nothing received after
 * `at` verifies with it. An earlier revocation already known is kept; the time must be a real
 * RFC 3339 time and the reason plain text (no control or invisible characters, at most 200).
 */
export function revokeKey(registry: Registry, kid: string, at: string, reason: string): RevokeOutcome {
  const key = registry.keys.find((k) => k.kid === kid);
  if (!key) return { ok: false, problem: 'not-registered', message: { ja: `鍵 ${escapeControl(kid)} は登録されていません。`, en: `Key ${escapeControl(kid)} is not registered.` } };
  if (instantMs(at) === null) {
    return { ok: false, problem: 'bad-time', message: { ja: '失効日時は 2026-05-12T09:00:00+09:00 のような時差付きの日時で入力してください。', en: 'Give the revocation time as an RFC 3339 time with an offset, e.g. 2026-05-12T09:00:00+09:00.' } };
  }
  const text = reason.trim();
  if (text === '' || text.length > 200 || hasUnsafeCharacter(text)) {
    return { ok: false, problem: 'bad-reason', message: { ja: '失効の理由を200文字以内で入力してください(制御文字・見えない文字は使えません)。', en: 'Give the reason for the revocation in at most 200 characters (no control or invisible characters).' } };
  }
  const revoked_at = earliest(key.revoked_at, at)!;
  const next: RegistryKey = { ...key, status: 'revoked', revoked_at, status_reason: revoked_at === at ? text : key.status_reason ?? text };
  return { ok: true, registry: { keys: registry.keys.map((k) => (k.kid === kid ? next : k)) }, key: next };
}
