// The applicant's notice (申請者控え) through the real core: one A4 page with what the
// former student needs (case number, department and counter, date of the check, services,
// deadline, what happens next, the seed's conditions, whom to ask), and nothing internal.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checklistFor, serviceById } from '../../../../src-shared/domain';
import { renderApplicantNoticePdf } from '../../../../src-main/core/records/render-notice';
import { noticeViewOf } from '../../../../src-main/core/records/notice-view';
import { completeCase } from '../../../../tools/fixtures/case-fixtures';
import { DEFAULT_DESK_LINKS } from '../../../../src-shared/counter-contact';
import { openTestCore, rejection, type TestCore } from '../open-test-core';
import { rawDb } from '../raw-db';
import { expectEmbeddedSubsets, expectNoPersonalMetadata, expectSoundA4 } from './pdf-checks';
import { pdfInfo, pdfText, squash } from './pdf-tools';
import { FINALIZED_AT, finalizedCase, recordViewFixture } from '../../../../tools/fixtures/record-fixtures';

// The seed page's conditions (seeds/salvage-page.ja.txt), word for word, with Japanese punctuation.
const SEED_CONDITIONS = [
  'クラウドデータ救出を利用できる回数は、ECCSクラウドメールとOneDriveそれぞれにつき1回限りです。両方の対象を同時に申請した場合は、その1回のみ利用可能です。',
  'アクセスできる期間は、1週間に限ります。',
  'クラウドデータ救出の申請は必ず許可されるとは限りません。',
  'UTokyo Account失効後180日以内であっても、大学全体の保存容量の都合等により、一部または全部のデータを完全に削除し、提供できない状態にしてしまう場合があるので、ご注意ください。',
];

const input = (() => {
  const c = completeCase({ method: 'video' });
  return {
    ...c,
    request: { ...c.request, services: ['eccs-mail', 'onedrive'] as ('eccs-mail' | 'onedrive')[] },
    eligibility: { ...c.eligibility, onlineServiceUnavailable: 'other' as const, onlineServiceNote: 'カードを紛失し再発行中のため(職員メモ)' },
  };
})();

let t: TestCore;
let id: string;
beforeEach(async () => {
  t = await openTestCore();
  id = (await t.core.cases.createDraft(input)).id;
});
afterEach(async () => {
  await t.cleanup();
});

