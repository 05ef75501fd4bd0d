// Where the counter's personal data may go. Built in: the desk's published form link, and prefill
// templates for the form that link leads to. Any other mail-form link or any endpoint is "another
// destination": used only after staff confirmed it by name (the core records the confirmation in
// Settings and the audit trail). Pure functions, shared by the core, the shell and the renderer.
import { parseMailFormUrl } from './mail-form-url';
import { formIdInQuery } from './form-id-in-query';
import { checkPrefillTemplate, DEFAULT_MAIL_FORM_URL, googleFormId } from './prefill-template';

export type DestinationField = 'mailFormUrl' | 'endpointUrl';

export interface DestinationSettings {
  readonly mailFormUrl: string;
  readonly mailFormPrefillTemplate: string | null;
  readonly endpointUrl: string | null;
  /** Destinations staff confirmed by name (labels as destinationLabel gives them). */
  readonly confirmedDestinations?: readonly string[] | undefined;
}

/**
 * How a destination is named to staff and stored once confirmed: its host and path, without the
 * query (and, where the form is named in the query, with that id, or every id when repeated, which
 * the rules refuse to save). Any host may serve many tenants under their own paths (a form service,
 * a webhook, a script host), so one confirmed destination never confirms another path on the same
 * host. A trailing dot names the same host, so it is never a way round: it only changes the label,
 * which then needs its own confirmation. A scheme other than https is part of the name, so a
 * confirmed https destination never confirms its plain-http twin.
 */
export function destinationLabel(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return raw.slice(0, 200);
  }
  const id = formIdInQuery(url);
  const ids = id.kind === 'none' ? [] : id.kind === 'one' ? [id.id] : id.ids;
  const query = ids.length > 0 ? `?${ids.map((v) => `id=${v}`).join('&')}` : '';
  const scheme = url.protocol === 'https:' ? '' : `${url.protocol}//`;
  return `${scheme}${url.host}${url.pathname.replace(/\/+$/, '')}${query}`;
}

const isDefaultMailForm = (raw: string): boolean => parseMailFormUrl(raw)?.href === new URL(DEFAULT_MAIL_FORM_URL).href;

/** The destinations in these settings other than the built-in ones (the endpoint only when set). */
export function otherDestinations(s: DestinationSettings): { readonly field: DestinationField; readonly label: string }[] {
  const out: { field: DestinationField; label: string }[] = [];
  if (!isDefaultMailForm(s.mailFormUrl)) out.push({ field: 'mailFormUrl', label: destinationLabel(s.mailFormUrl) });
  if (s.endpointUrl) out.push({ field: 'endpointUrl', label: destinationLabel(s.endpointUrl) });
  return out;
}

export const isConfirmed = (s: DestinationSettings, label: string): boolean => (s.confirmedDestinations ?? []).includes(label);

/** The other destinations not (yet) confirmed: these must not be used. */
export function unconfirmedDestinations(s: DestinationSettings, alsoConfirmed: readonly string[] = []): { readonly field: DestinationField; readonly label: string }[] {
  return otherDestinations(s).filter((d) => !isConfirmed(s, d.label) && !alsoConfirmed.includes(d.label));
}

/**
 * What saving `patch` over `before` needs confirmed by name: each other destination the patch sets
 * that was not confirmed before (the core refuses without it; the Settings screen asks first).
 */
export function destinationsToConfirm(before: DestinationSettings, patch: Partial<DestinationSettings>): { readonly field: DestinationField; readonly label: string }[] {
  const set = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<DestinationSettings>;
  return otherDestinations({ ...before, ...set }).filter((d) => set[d.field] !== undefined && !isConfirmed(before, d.label));
}

/** The endpoint to post to: the configured one once confirmed, else null. */
export function usableEndpoint(s: DestinationSettings): string | null {
  return s.endpointUrl && isConfirmed(s, destinationLabel(s.endpointUrl)) ? s.endpointUrl : null;
}

/** The mail-form link to open: the configured link when built in or confirmed, else the built-in one. */
export function usableMailFormUrl(s: DestinationSettings): string {
  if (isDefaultMailForm(s.mailFormUrl) || isConfirmed(s, destinationLabel(s.mailFormUrl))) return s.mailFormUrl;
  return DEFAULT_MAIL_FORM_URL;
}

/** Why the form is opened without prefilled answers (the text is copied instead). */
export type PlainFormReason = 'no-template' | 'form-id-unknown' | 'form-id-mismatch' | 'mail-form-unconfirmed' | 'too-long';

export interface MailFormDestination {
  /** The form link to open when not prefilled. */
  readonly formUrl: string;
  /** The template to fill, or null (then `reason` says why). */
  readonly template: string | null;
  readonly reason: PlainFormReason | null;
  /** A confirmed destination other than the built-in one, for the notice; null when built in. */
  readonly otherThanDefault: string | null;
}

/**
 * Where the mail form opens. `formId` is the Google Form id the form link leads to (learned by
 * following its redirect), or null while it cannot be learned. A template is used only when its
 * form id is that id; otherwise the plain form link opens and the text is copied.
 */
export function resolveMailFormDestination(s: DestinationSettings, formId: string | null): MailFormDestination {
  const formUrl = usableMailFormUrl(s);
  const unconfirmed = formUrl !== s.mailFormUrl;
  const otherThanDefault = isDefaultMailForm(formUrl) ? null : destinationLabel(formUrl);
  const plain = (reason: PlainFormReason): MailFormDestination => ({ formUrl, template: null, reason, otherThanDefault });
  const template = s.mailFormPrefillTemplate;
  if (!template || !checkPrefillTemplate(template).ok) return plain(unconfirmed ? 'mail-form-unconfirmed' : 'no-template');
  if (unconfirmed) return plain('mail-form-unconfirmed');
  if (formId === null) return plain('form-id-unknown');
  if (googleFormId(template) !== formId) return plain('form-id-mismatch');
  return { formUrl, template, reason: null, otherThanDefault };
}
