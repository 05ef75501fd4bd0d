// The verdict: verified or not and exactly why (the shared module's reason, its stable code in
// data-reason), who signed (department, key fingerprint), when, and the signed content as plain
// text — already escaped by the shared module, and inserted as text, never as markup.
import { facultyByCode } from '../../src-shared/domain/faculties';
import type { PasteResult, SignedView } from '../../src-shared/protocol/verify';
import { h } from './dom';
import { messages, type Lang } from './messages';

function facts(view: SignedView, lang: Lang): HTMLElement {
  const m = messages[lang];
  const dep = `${facultyByCode(view.department)?.[lang] ?? view.department} (${view.department})`;
  const row = (term: string, value: string, mono = false) => [h('dt', {}, term), h('dd', mono ? { class: 'mono' } : {}, value)];
  return h('dl', { class: 'facts' },
    ...row(m.kind, view.kind === 'request' ? m.kindRequest : m.kindAmendment),
    ...row(m.department, dep),
    ...row(m.fingerprint, view.kid, true),
    ...row(m.createdAt, view.createdAt),
    ...row(m.caseNumber, view.caseNumber));
}

function amendment(view: SignedView, lang: Lang): HTMLElement | null {
  if (!view.amendment) return null;
  const m = messages[lang];
  const a = view.amendment;
  return h('section', { class: 'amendment', 'aria-label': m.amendmentHeading },
    h('h3', {}, m.amendmentHeading),
    h('dl', { class: 'facts' },
      h('dt', {}, m.field), h('dd', { class: 'mono' }, a.field),
      h('dt', {}, m.change), h('dd', {}, h('span', { class: 'old' }, a.oldValue), ' → ', h('span', { class: 'new' }, a.newValue)),
      h('dt', {}, m.amendReason), h('dd', {}, a.reason)));
}

function signed(view: SignedView, lang: Lang): HTMLElement[] {
  return [
    facts(view, lang),
    ...[amendment(view, lang)].filter((e): e is HTMLElement => e !== null),
    h('h3', {}, messages[lang].signedText),
    h('pre', { 'data-testid': 'signed-text', class: 'signed' }, view.lines.join('\n')),
  ];
}

export function verdictPanel(result: PasteResult | null, lang: Lang, checking: boolean): HTMLElement {
  const m = messages[lang];
  const region = h('div', { 'data-testid': 'verdict', role: 'status', 'aria-live': 'polite', class: 'verdict' });
  if (checking) {
    region.append(m.checking);
    return region;
  }
  if (result === null) return region;
  if (result.ok) {
    region.dataset.state = 'verified';
    region.classList.add('ok');
    const note = result.comparison.compared ? m.compared(result.comparison.lines) : m.bare;
    region.append(h('h3', { class: 'headline' }, `✔ ${m.verified}`), h('p', {}, note), ...signed(result.view, lang));
    return region;
  }
  region.dataset.state = 'failed';
  region.dataset.reason = result.code;
  region.classList.add('bad');
  region.append(
    h('h3', { class: 'headline' }, `✖ ${m.failed}: ${result.code}`),
    h('p', {}, result.message[lang]),
    result.details.length > 0 ? h('ul', { class: 'details' }, ...result.details.map((d) => h('li', {}, d))) : '',
    ...(result.view ? signed(result.view, lang) : []));
  return region;
}