describe('core.records.applicantNoticePdf', () => {
  it('is only for finalized (or later) cases', async () => {
    expect((await rejection(t.core.records.applicantNoticePdf(id))).code).toBe('invalid-state');
    expect((await rejection(t.core.records.applicantNoticePdf('no-such-case'))).code).toBe('not-found');
    const other = await t.core.cases.createDraft(completeCase());
    await t.core.cases.discard(other.id, { operator: '窓口 太郎' });
    expect((await rejection(t.core.records.applicantNoticePdf(other.id))).code).toBe('invalid-state');
  });

  it('tells the applicant their case, the deadline, what happens next, the conditions and whom to ask, on one page', async () => {
    const c = await t.core.cases.finalize(id, { operator: '窓口 太郎' });
    const pdf = await t.core.records.applicantNoticePdf(id);
    const text = squash(pdfText(pdf));
    const expected = [
      'クラウドデータ救出申請者控え', c.caseNumber ?? 'missing', '工学部学務・教務担当窓口', '2026年5月1日',
      serviceById('eccs-mail').name.ja, serviceById('onedrive').name.ja, '2026年9月28日', input.applicant.contactEmail,
      'uteleconサポート窓口から上記の連絡先メールアドレス宛に', '受付窓口で結果を早めたり', ...SEED_CONDITIONS,
      // Whom to ask, and the desk's pages the seed names (defaults: the desk's own site).
      'https://utelecon.adm.u-tokyo.ac.jp/support/email-form/', 'https://utelecon.adm.u-tokyo.ac.jp/systems/leave/salvage',
      '「離籍時のデータのバックアップについて」(https://utelecon.adm.u-tokyo.ac.jp/systems/leave/backup)', 'お問い合わせ先',
      // English of each heading
      'Yourrequest', 'Whathappensnext', 'Conditions', 'Questions', 'Casenumber', 'Applicationdeadline',
      '1/1ページ',
    ];
    for (const value of expected) expect(text, value).toContain(squash(value));
    expect(pdfInfo(pdf).Pages).toBe('1');
  });

  it('prints nothing internal: no reason, checklist, staff notes, verifier, identity details or 検証コード', async () => {
    await t.core.cases.finalize(id, { operator: '窓口 太郎' });
    const item = await t.core.outbox.enqueue(id, { operator: '窓口 太郎' });
    const jws = /検証コード:\s*(\S+)/.exec(await t.core.outbox.mailFormText(item.id))?.[1] ?? '';
    expect(jws.split('.')).toHaveLength(3);
    const text = squash(pdfText(await t.core.records.applicantNoticePdf(id)));
    const forbidden = [
      input.request.reason, input.request.reason.slice(0, 12), // reason text, even a piece of it
      ...checklistFor('video').map((i) => i.ja),
      input.eligibility.onlineServiceNote, input.verification.videoReason ?? 'missing',
      input.verification.verifierName, input.verification.verifierRole,
      input.applicant.name, input.applicant.nameKana ?? 'missing', input.applicant.utokyoAccount, input.applicant.studentNumber,
      '検証コード', jws.slice(0, 24), jws.split('.')[2]?.slice(0, 24) ?? 'missing', item.payloadSha256.slice(0, 16), item.id,
    ];
    for (const value of forbidden) expect(text, value).not.toContain(squash(value));
  });

  it('embeds the font as a subset, passes qpdf, keeps personal data out of the metadata, and is byte-identical', async () => {
    const c = await t.core.cases.finalize(id, { operator: '窓口 太郎' });
    const pdf = await t.core.records.applicantNoticePdf(id);
    expectEmbeddedSubsets(pdf);
    expectSoundA4(pdf);
    expectNoPersonalMetadata(pdf, [c.caseNumber ?? 'missing', input.applicant.name, input.applicant.contactEmail, input.applicant.utokyoAccount, '工学部', 'hanako']);
    expect(pdfInfo(pdf).Title).toBe('クラウドデータ救出 申請者控え');
    expect(new Date(pdfInfo(pdf).CreationDate ?? '').toISOString()).toBe(c.finalizedAt);
    await t.core.records.pdf(id); // the record in between must not change the notice's bytes
    t.clock.now = new Date('2026-06-01T00:00:00Z');
    expect(Buffer.from(await t.core.records.applicantNoticePdf(id)).equals(Buffer.from(pdf))).toBe(true);
  });

  it('shows an amended contact address (not the amendment reason), dated by the amendment', async () => {
    await t.core.cases.finalize(id, { operator: '窓口 太郎' });
    t.clock.now = new Date('2026-05-02T01:00:00Z');
    await t.core.cases.amend(id, { field: 'applicant.contactEmail', value: 'hanako.t@example.org', valueConfirm: 'hanako.t@example.org', reason: '申請者からの申し出(誤記)', by: '窓口 太郎' });
    const pdf = await t.core.records.applicantNoticePdf(id);
    const text = squash(pdfText(pdf));
    expect(text).toContain('hanako.t@example.org');
    expect(text).not.toContain('hanako@example.com');
    expect(text).not.toContain(squash('申請者からの申し出'));
    expect(new Date(pdfInfo(pdf).ModDate ?? '').toISOString()).toBe('2026-05-02T01:00:00.000Z');
  });

  it('audits a print or save of the notice as its own document, without personal data', async () => {
    await t.core.cases.finalize(id, { operator: '窓口 太郎' });
    await t.core.records.logOutput(id, 'print', { operator: '窓口 太郎', document: 'applicant-notice' });
    expect((await rejection(t.core.records.logOutput(id, 'print', { document: 'letter' as never }))).code).toBe('validation');
    const db = await rawDb(t.dataDir, t.secrets);
    try {
      const row = db.prepare("SELECT details FROM audit WHERE action = 'print'").get() as { details: string };
      expect(JSON.parse(row.details)).toMatchObject({ document: 'applicant-notice' });
      expect(row.details).not.toContain('hanako');
    } finally {
      db.close();
    }
  });
});

