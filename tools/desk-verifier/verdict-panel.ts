// The verdict, in words first (verdict.ts: who confirmed what, or 「この申請を受け付けないでください」,
// why and the next step), the stable code in data-reason and in small print; for a text-mismatch
// each differing field with the pasted line beside the signed one; lines outside the block under
// 「申請の一部ではありません」; then who signed (department, fingerprint grouped for reading
// aloud), when, when received, and the signed content — all already escaped by the shared module
// and inserted as text, never as markup.
import { facultyByCode } from '../../src-shared/domain/faculties';
import { groupedFingerprint, verdictOf, type Difference, type PasteResult, type SignedView } from '../../src-shared/protocol/verify';
import { h } from './dom';
import { messages, type Lang } from './messages';
import { tokyoTime } from './received-at';

function facts(view: SignedView, receivedAt: number, lang: Lang): HTMLElement {
  const m = messages[lang];
  const dep = `${facultyByCode(view.department)?.[lang] ?? view.department} (${view.department})`;
  const row = (term: string, value: string, attrs: Record<string, string> = {}) => [h('dt', {}, term), h('dd', attrs, value)];
  return h('dl', { class: 'facts' },
    ...row(m.kind, view.kind === 'request' ? m.kindRequest : m.kindAmendment),
    ...row(m.caseNumber, view.caseNumber),
    ...row(m.department, dep),
    ...row(m.fingerprint, groupedFingerprint(view.kid), { class: 'mono fingerprint', 'data-testid': 'fingerprint', 'data-kid': view.kid }),
    ...row(m.createdAt, view.createdAt),
    ...row(m.receivedAt, tokyoTime(receivedAt)));
}

function amendment(view: SignedView, lang: Lang): HTMLElement | null {
  if (!view.amendment) return null;
  const m = messages[lang];
  const a = view.amendment;
  return h('section', { class: 'amendment', 'aria-label': m.amendmentHeading, 'data-testid': 'amendment' },
    h('h3', {}, m.amendmentHeading),
    h('dl', { class: 'facts' },
      h('dt', {}, m.field), h('dd', {}, a.fieldWords[lang]),
      h('dt', {}, m.change), h('dd', {}, h('span', { class: 'old' }, a.oldValue), ' → ', h('span', { class: 'new' }, a.newValue)),
      h('dt', {}, m.amendReason), h('dd', {}, a.reason)));
}

function signed(view: SignedView, receivedAt: number, lang: Lang): HTMLElement[] {
  return [
    facts(view, receivedAt, lang),
    ...[amendment(view, lang)].filter((e): e is HTMLElement => e !== null),
    h('h3', {}, messages[lang].signedText),
    h('pre', { 'data-testid': 'signed-text', class: 'signed' }, view.lines.join('\n')),
  ];
}

function differences(list: readonly Difference[], lang: Lang): HTMLElement | null {
  if (list.length === 0) return null;
  const m = messages[lang];
  const rows = list.map((d) => h('tr', { 'data-field': d.label },
    h('th', { scope: 'row' }, d.label, d.outside ? h('span', { class: 'small' }, ` ${m.diffOutside}`) : null),
    h('td', { class: 'pasted' }, h('pre', {}, d.pasted ?? m.diffMissing)),
    h('td', { class: 'signed' }, h('pre', {}, d.signed ?? m.diffNothingSigned))));
  return h('section', { 'data-testid': 'differences', 'aria-labelledby': 'diff-heading' },
    h('h3', { id: 'diff-heading' }, m.diffHeading),
    h('table', { class: 'diff' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, m.diffField), h('th', { scope: 'col' }, m.diffPasted), h('th', { scope: 'col' }, m.diffSigned))),
      h('tbody', {}, ...rows)));
}

function outside(lines: readonly string[], lang: Lang): HTMLElement | null {
  if (lines.length === 0) return null;
  const m = messages[lang];
  return h('section', { 'data-testid': 'outside', class: 'outside', 'aria-labelledby': 'outside-heading' },
    h('h3', { id: 'outside-heading' }, m.outsideHeading), h('p', { class: 'help' }, m.outsideHelp),
    h('pre', {}, lines.join('\n')));
}

export function verdictPanel(result: PasteResult | null, lang: Lang, checking: boolean): HTMLElement {
  const m = messages[lang];
  const region = h('div', { 'data-testid': 'verdict', id: 'verdict', role: 'status', 'aria-live': 'polite', class: 'verdict', tabindex: '-1' });
  if (checking) {
    region.append(m.checking);
    return region;
  }
  if (result === null) return region;
  const v = verdictOf(result);
  region.dataset.state = result.ok ? 'verified' : 'failed';
  region.dataset.reason = v.reason;
  region.classList.add(result.ok ? 'ok' : 'bad');
  const words = [
    h('h3', { class: 'headline', 'data-testid': 'headline' }, `${result.ok ? '✔' : '✖'} ${v.headline[lang]}`),
    h('p', { 'data-testid': 'why' }, h('strong', {}, `${m.whyHeading}: `), v.why[lang]),
    h('p', { 'data-testid': 'next', class: 'next' }, h('strong', {}, `${m.nextHeading}: `), v.next[lang]),
  ];
  const outsideLines = result.ok ? result.comparison.outside : result.outside;
  region.append(
    ...words,
    result.ok ? '' : (differences(result.differences, lang) ?? (result.details.length > 0 ? h('ul', { class: 'details' }, ...result.details.map((d) => h('li', {}, d))) : '')),
    outside(outsideLines, lang) ?? '',
    ...(result.view ? signed(result.view, result.receivedAt, lang) : []),
    h('p', { class: 'small code', 'data-testid': 'reason-code' }, m.codeSmall(v.reason)));
  return region;
}
