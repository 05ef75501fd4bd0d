// "次にすること" on a finalized case: ① print the record and have it signed, ② hand it over
// through the installation's channel, ③ print the applicant's notice; after a correction, ④ hand
// over its notice and ⑤ reprint what now shows the old value. Each done or not.
import { useEffect, useRef } from 'react';
import type { CaseView } from '../../../src-shared/core-api';
import { useT } from '../../i18n/use-t';
import type { Announce } from '../../outbox/use-mail-form';
import { CorrectionStep } from './correction-step';
import { HandOffStep } from './hand-off-step';
import { NoticeStep } from './notice-step';
import { PrintStep } from './print-step';
import { ReprintStep } from './reprint-step';

export function NextStepsPanel({ view, announce, focus }: { view: CaseView; announce: Announce; focus: boolean }) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  // Right after 確定 the button pressed is gone: keyboard focus lands on what to do next.
  useEffect(() => { if (focus) heading.current?.focus(); }, [focus]);
  return (
    <section className="panel next-steps" aria-labelledby="next-steps-title" data-testid="next-steps">
      <h2 id="next-steps-title" ref={heading} tabIndex={-1}>{t('next.title')}</h2>
      <ol className="next-step-list">
        <PrintStep view={view} announce={announce} />
        <HandOffStep view={view} announce={announce} />
        <NoticeStep view={view} />
        <CorrectionStep view={view} announce={announce} />
        <ReprintStep view={view} announce={announce} />
      </ol>
    </section>
  );
}