describe('the counter contact and the desk pages (department profile)', () => {
  const contact = { name: '工学部・工学系研究科 学務課 教務チーム', phone: '０３-5841-0000(内線 12345)', email: 'ｇａｋｕｍｕ＠ｅｘａｍｐｌｅ．ｕ-tokyo.ac.jp', hours: '平日 9:00〜17:00(12:00〜13:00を除く)' };

  it('prints the counter name, phone, e-mail and opening hours, and the desk pages the department set', async () => {
    // A page the desk moved within its own site.
    const moved = { salvage: 'https://utelecon.adm.u-tokyo.ac.jp/leave/salvage', backup: 'https://utelecon.adm.u-tokyo.ac.jp/leave/backup', mailForm: 'https://utelecon.adm.u-tokyo.ac.jp/contact/form' };
    const saved = await t.core.settings.update({ counterContact: contact, deskLinks: moved }, { operator: '窓口 太郎' });
    expect(saved.counterContact).toEqual({ ...contact, phone: '03-5841-0000(内線 12345)', email: 'gakumu@example.u-tokyo.ac.jp' });
    await t.core.cases.finalize(id, { operator: '窓口 太郎' });
    const pdf = await t.core.records.applicantNoticePdf(id);
    const text = squash(pdfText(pdf));
    for (const value of [contact.name, '電話:03-5841-0000(内線12345)', 'メール:gakumu@example.u-tokyo.ac.jp', '受付時間:平日9:00〜17:00', moved.salvage, moved.backup, moved.mailForm]) {
      expect(text, value).toContain(squash(value));
    }
    expect(text).not.toContain('utelecon.adm.u-tokyo.ac.jp/systems');
    expect(pdfInfo(pdf).Pages).toBe('1');
    // Part of the department profile, so every PC of the department prints the same.
    const profile = await t.core.settings.exportProfile();
    expect(profile.counterContact).toEqual(saved.counterContact);
    expect(profile.deskLinks?.backup).toBe(moved.backup);
  });

  it('refuses a phone, an e-mail or a desk page the applicant could not use, naming each field', async () => {
    const e = await rejection(t.core.settings.update({
      counterContact: { ...contact, phone: 'ask at the desk', email: 'gakumu@' },
      deskLinks: { salvage: 'http://example.ac.jp', backup: 'javascript:alert(1)', mailForm: 'https://utelecon.adm.u-tokyo.ac.jp/support/email-form/' },
    }, { operator: '窓口 太郎' }));
    expect(e.issues.map((i) => [i.path, i.code])).toEqual([
      ['counterContact.phone', 'settings.counter-phone-invalid'], ['counterContact.email', 'settings.counter-email-invalid'],
      ['deskLinks.salvage', 'settings.desk-link-invalid'], ['deskLinks.backup', 'settings.desk-link-invalid'],
    ]);
  });
});

