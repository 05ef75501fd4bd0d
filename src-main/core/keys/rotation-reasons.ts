// Why each rotation happened, read back from the audit trail's key-rotate entries (the reason is
// one of a fixed list there, never staff-typed text): new key's kid → reason. The export uses it
// to say why a key was retired, and to mark a key replaced for a suspected leak as revoked.
import type { CoreContext } from '../context';

export function rotationReasons(ctx: CoreContext): Map<string, string> {
  const reasons = new Map<string, string>();
  const hasAudit = ctx.db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit'`).get() !== undefined;
  if (!hasAudit) return reasons; // a bare key store (tests): no reasons known, keys are said to be replaced
  const rows = ctx.db.prepare(`SELECT details FROM audit WHERE action = 'key-rotate' ORDER BY seq`).pluck().all() as string[];
  for (const raw of rows) {
    try {
      const d = JSON.parse(raw) as { kid?: unknown; reason?: unknown; applied?: unknown };
      if (typeof d.kid === 'string' && typeof d.reason === 'string' && d.applied !== false) reasons.set(d.kid, d.reason);
    } catch {
      // An unreadable entry names no reason; the export then says only that the key was replaced.
    }
  }
  return reasons;
}
