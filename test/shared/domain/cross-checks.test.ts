// Identity cross-checks: the video checklist follows the document, and contradictory
// answers must be acknowledged before 確定.
import { describe, expect, it } from 'vitest';
import { checklistFor } from '../../../src-shared/domain';
import { evaluate, expectFinding, expectOnly } from './support';

describe('video checklist and the My Number card', () => {
  it('asks for the front only (tilted), never the back, when the ID is a My Number card', () => {
    const ids = checklistFor('video', 'my-number-card').map((i) => i.id);
    expect(ids).toContain('video-id-front-tilt');
    expect(ids).not.toContain('video-id-front-back-tilt');
    const item = checklistFor('video', 'my-number-card').find((i) => i.id === 'video-id-front-tilt');
    expect(item?.ja).toContain('表面のみ');
    expect(item?.ja).not.toMatch(/表裏/);
    expect(item?.en).toMatch(/FRONT/);
  });

  it('keeps front and back for other documents', () => {
    const ids = checklistFor('video', 'passport').map((i) => i.id);
    expect(ids).toContain('video-id-front-back-tilt');
    expect(ids).not.toContain('video-id-front-tilt');
  });

  it('a video case with a My Number card is complete with the front-only item ticked', () => {
    const e = evaluate((c) => {
      c.eligibility.onlineServiceUnavailable = 'not-linked';
      c.verification.documentType = 'my-number-card';
      delete c.verification.checklist['video-id-front-back-tilt'];
      c.verification.checklist['video-id-front-tilt'] = true;
    }, {}, 'video');
    expect(e.ok).toBe(true);
    expect(e.warnings).toEqual([]);
  });

  it('a video case with a My Number card is not complete without the front-only item', () => {
    const e = evaluate((c) => { c.eligibility.onlineServiceUnavailable = 'not-linked'; c.verification.documentType = 'my-number-card'; }, {}, 'video');
    expectOnly(e, 'checklist.incomplete', 'verification.checklist.video-id-front-tilt');
  });
});

describe('contradictions', () => {
  it('"no My Number card" with a My Number card shown is a warning that blocks until acknowledged', () => {
    const e = evaluate((c) => { c.verification.documentType = 'my-number-card'; });
    expectFinding(e, 'identity.no-card-but-card', 'verification.documentType', 'warning');
    expectFinding(e, 'acknowledge.required', 'acknowledgements.my-number-card-contradiction');
    const acked = evaluate((c) => { c.verification.documentType = 'my-number-card'; c.acknowledgements = { 'my-number-card-contradiction': true }; });
    expect(acked.ok).toBe(true);
    expect(acked.warnings.map((w) => w.code)).toEqual(['identity.no-card-but-card']);
  });

  it('an acknowledgement of another warning does not count', () => {
    const e = evaluate((c) => { c.verification.documentType = 'my-number-card'; c.acknowledgements = { 'expiry-override-revives': true }; });
    expect(e.ok).toBe(false);
  });
});
