// Sections 1–3: who applies, whether they are inside the window, and what they ask for.
import type { Language } from '../../../src-shared/core-api';
import { serviceById, serviceIds } from '../../../src-shared/domain';
import { fieldPairRow, fieldRow, halfValueWidth, labelWidth, sectionHeading, STYLE, valueWidth } from './blocks';
import { facultyName, formatDate, onlineReasonName, serviceName } from './format';
import { COLOR, PAD, type TextLine } from './layout';
import type { Flow } from './flow';
import { drawRow } from './rows';
import type { RecordView } from './record-view';
import { recordText } from './text';

const label = (t: ReturnType<typeof recordText>, key: string): string => t.fields[key] ?? key;

export function applicantSection(flow: Flow, view: RecordView, lang: Language): void {
  const t = recordText(lang);
  const a = view.applicant;
  sectionHeading(flow, 1, t.sections.applicant);
  // Name with its reading above it, as on Japanese forms (ふりがな over 氏名).
  const lw = labelWidth(lang) - 2 * PAD.x;
  const vw = valueWidth(lang) - 2 * PAD.x;
  const labelLines = [
    ...(a.nameKana ? flow.lines(label(t, 'applicant.nameKana'), lw, { ...STYLE.label, size: 7 }) : []),
    ...flow.lines(label(t, 'applicant.name'), lw, STYLE.label),
  ];
  const valueLines = [
    ...(a.nameKana ? flow.lines(a.nameKana, vw, { ...STYLE.value, size: 8.5, color: COLOR.muted }) : []),
    ...flow.lines(a.name, vw, STYLE.name),
  ];
  drawRow(flow, [labelWidth(lang), valueWidth(lang)], [
    { lines: labelLines, fill: COLOR.fill, repeat: true, valign: 'middle' },
    { lines: valueLines },
  ]);
  fieldPairRow(flow, lang, [label(t, 'applicant.utokyoAccount'), a.utokyoAccount], [label(t, 'applicant.studentNumber'), a.studentNumber]);
  fieldRow(flow, lang, label(t, 'applicant.facultyCode'), facultyName(a.facultyCode, lang));
  fieldRow(flow, lang, label(t, 'applicant.contactEmail'), a.contactEmail);
}

export function eligibilitySection(flow: Flow, view: RecordView, lang: Language): void {
  const t = recordText(lang);
  const e = view.eligibility;
  const hw = halfValueWidth(lang) - 2 * PAD.x;
  sectionHeading(flow, 2, t.sections.eligibility);
  fieldRow(flow, lang, label(t, 'eligibility.studentBeforeLeaving'), e.studentBeforeLeaving ? t.studentYes : t.studentNo);
  const expiry = [
    ...flow.lines(formatDate(e.accountExpiry, lang), hw, STYLE.value),
    ...flow.lines(e.accountExpiryOverridden ? t.expiryOverride : t.expiryDefault, hw, STYLE.small),
  ];
  fieldPairRow(flow, lang, [label(t, 'eligibility.departureDate'), formatDate(e.departureDate, lang)], [label(t, 'eligibility.accountExpiry'), expiry]);
  if (e.expiryOverride) fieldRow(flow, lang, label(t, 'eligibility.accountExpiryOverride'), e.expiryOverride[lang]);
  const deadline = [
    ...flow.lines(formatDate(e.deadline, lang), hw, STYLE.value),
    ...flow.lines(lang === 'ja' ? '失効日から180日' : 'expiry + 180 days', hw, STYLE.small),
  ];
  fieldPairRow(flow, lang, [label(t, 'eligibility.deadline'), deadline], [label(t, 'eligibility.daysLeft'), t.days(e.daysLeftAtVerification)]);
  const reason = onlineReasonName(e.onlineServiceUnavailable, lang);
  fieldRow(flow, lang, label(t, 'eligibility.onlineServiceUnavailable'), e.onlineServiceNote ? `${reason}: ${e.onlineServiceNote}` : reason);
  const used = serviceIds.filter((s) => e.priorUse[s]);
  fieldRow(flow, lang, label(t, 'eligibility.priorUse'),
    used.length === 0 ? t.priorUseNone : used.map((s) => `${serviceName(s, lang)}: ${t.priorUsed}`).join('\n'));
}

export function requestSection(flow: Flow, view: RecordView, lang: Language): void {
  const t = recordText(lang);
  const vw = valueWidth(lang) - 2 * PAD.x;
  sectionHeading(flow, 3, t.sections.request);
  const lines: TextLine[] = [];
  view.request.services.forEach((id, i) => {
    if (i > 0) lines.push({ ...STYLE.small, text: '', height: 4, dx: 0 });
    lines.push(...flow.lines(serviceName(id, lang), vw, STYLE.value, { hanging: '■ ' }));
    for (const note of serviceById(id).scope) lines.push(...flow.lines(note[lang], vw, STYLE.small, { dx: 12, hanging: lang === 'ja' ? '・' : '• ' }));
  });
  fieldRow(flow, lang, label(t, 'request.services'), lines);
  fieldRow(flow, lang, label(t, 'request.reason'), view.request.reason);
}
