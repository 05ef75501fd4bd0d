// One e-mail rule, as a property: every case the domain lets finalize is signed,
// enqueued and accepted (verified) by the desk — for any contact address the domain accepts.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { payloadSchema } from '../../../src-shared/protocol/payload-schema';
import { isEmailAddress } from '../../../src-shared/domain/email-rule';
import { completeCase } from '../../../tools/fixtures/case-fixtures';
import { deliver, startDesk } from './deliver-through-desk';
import { openTestCore, type TestCore } from './open-test-core';

let t: TestCore;
let desk: Awaited<ReturnType<typeof startDesk>>;
beforeAll(async () => {
  t = await openTestCore();
  desk = await startDesk(t.core);
});
afterAll(async () => {
  await desk.stop();
  await t.cleanup();
});

const addresses = fc.oneof(
  fc.emailAddress(),
  fc.constantFrom('a!b#c@example.com', "o'brien@example.jp", 'x@sub-domain.example.co.jp', 'user+tag@example.org', 'a..b@example.com', 'a@b.c', '.a@example.com'),
);

describe('one e-mail rule', () => {
  it('whatever address the domain lets finalize is signed, queued and accepted by the desk', async () => {
    let n = 0;
    let finalized = 0;
    await fc.assert(
      fc.asyncProperty(addresses, async (email) => {
        n += 1;
        const c = completeCase();
        const account = String(1_000_000_000 + n);
        const d = await t.core.cases.createDraft(
          { ...c, applicant: { ...c.applicant, utokyoAccount: account, contactEmail: email, contactEmailConfirm: email } },
          { operator: '窓口 太郎' },
        );
        const accepted = (await t.core.cases.evaluate(d.id)).issues.every((i) => !i.path.startsWith('applicant.contactEmail') || i.severity !== 'error');
        if (!accepted) return;
        await t.core.cases.finalize(d.id, { operator: '係長' });
        finalized += 1;
        await deliver(t.core, d.id); // throws unless the desk verified and stored it
      }),
      { numRuns: 40, seed: 11 },
    );
    expect(finalized).toBeGreaterThan(20);
  }, 120_000);

  it('the payload schema and the domain use the same predicate', () => {
    fc.assert(
      fc.property(fc.oneof(fc.emailAddress(), fc.string({ maxLength: 40 })), (email) => {
        const shape = payloadSchema.shape.applicant.shape.contactEmail;
        expect(shape.safeParse(email).success).toBe(isEmailAddress(email));
      }),
      { numRuns: 500 },
    );
  });
});