describe('the desk pages stay on the desk\'s own site', () => {
  const PHISH = 'https://phish.example/utelecon-form';
  const withMailForm = (mailForm: string) => ({ ...DEFAULT_DESK_LINKS, mailForm });

  it('a page on another site, or one dressed up as the desk\'s, is refused in Settings, naming the field and the desk\'s site', async () => {
    for (const mailForm of [PHISH, 'https://utelecon.adm.u-tokyo.ac.jp.phish.example/support/email-form/', 'https://utelecon.adm.u-tokyo.ac.jp@phish.example/',
      'https://utelecon.adm.u-tokyo.ac.jp:8443/support/email-form/', 'https://utelecon.adm.u-tokyo.ac.jp./support/email-form/', 'https://xn--utelecon-9za.adm.u-tokyo.ac.jp/']) {
      const e = await rejection(t.core.settings.update({ deskLinks: withMailForm(mailForm) }, { operator: '窓口 太郎' }));
      // User info in a link is refused as no usable https link at all; the rest as another site.
      const code = mailForm.includes('@') ? 'settings.desk-link-invalid' : 'settings.desk-link-off-site';
      expect(e.issues.map((i) => [i.path, i.code]), mailForm).toEqual([['deskLinks.mailForm', code]]);
    }
    const e = await rejection(t.core.settings.update({ deskLinks: withMailForm(PHISH) }, { operator: '窓口 太郎' }));
    expect(e.issues[0]!.message.ja).toContain('サポート窓口のサイト(https://utelecon.adm.u-tokyo.ac.jp/)のページだけ');
    expect(e.issues[0]!.message.en).toContain("a page on the desk's own site (https://utelecon.adm.u-tokyo.ac.jp/)");
    expect((await t.core.settings.get()).deskLinks).toEqual(DEFAULT_DESK_LINKS);
  });

  it('a profile naming another site for the mail-form page is refused as a whole: nothing applied, the field named', async () => {
    const profile = { ...(await t.core.settings.exportProfile()), retentionDays: 730, deskLinks: withMailForm(PHISH) };
    const before = await t.core.settings.get();
    for (const attempt of [t.core.settings.previewProfile(profile), t.core.settings.applyProfile(profile, { operator: '係長' })]) {
      const e = await rejection(attempt);
      expect(e.issues.map((i) => [i.path, i.code])).toEqual([['deskLinks.mailForm', 'settings.desk-link-off-site']]);
    }
    expect(await t.core.settings.get()).toEqual(before);
    await t.core.cases.finalize(id, { operator: '窓口 太郎' });
    expect(squash(pdfText(await t.core.records.applicantNoticePdf(id)))).not.toContain('phish.example');
  });

  it('a page on another site already stored (written by an older version, or into the database) prints as the desk\'s own page', async () => {
    await t.core.cases.finalize(id, { operator: '窓口 太郎' });
    await t.core.close();
    const db = await rawDb(t.dataDir, t.secrets);
    const stored = JSON.parse(db.prepare('SELECT value FROM settings WHERE id = 1').pluck().get() as string) as Record<string, unknown>;
    db.prepare('UPDATE settings SET value = ? WHERE id = 1').run(JSON.stringify({ ...stored, deskLinks: withMailForm(PHISH) }));
    db.close();
    await t.reopen();
    const text = squash(pdfText(await t.core.records.applicantNoticePdf(id)));
    expect(text).not.toContain('phish.example');
    expect(text).toContain(squash(DEFAULT_DESK_LINKS.mailForm));
  });
});

describe('renderApplicantNoticePdf', () => {
  it('stays on one page with both services, a long department name and a full counter contact', async () => {
    const base = recordViewFixture(finalizedCase({ input }));
    const view = noticeViewOf({ ...base, department: { code: 'engineering', name: '大学院工学系研究科・工学部 学務課 教務チーム 大学院係(本郷キャンパス 工学部2号館)' } }, {
      // Every field at its longest (counterContactSchema).
      counterContact: { name: '大学院工学系研究科・工学部 学務課 教務チーム 大学院係(本郷キャンパス 工学部2号館 1階 北側窓口)'.padEnd(40, '窓').slice(0, 40), phone: '03-5841-0000(内線 12345)'.padEnd(40, '0'), email: `${'g'.repeat(60)}@eng.example.u-tokyo.ac.jp`.slice(-48), hours: '平日 9:00〜17:00(12:00〜13:00、土日祝日・年末年始・夏季一斉休業期間を除きます。ご来訪の前にお電話ください)'.padEnd(40, '。').slice(0, 40) },
    });
    const pdf = await renderApplicantNoticePdf(view, { createdAt: FINALIZED_AT });
    expect(pdfInfo(pdf).Pages).toBe('1');
  });
});
