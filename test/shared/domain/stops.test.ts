// The stops of the counter route and the script each carries (honest about where the applicant can go).
import { describe, expect, it } from 'vitest';
import type { EarlierRequest } from '../../../src-shared/core-api';
import { serviceUnavailable, stopsOf } from '../../../src-shared/domain';
import { formatUi } from '../../../src-shared/messages/ui';
import { evaluate } from './support';

const earlier = (services: EarlierRequest['services'], status: EarlierRequest['status'] = 'handed-over'): EarlierRequest =>
  ({ caseId: 'c', caseNumber: 'engineering-2026-000001', finalizedAt: '2026-04-01T00:00:00Z', services, status });

describe('stopsOf', () => {
  it('a complete, eligible case has no stop', () => {
    expect(stopsOf(evaluate(), {})).toEqual([]);
  });

  it('names each stop, the most fundamental first', () => {
    const e = evaluate((c) => { c.eligibility.studentBeforeLeaving = false; c.applicant.facultyCode = 'science'; }, { today: '2027-01-01' });
    expect(stopsOf(e, {}).map((s) => s.id)).toEqual(['not-student', 'wrong-faculty', 'expired']);
  });

  it('a wrong faculty stops the case with the faculty named', () => {
    const [stop] = stopsOf(evaluate((c) => { c.applicant.facultyCode = 'science'; }), {});
    expect(stop?.id).toBe('wrong-faculty');
    expect(stop?.issue.message.ja).toContain('理学部');
  });

  it('both services used (declared, or requested on this PC) stops it; a closed or discarded case uses nothing', () => {
    expect(stopsOf(evaluate(), { 'eccs-mail': true, onedrive: true }).map((s) => s.id)).toEqual(['all-used']);
    expect(stopsOf(evaluate(), {}, [earlier(['eccs-mail']), earlier(['onedrive'], 'queued')]).map((s) => s.id)).toEqual(['all-used']);
    expect(stopsOf(evaluate(), {}, [earlier(['eccs-mail', 'onedrive'], 'closed-not-verified')])).toEqual([]);
    expect(stopsOf(evaluate(), {}, [earlier(['eccs-mail', 'onedrive'], 'discarded')])).toEqual([]);
  });
});

describe('serviceUnavailable', () => {
  it('says why a service can no longer be chosen', () => {
    expect(serviceUnavailable('onedrive', { onedrive: true })).toBe('declared');
    expect(serviceUnavailable('onedrive', {}, [earlier(['onedrive'])])).toBe('history');
    expect(serviceUnavailable('eccs-mail', {}, [earlier(['onedrive'])])).toBeNull();
  });
});

describe('the scripts', () => {
  it('never send someone who was not a student to the online service unconditionally', () => {
    const ja = formatUi('ja', 'route.instead.not-student');
    expect(ja).toContain('事前連携していて、今もマイナンバーカードを持っている場合だけ');
    expect(ja).toContain('ほかに申請する方法はありません');
    expect(formatUi('en', 'route.instead.not-student')).toContain('no other way to apply');
  });

  it('send a wrong-faculty applicant to their own faculty, with no way round', () => {
    const ja = formatUi('ja', 'route.instead.wrong-faculty');
    expect(ja).toContain('離籍直前まで所属していた学部・研究科等');
    expect(ja).not.toMatch(/合意|例外/);
  });
});
