// The signed payload (and its mail-form block) carries an expiry override with its
// computed date, source and reason, and the checklist that fits the document shown on video.
import { afterEach, describe, expect, it } from 'vitest';
import type { CaseInput } from '../../../../src-shared/domain';
import type { Receiver } from '../../../../tools/desk';
import { verifySubmission } from '../../../../tools/desk';
import { outboxRig } from './support';

const open: Receiver[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((r) => r.close()));
});

async function signed(mutate: (input: CaseInput) => void) {
  const r = await outboxRig();
  open.push(r.desk);
  const c = r.ctx.addFinalizedCase();
  const input = structuredClone(c.input) as CaseInput;
  mutate(input);
  r.ctx.cases.set(c.id, { ...c, input });
  const item = await r.outbox.enqueue(c.id, { operator: '窓口 太郎' });
  const jws = (r.ctx.db.prepare('SELECT jws FROM outbox WHERE id = ?').get(item.id) as { jws: string }).jws;
  const verified = await verifySubmission(jws, r.jwks);
  if (!verified.ok || verified.kind !== 'request') throw new Error(verified.ok ? verified.kind : verified.code);
  return { payload: verified.payload, text: await r.outbox.mailFormText(item.id) };
}

describe('the expiry override in the signed payload', () => {
  it('travels as eligibility.expiryOverride {computed, override, source, reason} and in the mail-form block', async () => {
    const { payload, text } = await signed((i) => {
      i.eligibility.accountExpiryOverride = '2026-04-30';
      i.eligibility.accountExpiryOverrideSource = 'itc-notice';
      i.eligibility.accountExpiryOverrideReason = '情報基盤センターの失効通知(4月30日)';
    });
    expect(payload.eligibility.accountExpiry).toBe('2026-04-30');
    expect(payload.eligibility.expiryOverride).toEqual({ computed: '2026-04-01', override: '2026-04-30', source: 'itc-notice', reason: '情報基盤センターの失効通知(4月30日)' });
    expect(text).toContain('UTokyo Account 失効日: 2026-04-30');
    expect(text).toContain('失効日(自動計算): 2026-04-01');
    expect(text).toContain('失効日上書きの根拠: 情報基盤センターの通知');
    expect(text).toContain('失効日上書きの理由: 情報基盤センターの失効通知(4月30日)');
  });

  it('is absent when the computed expiry is used', async () => {
    const { payload, text } = await signed(() => undefined);
    expect(payload.eligibility).not.toHaveProperty('expiryOverride');
    expect(text).not.toContain('自動計算');
  });

  it('a video check with a My Number card signs the front-only item, never front and back', async () => {
    const { payload } = await signed((i) => {
      i.verification.method = 'video';
      i.verification.videoReason = '海外在住のため来学できない';
      i.verification.documentType = 'my-number-card';
      i.eligibility.onlineServiceUnavailable = 'not-linked';
    });
    const ids = payload.verification.checklist.map((c) => c.id);
    expect(ids).toContain('video-id-front-tilt');
    expect(ids).not.toContain('video-id-front-back-tilt');
  });
});
