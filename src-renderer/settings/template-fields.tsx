// Under the prefill template: which personal data it puts into the link (read with the same rule
// the core fills it with), and that the browser's history keeps prefilled links.
import { checkPrefillTemplate, type PrefillPlaceholder } from '../../src-shared/protocol/prefill-template';
import type { UiKey } from '../../src-shared/messages/ui';
import { useT } from '../i18n/use-t';

/** The placeholders that carry personal data, and how each is named to staff. */
const PERSONAL_FIELDS: Partial<Record<PrefillPlaceholder, UiKey>> = {
  applicantName: 'prefill.field.applicantName',
  utokyoAccount: 'prefill.field.utokyoAccount',
  studentNumber: 'prefill.field.studentNumber',
  faculty: 'prefill.field.faculty',
  services: 'prefill.field.services',
  reason: 'prefill.field.reason',
  contactEmail: 'prefill.field.contactEmail',
  requestText: 'prefill.field.requestText',
  staffName: 'prefill.field.staffName',
};

export function TemplateFields({ template }: { template: string }) {
  const t = useT();
  const check = template.trim() === '' ? null : checkPrefillTemplate(template.trim());
  if (!check?.ok) return null;
  const fields = check.placeholders.flatMap((p) => {
    const key = PERSONAL_FIELDS[p];
    return key ? [t(key)] : [];
  });
  return (
    <div className="hint template-fields" data-testid="template-fields">
      <p>{fields.length > 0 ? t('prefill.fields', { fields: fields.join(t('prefill.fields-separator')) }) : t('prefill.fields-none')}</p>
      <p>{t('prefill.history')}</p>
    </div>
  );
}
