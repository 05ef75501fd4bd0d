import { describe, expect, it } from 'vitest';
import { payloadSchema } from '../../../src-shared/protocol';
import { samplePayload } from '../../../tools/fixtures/sample-payload';

const issuesOf = (value: unknown): string[] => {
  const r = payloadSchema.safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => i.path.join('.'));
};

describe('payload v1 schema', () => {
  it('accepts a complete in-person payload and a video one with its reason and a second checker', () => {
    expect(issuesOf(samplePayload())).toEqual([]);
    const p = samplePayload();
    const video = { ...p, verification: { ...p.verification, method: 'video', videoReason: '海外在住のため', secondChecker: { name: '係長 次郎', role: '係長' } } };
    expect(issuesOf(video)).toEqual([]);
  });

  it('names the field when a value breaks the protocol', () => {
    const p = samplePayload();
    expect(issuesOf({ ...p, applicant: { ...p.applicant, utokyoAccount: '１２３４５６７８９０' } })).toEqual(['applicant.utokyoAccount']);
    expect(issuesOf({ ...p, createdAt: '2026-05-11T01:15:00Z' })).toEqual(['createdAt']);
    expect(issuesOf({ ...p, submissionId: 'not-a-uuid' })).toEqual(['submissionId']);
    expect(issuesOf({ ...p, request: { ...p.request, services: [] } })).toEqual(['request.services']);
    expect(issuesOf({ ...p, request: { ...p.request, services: ['onedrive', 'onedrive'] } })).toEqual(['request.services']);
    expect(issuesOf({ ...p, eligibility: { ...p.eligibility, deadline: '2026-02-30' } })).toEqual(['eligibility.deadline']);
    expect(issuesOf({ ...p, version: 2 })).toEqual(['version']);
  });

  it('refuses members that v1 does not define (e.g. a document number)', () => {
    const p = samplePayload();
    expect(issuesOf({ ...p, verification: { ...p.verification, documentNumber: 'X123' } })).toEqual(['verification']);
    expect(issuesOf({ ...p, extra: 1 })).toEqual(['']);
  });
});
