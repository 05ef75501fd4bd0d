// Settings → the contact printed on the applicant's copy: the counter's name, phone, e-mail and
// opening hours, and the desk's pages (on the desk's own site). Each error beside its field; a page
// stored on another site (an older version accepted any) is flagged at once, since the notice
// prints the built-in page instead.
import { useState } from 'react';
import type { CounterContact, DeskLinks } from '../../src-shared/core-api';
import { DEFAULT_DESK_LINKS, DESK_SITE_HOST, deskPage, EMPTY_COUNTER_CONTACT } from '../../src-shared/counter-contact';
import { foldEmail } from '../../src-shared/domain';
import { issueMessage } from '../../src-shared/messages/issues';
import type { UiKey } from '../../src-shared/messages/ui';
import { deskApi, toErrorData, unwrap } from '../api/desk-api';
import { useLocal, useT } from '../i18n/use-t';
import { useSession } from '../state/session-store';

type ContactKey = keyof CounterContact;
type LinkKey = keyof DeskLinks;
const CONTACT_FIELDS: readonly { key: ContactKey; label: UiKey; hint?: UiKey; type?: string }[] = [
  { key: 'name', label: 'contact.name', hint: 'contact.name-hint' },
  { key: 'phone', label: 'contact.phone', type: 'tel' },
  { key: 'email', label: 'contact.email', type: 'email' },
  { key: 'hours', label: 'contact.hours', hint: 'contact.hours-hint' },
];
const LINK_FIELDS: readonly { key: LinkKey; label: UiKey }[] = [
  { key: 'salvage', label: 'contact.link.salvage' },
  { key: 'backup', label: 'contact.link.backup' },
  { key: 'mailForm', label: 'contact.link.mailForm' },
];

/** The stored pages not on the desk's site, each with why (the notice does not print them). */
function offSiteErrors(links: DeskLinks, language: 'ja' | 'en'): Record<string, string> {
  const message = issueMessage('settings.desk-link-off-site').render({ host: DESK_SITE_HOST })[language];
  return Object.fromEntries(LINK_FIELDS.filter((f) => deskPage(links[f.key]) === null).map((f) => [`deskLinks.${f.key}`, message]));
}

function Field({ id, label, hint, error, value, type, onChange }: { id: string; label: string; hint?: string; error?: string; value: string; type?: string; onChange: (v: string) => void }) {
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {/* A phone number is typed in a text field (the stylesheet styles text fields), with the phone keypad. */}
      <input id={id} type={type === 'tel' ? 'text' : type ?? 'text'} inputMode={type === 'tel' ? 'tel' : undefined} value={value} spellCheck={false} aria-invalid={error ? true : undefined} aria-describedby={described} onChange={(e) => onChange(e.target.value)} />
      {hint && <p className="hint" id={`${id}-hint`}>{hint}</p>}
      {error && <p className="field-error" id={`${id}-error`}>{error}</p>}
    </div>
  );
}

export function CounterContactPanel() {
  const t = useT();
  const local = useLocal();
  const settings = useSession((s) => s.settings);
  const [contact, setContact] = useState<CounterContact>(settings?.counterContact ?? EMPTY_COUNTER_CONTACT);
  const [links, setLinks] = useState<DeskLinks>(settings?.deskLinks ?? DEFAULT_DESK_LINKS);
  const language = useSession((s) => s.language);
  const [errors, setErrors] = useState<Record<string, string>>(() => offSiteErrors(links, language));
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  const save = async () => {
    const session = useSession.getState();
    setBusy(true);
    setSaved(false);
    try {
      const updated = await unwrap(deskApi().updateSettings({ patch: { counterContact: contact, deskLinks: links }, operator: session.operator?.name ?? 'system' }));
      session.setSettings(updated);
      setContact(updated.counterContact ?? contact);
      setErrors({});
      setSaved(true);
    } catch (e) {
      const data = toErrorData(e);
      if (data.issues.length === 0) session.showError(data);
      setErrors(Object.fromEntries(data.issues.map((i) => [i.path, local(i.message)])));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel" aria-labelledby="contact-title">
      <h2 id="contact-title">{t('contact.title')}</h2>
      <p className="hint">{t('contact.lead')}</p>
      <form noValidate onSubmit={(e) => { e.preventDefault(); void save(); }}>
        {CONTACT_FIELDS.map((f) => (
          <Field key={f.key} id={`contact-${f.key}`} label={t(f.label)} hint={f.hint && t(f.hint)} type={f.type} error={errors[`counterContact.${f.key}`]}
            value={contact[f.key]} onChange={(v) => setContact({ ...contact, [f.key]: f.key === 'email' ? foldEmail(v) : v })} />
        ))}
        <fieldset className="field">
          <legend>{t('contact.links')}</legend>
          <p className="hint">{t('contact.links-hint')}</p>
          {LINK_FIELDS.map((f) => (
            <Field key={f.key} id={`desk-link-${f.key}`} label={t(f.label)} type="url" error={errors[`deskLinks.${f.key}`]}
              value={links[f.key]} onChange={(v) => setLinks({ ...links, [f.key]: v })} />
          ))}
        </fieldset>
        <button type="submit" className="button-primary" disabled={busy} data-testid="save-contact">{t('contact.save')}</button>
        <div role="status" aria-live="polite">{saved && <p className="banner banner-ok" data-testid="contact-status">{t('contact.saved')}</p>}</div>
      </form>
    </section>
  );
}
