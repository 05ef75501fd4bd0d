// Sections 1–3: who applies, whether they are inside the window, and what they ask for.
import type { Language } from '../../../src-shared/core-api';
import { serviceById, serviceIds } from '../../../src-shared/domain';
import { fieldRow, sectionHeading, STYLE, valueWidth } from './blocks';
import { facultyName, formatDate, onlineReasonName, serviceName } from './format';
import { PAD, type Flow, type TextLine } from './layout';
import type { RecordView } from './record-view';
import { recordText } from './text';

export function applicantSection(flow: Flow, view: RecordView, lang: Language): void {
  const t = recordText(lang);
  const f = t.fields;
  const a = view.applicant;
  sectionHeading(flow, 1, t.sections.applicant);
  fieldRow(flow, lang, f['applicant.name'] as string, a.name, STYLE.name);
  if (a.nameKana) fieldRow(flow, lang, f['applicant.nameKana'] as string, a.nameKana);
  fieldRow(flow, lang, f['applicant.utokyoAccount'] as string, a.utokyoAccount);
  fieldRow(flow, lang, f['applicant.studentNumber'] as string, a.studentNumber);
  fieldRow(flow, lang, f['applicant.facultyCode'] as string, facultyName(a.facultyCode, lang));
  fieldRow(flow, lang, f['applicant.contactEmail'] as string, a.contactEmail);
}

export function eligibilitySection(flow: Flow, view: RecordView, lang: Language): void {
  const t = recordText(lang);
  const f = t.fields;
  const e = view.eligibility;
  const vw = valueWidth(lang) - 2 * PAD.x;
  sectionHeading(flow, 2, t.sections.eligibility);
  fieldRow(flow, lang, f['eligibility.studentBeforeLeaving'] as string, e.studentBeforeLeaving ? t.studentYes : t.studentNo);
  fieldRow(flow, lang, f['eligibility.departureDate'] as string, formatDate(e.departureDate, lang));
  const basis = e.accountExpiryOverridden ? t.expiryOverride : t.expiryDefault;
  fieldRow(flow, lang, f['eligibility.accountExpiry'] as string,
    lang === 'ja' ? `${formatDate(e.accountExpiry, lang)}(${basis})` : `${formatDate(e.accountExpiry, lang)} (${basis})`);
  fieldRow(flow, lang, `${f['eligibility.deadline']}${lang === 'ja' ? '(失効日から180日)' : ' (expiry + 180 days)'}`,
    flow.lines(formatDate(e.deadline, lang), vw, STYLE.strong));
  fieldRow(flow, lang, f['eligibility.daysLeft'] as string, t.days(e.daysLeftAtVerification));
  const reason = onlineReasonName(e.onlineServiceUnavailable, lang);
  fieldRow(flow, lang, f['eligibility.onlineServiceUnavailable'] as string, e.onlineServiceNote ? `${reason}: ${e.onlineServiceNote}` : reason);
  const used = serviceIds.filter((s) => e.priorUse[s]);
  fieldRow(flow, lang, f['eligibility.priorUse'] as string,
    used.length === 0 ? t.priorUseNone : used.map((s) => `${serviceName(s, lang)}: ${t.priorUsed}`).join('\n'));
}

export function requestSection(flow: Flow, view: RecordView, lang: Language): void {
  const t = recordText(lang);
  const vw = valueWidth(lang) - 2 * PAD.x;
  sectionHeading(flow, 3, t.sections.request);
  const lines: TextLine[] = [];
  view.request.services.forEach((id, i) => {
    if (i > 0) lines.push({ ...STYLE.small, text: '', height: 4, dx: 0 });
    lines.push(...flow.lines(`■ ${serviceName(id, lang)}`, vw, STYLE.strong));
    for (const note of serviceById(id).scope) lines.push(...flow.lines(note[lang], vw, STYLE.small, { dx: 10, hanging: '・' }));
  });
  fieldRow(flow, lang, t.fields['request.services'] as string, lines);
  fieldRow(flow, lang, t.fields['request.reason'] as string, view.request.reason);
}
