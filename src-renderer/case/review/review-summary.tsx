// Every answer, grouped by step, each group with a way back to edit it.
import type { ReactNode } from 'react';
import { useFormContext } from 'react-hook-form';
import {
  documentTypeById, expiryOverrideSourceLabels, facultyByCode, onlineServiceUnavailableLabels, serviceById, services,
} from '../../../src-shared/domain';
import { useLocal, useT } from '../../i18n/use-t';
import type { CaseFormValues } from '../wizard/case-form';
import { identityItems, stepIds, stepTitleKey } from '../wizard/steps';
import { useWizard } from '../wizard/wizard-context';
import { conditionsChecklist } from './conditions-checklist';

/** One step's answers under the step's own name (the same words as the step list). */
function Section({ step, children }: { step: number; children: ReactNode }) {
  const t = useT();
  const { goTo, locked } = useWizard();
  const title = stepTitleKey[stepIds[step - 1] ?? 'route'];
  return (
    <section className="review-section" aria-labelledby={`review-${step}`}>
      <div className="review-section-head">
        <h3 id={`review-${step}`}>{t(title)}</h3>
        {!locked && <button type="button" className="button-link" onClick={() => void goTo(step)}>{t('review.edit')}<span className="visually-hidden">: {t(title)}</span></button>}
      </div>
      <dl>{children}</dl>
    </section>
  );
}

function Row({ label, value }: { label: string; value: ReactNode }) {
  const t = useT();
  const empty = value === '' || value === null || value === undefined;
  return (
    <div className="review-row">
      <dt>{label}</dt>
      <dd>{empty ? <span className="muted">{t('review.empty')}</span> : value}</dd>
    </div>
  );
}

export function ReviewSummary() {
  const t = useT();
  const local = useLocal();
  const { watch } = useFormContext<CaseFormValues>();
  const { evaluation } = useWizard();
  const v = watch();
  const el = v.eligibility;
  const ver = v.verification;
  const yesNo = (x: '' | 'yes' | 'no') => (x === '' ? '' : x === 'yes' ? t('common.yes') : t('common.no'));
  const check = (ok: boolean) => (ok ? `✓ ${t('review.checked')}` : `✗ ${t('review.unchecked')}`);
  const prior = services.filter((s) => el.priorUse[s.id]).map((s) => local(s.name)).join('、 ');
  const doc = ver.documentType ? documentTypeById(ver.documentType) : undefined;

  return (
    <div className="review-summary">
      <Section step={1}>
        <Row label={t('route.student')} value={yesNo(el.studentBeforeLeaving)} />
        <Row label={t('route.online')} value={el.onlineServiceUnavailable ? local(onlineServiceUnavailableLabels[el.onlineServiceUnavailable]) : ''} />
        {el.onlineServiceUnavailable === 'other' && <Row label={t('route.online-note')} value={el.onlineServiceNote} />}
        <Row label={t('route.departure')} value={el.departureDate} />
        <Row label={t('route.expiry')} value={evaluation.derived.accountExpiry} />
        {/* An override decides eligibility: staff re-read where the date came from and why. */}
        {el.accountExpiryOverride.trim() !== '' && (
          <>
            <Row label={t('route.expiry-override')} value={el.accountExpiryOverride} />
            <Row label={t('flow.override.source')} value={el.accountExpiryOverrideSource ? local(expiryOverrideSourceLabels[el.accountExpiryOverrideSource]) : ''} />
            <Row label={t('flow.override.reason')} value={el.accountExpiryOverrideReason} />
          </>
        )}
        <Row label={t('route.deadline')} value={evaluation.derived.deadline} />
        <Row label={t('route.prior')} value={prior || t('common.none')} />
      </Section>
      <Section step={2}>
        <Row label={t('method.method')} value={ver.method === 'in-person' ? t('method.in-person') : ver.method === 'video' ? t('method.video') : ''} />
        {ver.method === 'video' && <Row label={t('method.video-reason')} value={ver.videoReason} />}
        <Row label={t('method.document')} value={doc ? local(doc) : ''} />
        {ver.documentType === 'other' && <Row label={t('method.document-other')} value={ver.documentTypeOther} />}
        <Row label={t('method.verifier')} value={[ver.verifierName, ver.verifierRole].filter(Boolean).join(' / ')} />
        <Row label={t('method.second')} value={[ver.secondChecker.name, ver.secondChecker.role].filter(Boolean).join(' / ')} />
      </Section>
      <Section step={3}>
        {/* The items as step 3 asked them: method- and document-aware (a My Number card on video: front only). */}
        {ver.method && identityItems(ver.method, ver.documentType || undefined).map((i) => <Row key={i.id} label={local(i)} value={check(ver.checklist[i.id])} />)}
      </Section>
      <Section step={4}>
        <Row label={t('applicant.account')} value={v.applicant.utokyoAccount} />
        <Row label={t('applicant.student-number')} value={v.applicant.studentNumber} />
        <Row label={t('applicant.name')} value={v.applicant.name} />
        <Row label={t('applicant.name-kana')} value={v.applicant.nameKana} />
        <Row label={t('applicant.faculty')} value={facultyByCode(v.applicant.facultyCode) ? local(facultyByCode(v.applicant.facultyCode)!) : ''} />
        <Row label={t('applicant.email')} value={v.applicant.contactEmail} />
      </Section>
      <Section step={5}>
        <Row label={t('request.services')} value={v.request.services.map((s) => local(serviceById(s).name)).join('、 ')} />
        <Row label={t('request.reason')} value={<span className="pre-wrap">{v.request.reason}</span>} />
      </Section>
      <Section step={6}>
        {conditionsChecklist(ver).map((i) => <Row key={i.id} label={local(i)} value={check(i.ok)} />)}
      </Section>
    </div>
  );
}
