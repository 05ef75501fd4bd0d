// core.outbox.openMailForm: one call builds the link once, copies the block when the link cannot
// carry it, opens the form through the shell, and audits the opening without personal data. It
// acts on the existing item only.
import { afterEach, describe, expect, it } from 'vitest';
import { completeCase } from '../../../../tools/fixtures/case-fixtures';
import { openTestCore, rejection, type TestCore } from '../open-test-core';
import { rawDb } from '../raw-db';
import { STAND_IN_FORM_ID, withPublishedFormStandIn } from '../../../../tools/preview/published-form-stand-in';

// A template for the form the desk's published link leads to (the stand-in answers that redirect).
const TEMPLATE = `https://docs.google.com/forms/d/e/${STAND_IN_FORM_ID}/viewform?usp=pp_url&entry.1=%7B%7BcaseNumber%7D%7D&entry.2=%7B%7BrequestText%7D%7D`;

let t: TestCore | undefined;
afterEach(async () => {
  await t?.cleanup();
  t = undefined;
});

function desktop(opts: { clipboard?: 'ok' | 'refuse' } = {}) {
  const calls = { copied: [] as string[], opened: [] as string[] };
  return {
    calls,
    copyText: async (text: string) => {
      if (opts.clipboard === 'refuse') throw new Error('clipboard refused');
      calls.copied.push(text);
    },
    openMailForm: async (url: string) => {
      calls.opened.push(url);
      return true;
    },
  };
}

async function finalized(core: TestCore['core']) {
  return core.cases.finalize((await core.cases.createDraft(completeCase())).id, { operator: '窓口 太郎' });
}

describe('core.outbox.openMailForm', () => {
  it('without a template: copies the block, then opens the plain form; audited with numbers only', async () => {
    t = await openTestCore();
    const c = await finalized(t.core);
    const [item] = await t.core.outbox.list();
    const d = desktop();
    const result = await t.core.outbox.openMailForm(item!.id, { operator: '窓口 太郎' }, d);
    expect(result).toMatchObject({ prefilled: false, copied: true, opened: true, url: (await t.core.settings.get()).mailFormUrl });
    expect(d.calls.copied).toEqual([await t.core.outbox.mailFormText(item!.id)]);
    expect(d.calls.opened).toEqual([result.url]);
    expect(await t.core.outbox.list()).toHaveLength(1); // nothing new: it acted on the item made at 確定

    const raw = await rawDb(t.dataDir, t.secrets);
    const audit = raw.prepare(`SELECT operator, details FROM audit WHERE action = 'open-mail-form'`).all() as { operator: string; details: string }[];
    raw.close();
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.details)).toEqual({ caseNumber: c.caseNumber, itemId: item!.id, kind: 'request', prefilled: false, copied: true, opened: true });
    for (const personal of ['東大', '花子', '1234567890', 'hanako@example.com', '03-123456']) expect(audit[0]!.details).not.toContain(personal);
  });

  it('with the desk’s template: opens the prefilled link without touching the clipboard', async () => {
    t = await openTestCore({ fetch: withPublishedFormStandIn(globalThis.fetch) });
    await t.core.settings.update({ mailFormPrefillTemplate: TEMPLATE }, { operator: '窓口 太郎' });
    const c = await finalized(t.core);
    const [item] = await t.core.outbox.list();
    const d = desktop();
    const result = await t.core.outbox.openMailForm(item!.id, { operator: '窓口 太郎' }, d);
    expect(result).toMatchObject({ prefilled: true, copied: false, opened: true });
    expect(new URL(d.calls.opened[0]!).searchParams.get('entry.1')).toBe(c.caseNumber);
    expect(d.calls.copied).toEqual([]);
  });

  it('a refused clipboard opens nothing and hands the block back to select by hand; an unknown item or a non-staff operator is refused', async () => {
    t = await openTestCore();
    await finalized(t.core);
    const [item] = await t.core.outbox.list();
    const d = desktop({ clipboard: 'refuse' });
    const result = await t.core.outbox.openMailForm(item!.id, { operator: '窓口 太郎' }, d);
    expect(result).toMatchObject({ copied: false, opened: false, text: await t.core.outbox.mailFormText(item!.id) });
    expect(d.calls.opened).toEqual([]);
    expect((await rejection(t.core.outbox.openMailForm('00000000-0000-4000-8000-000000000000', { operator: '窓口 太郎' }, desktop()))).code).toBe('not-found');
    expect((await rejection(t.core.outbox.openMailForm(item!.id, { operator: '知らない 人' }, desktop()))).code).toBe('validation');
  });
});
