// The desk's answers to a POST as the outbox reads them: a correction notice the desk refuses by
// name (the request it corrects unknown, another department, an old value that is not current) is
// not resent in a loop and says what to do; a 409 without such a name is still "in flight".
import { describe, expect, it } from 'vitest';
import { outcomeOf } from '../../../../src-main/core/outbox/http-outcome';

const answer = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const now = new Date('2026-05-12T00:00:00Z');

describe('outcomeOf: correction notices the desk refuses', () => {
  it('unknown-submission (404), other-department and stale-old-value (409) are permanent, each with its own words and next step', async () => {
    const cases: [number, string, RegExp][] = [
      [404, 'unknown-submission', /まだ受け取っていません/],
      [409, 'other-department', /部局が、元の申請の部局と違います/],
      [409, 'stale-old-value', /「訂正前」の値/],
    ];
    for (const [status, error, words] of cases) {
      const o = await outcomeOf(answer(status, { error, message: { ja: 'x', en: 'x' } }), now);
      expect(o).toMatchObject({ kind: 'permanent', error: { code: `correction-${error}`, message: { ja: expect.stringMatching(words) } } });
      expect(o.kind === 'permanent' ? o.error.nextStep.ja : '').toContain('自動では再送しません');
    }
  });

  it('a 409 in flight is retried; any other 404 is refused as not a v1 desk', async () => {
    expect(await outcomeOf(answer(409, { error: 'in-flight' }), now)).toMatchObject({ kind: 'retry', error: { code: 'in-flight' } });
    expect(await outcomeOf(new Response('not json', { status: 409 }), now)).toMatchObject({ kind: 'retry', error: { code: 'in-flight' } });
    expect(await outcomeOf(answer(404, { error: 'not-found' }), now)).toMatchObject({ kind: 'permanent', error: { code: 'refused' } });
  });
});
