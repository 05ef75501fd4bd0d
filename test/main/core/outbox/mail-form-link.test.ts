// The mail form, prefilled: every placeholder replaced by its value as URLSearchParams
// encodes it, so the form (Google) decodes exactly the value; the plain link without a template or
// when the URL would pass 8,000 characters; the text is decoded from the stored JWS and never changes.
import { afterEach, describe, expect, it } from 'vitest';
import { serviceById } from '../../../../src-shared/domain';
import { findJws } from '../../../../src-shared/protocol';
import { verifySubmission, type Receiver } from '../../../../tools/desk';
import { outboxRig } from './support';
import { STAND_IN_FORM_ID } from '../../../../tools/preview/published-form-stand-in';

const open: Receiver[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((r) => r.close()));
});
const FORM = `https://docs.google.com/forms/d/e/${STAND_IN_FORM_ID}/viewform`;
// As Google hands it back: the typed placeholders percent-encoded; one written with raw braces and spaces.
const TEMPLATE = `${FORM}?usp=pp_url&entry.1=%7B%7BcaseNumber%7D%7D&entry.2=%7B%7BapplicantName%7D%7D&entry.3=%7B%7BcontactEmail%7D%7D`
  + '&entry.4=%7B%7Bservices%7D%7D&entry.5={{ staffName }}&entry.6=%7B%7BrequestText%7D%7D';

async function rig(template: string | null) {
  const r = await outboxRig();
  open.push(r.desk);
  r.ctx.settings = { ...r.ctx.settings, deliveryChannel: 'mail-form', mailFormPrefillTemplate: template, staff: [{ name: '窓口 太郎', role: '学務係' }] };
  return r;
}

describe('mailFormLink', () => {
  it('fills the template: the decoded query holds exactly the values, and the 検証コード in it verifies', async () => {
    const { ctx, outbox, jwks } = await rig(TEMPLATE);
    const c = ctx.addFinalizedCase();
    const item = await outbox.enqueue(c.id);
    const link = await outbox.mailFormLink(item.id);
    expect(link.prefilled).toBe(true);
    expect(link.url.startsWith(`${FORM}?usp=pp_url&entry.1=`)).toBe(true);
    expect(link.url).not.toMatch(/%7B|\{/i);
    const q = new URL(link.url).searchParams;
    expect(q.get('entry.1')).toBe(c.caseNumber);
    expect(q.get('entry.2')).toBe('東大 花子');
    expect(q.get('entry.3')).toBe('hanako@example.com');
    expect(q.get('entry.4')).toBe(serviceById('eccs-mail').name.ja);
    expect(q.get('entry.5')).toBe('窓口 太郎');
    expect(q.get('entry.6')).toBe(link.text);
    expect(link.text).toBe(await outbox.mailFormText(item.id));
    expect((await verifySubmission(findJws(q.get('entry.6')!)!, jwks)).ok).toBe(true);
    // Encoded as URLSearchParams does: a space is '+', never %20.
    expect(link.url).toContain('entry.5=%E7%AA%93%E5%8F%A3+%E5%A4%AA%E9%83%8E');
  });

  it('without a template: the configured form link, not prefilled, with the text to paste', async () => {
    const { ctx, outbox } = await rig(null);
    const item = await outbox.enqueue(ctx.addFinalizedCase().id);
    const link = await outbox.mailFormLink(item.id);
    expect(link).toEqual({ url: 'https://forms.gle/ASFmXTbgNwncrWL28', prefilled: false, text: await outbox.mailFormText(item.id), reason: 'no-template', otherThanDefault: null });
  });

  it('a URL over 8,000 characters falls back to the plain link', async () => {
    const long = `${TEMPLATE}${'&entry.9=%7B%7BrequestText%7D%7D'.repeat(3)}`;
    const { ctx, outbox } = await rig(long);
    const item = await outbox.enqueue(ctx.addFinalizedCase().id);
    const link = await outbox.mailFormLink(item.id);
    expect(link.prefilled).toBe(false);
    expect(link.url).toBe('https://forms.gle/ASFmXTbgNwncrWL28');
    expect(link.reason).toBe('too-long');
  });

  it('the text comes from the signed bytes: changing the case afterwards changes nothing', async () => {
    const { ctx, outbox } = await rig(TEMPLATE);
    const c = ctx.addFinalizedCase();
    const item = await outbox.enqueue(c.id);
    const before = await outbox.mailFormLink(item.id);
    await outbox.markHandedOver(item.id, { operator: '窓口 太郎' });
    ctx.cases.set(c.id, { ...ctx.getCase(c.id), input: { ...c.input, applicant: { ...c.input.applicant, name: '別人 次郎' } } });
    expect(await outbox.mailFormLink(item.id)).toEqual(before);
  });
});
