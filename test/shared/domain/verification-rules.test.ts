// The identity check (SPEC §2 "Identity check" and "Checklist").
import { describe, expect, it } from 'vitest';
import { checklistFor, checklistItemIds, documentTypes, evaluateCase, type ChecklistItemId } from '../../../src-shared/domain';
import { caseWith, context, evaluate, expectBilingual, expectClean, expectOnly } from './support';

const common: ChecklistItemId[] = [
  'photo-matches', 'name-matches-record', 'dob-matches-record', 'id-valid', 'record-confirms-student', 'conditions-explained', 'consent-forwarding',
];
const videoOnly: ChecklistItemId[] = ['video-in-view', 'video-id-front-back-tilt', 'video-live-challenge', 'video-not-recorded'];

describe('checklist', () => {
  it('has the 7 common items in person and 11 items by video, in order, each with ja and en text', () => {
    expect(checklistFor('in-person').map((i) => i.id)).toEqual(common);
    expect(checklistFor('video').map((i) => i.id)).toEqual([...common, ...videoOnly]);
    expect([...checklistItemIds].sort()).toEqual([...common, ...videoOnly, 'video-id-front-tilt'].sort());
    for (const item of [...checklistFor('video'), ...checklistFor('video', 'my-number-card')]) expectBilingual(item);
  });

  it.each(common)('in person: an unticked "%s" blocks finalizing and names the item', (id) => {
    const e = evaluate((c) => { c.verification.checklist[id] = false; });
    const hit = expectOnly(e, 'checklist.incomplete', `verification.checklist.${id}`);
    const item = checklistFor('in-person').find((i) => i.id === id);
    expect(hit.message.ja).toContain(item?.ja);
    expect(hit.message.en).toContain(item?.en);
  });

  it.each([...common, ...videoOnly])('by video: a missing "%s" blocks finalizing', (id) => {
    const e = evaluate((c) => { delete c.verification.checklist[id]; }, {}, 'video');
    expectOnly(e, 'checklist.incomplete', `verification.checklist.${id}`);
  });

  it('in person the video-only items are not required', () => {
    expectClean(evaluate((c) => { for (const id of videoOnly) delete c.verification.checklist[id]; }));
  });

  it('an empty checklist lists every missing item', () => {
    const e = evaluate((c) => { c.verification.checklist = {}; }, {}, 'video');
    expect(e.issues.map((i) => i.path)).toEqual([...common, ...videoOnly].map((id) => `verification.checklist.${id}`));
  });
});

describe('method and document', () => {
  it('a video check needs the reason in person was impossible', () => {
    expectClean(evaluate(undefined, {}, 'video'));
    expectOnly(evaluate((c) => { delete c.verification.videoReason; }, {}, 'video'), 'video.reason-required', 'verification.videoReason');
    expectOnly(evaluate((c) => { c.verification.videoReason = '　 '; }, {}, 'video'), 'video.reason-required', 'verification.videoReason');
  });

  it('"other" document needs its name', () => {
    expectOnly(evaluate((c) => { c.verification.documentType = 'other'; }), 'document.other-required', 'verification.documentTypeOther');
    expectClean(evaluate((c) => { c.verification.documentType = 'other'; c.verification.documentTypeOther = '船員手帳'; }));
  });

  it('offers the seed\'s document types, each named in ja and en', () => {
    expect(documentTypes.map((d) => d.id)).toEqual([
      'drivers-license', 'my-number-card', 'passport', 'residence-card', 'special-permanent-resident-certificate', 'disability-certificate', 'other',
    ]);
    for (const d of documentTypes) expectBilingual(d, 3);
    expect(documentTypes.find((d) => d.id === 'my-number-card')?.ja).toContain('表面のみ');
  });

  it('a missing method or document type has its own message', () => {
    const noMethod = caseWith((c) => { delete (c.verification as Partial<typeof c.verification>).method; });
    expectOnly(evaluateCase(noMethod, context()), 'method.required', 'verification.method');
    const noDoc = caseWith((c) => { delete (c.verification as Partial<typeof c.verification>).documentType; });
    expectOnly(evaluateCase(noDoc, context()), 'document.required', 'verification.documentType');
  });
});

describe('verifier and second checker', () => {
  it('needs the verifier\'s name and role', () => {
    expectOnly(evaluate((c) => { c.verification.verifierName = ' '; }), 'verifier.required', 'verification.verifierName');
    expectOnly(evaluate((c) => { c.verification.verifierRole = ''; }), 'verifier.required', 'verification.verifierRole');
  });

  it('a second checker is optional; an empty one is no second checker; a half-filled one is refused', () => {
    expectClean(evaluate((c) => { c.verification.secondChecker = { name: '確認 次郎', role: '係長' }; }));
    expectClean(evaluate((c) => { c.verification.secondChecker = { name: '', role: ' ' }; }));
    expectOnly(
      evaluate((c) => { c.verification.secondChecker = { name: '確認 次郎', role: '' }; }),
      'second-checker.incomplete',
      'verification.secondChecker.role',
    );
  });
});
