// When the machine-wide settings file was found but not applied at this start, Settings tells IT
// why and what to fix (who may change the file or its folder, or that the file has errors).
import { useEffect, useState } from 'react';
import type { MachineProfileStatus } from '../../src-shared/core-api';
import type { UiKey } from '../../src-shared/messages/ui';
import { deskApi } from '../api/desk-api';
import { useT } from '../i18n/use-t';

type Problem = NonNullable<MachineProfileStatus['check']>['problem'];

const ADVICE: Record<Problem, UiKey> = {
  link: 'machine-profile.link',
  'owner-not-admin': 'machine-profile.owner-not-admin',
  'group-or-other-write': 'machine-profile.group-or-other-write',
  'acl-non-admin-write': 'machine-profile.acl-non-admin-write',
  'check-failed': 'machine-profile.check-failed',
};
const TARGET: Record<'file' | 'folder', UiKey> = { file: 'machine-profile.target.file', folder: 'machine-profile.target.folder' };

export function MachineProfileNotice() {
  const t = useT();
  const [status, setStatus] = useState<MachineProfileStatus | null>(null);
  useEffect(() => {
    let live = true;
    void deskApi().getMachineProfileStatus({}).then((r) => {
      if (live && r.ok) setStatus(r.value);
    });
    return () => {
      live = false;
    };
  }, []);
  if (!status || (status.outcome !== 'not-admin-only' && status.outcome !== 'refused')) return null;
  const check = status.check;
  return (
    <section className="banner banner-warning machine-profile-notice" role="alert" data-testid="machine-profile-notice">
      <h2>{t('machine-profile.title')}</h2>
      {status.path && <p className="mono">{t('machine-profile.path', { path: status.path })}</p>}
      <p>
        {check
          ? t(ADVICE[check.problem], { target: t(TARGET[check.target]), principals: (check.principals ?? []).join(', ') })
          : t('machine-profile.refused')}
      </p>
    </section>
  );
}
