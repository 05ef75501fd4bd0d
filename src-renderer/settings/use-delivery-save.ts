// Saving the 送付先 form: a destination other than the desk's own is named and confirmed first (the
// same shared rule the core enforces), then saved with that confirmation; the core's field-level
// messages come back per field, and what was typed stays.
import { useState } from 'react';
import type { Bilingual, Settings } from '../../src-shared/core-api';
import { destinationsToConfirm } from '../../src-shared/protocol/mail-form-destination';
import { deskApi, DeskError, toErrorData, unwrap } from '../api/desk-api';
import { useSession } from '../state/session-store';
import { channelSwitch, deliveryFields, toDeliveryPatch, type ChannelSwitch, type DeliveryField, type DeliveryFormValues } from './delivery-form';
import { settingsOperator } from './settings-operator';

export type CoreIssues = Partial<Record<DeliveryField, Bilingual>>;

function issuesByField(error: unknown): CoreIssues | null {
  if (!(error instanceof DeskError)) return null;
  const found: CoreIssues = {};
  for (const issue of error.data.issues) {
    if ((deliveryFields as readonly string[]).includes(issue.path)) found[issue.path as DeliveryField] = issue.message;
  }
  return Object.keys(found).length > 0 ? found : null;
}

type Patch = ReturnType<typeof toDeliveryPatch>;

export function useDeliverySave(initial: Settings) {
  const [busy, setBusy] = useState(false);
  const [coreIssues, setCoreIssues] = useState<CoreIssues>({});
  const [saved, setSaved] = useState<ChannelSwitch | null>(null);
  const [pending, setPending] = useState<{ patch: Patch; labels: string[] } | null>(null);
  const [cancelled, setCancelled] = useState(false);

  const write = async (patch: Patch, confirmDestinations: string[]): Promise<void> => {
    const session = useSession.getState();
    const before = session.settings?.deliveryChannel ?? initial.deliveryChannel;
    setBusy(true);
    try {
      const operator = settingsOperator(session);
      const updated = await unwrap(deskApi().updateSettings({ patch, operator, ...(confirmDestinations.length > 0 ? { confirmDestinations } : {}) }));
      setCoreIssues({});
      session.setSettings(updated);
      setSaved(channelSwitch(before, updated.deliveryChannel));
    } catch (error) {
      const fields = issuesByField(error);
      if (fields) setCoreIssues(fields);
      else session.showError(toErrorData(error));
    } finally {
      setBusy(false);
    }
  };

  const save = async (values: DeliveryFormValues): Promise<void> => {
    setSaved(null);
    setCancelled(false);
    const patch = toDeliveryPatch(values);
    const labels = destinationsToConfirm(useSession.getState().settings ?? initial, patch).map((d) => d.label);
    if (labels.length > 0) setPending({ patch, labels });
    else await write(patch, []);
  };
  const confirm = async (): Promise<void> => {
    if (!pending) return;
    setPending(null);
    await write(pending.patch, pending.labels);
  };
  const cancel = (): void => {
    setPending(null);
    setCancelled(true);
  };
  return { busy, coreIssues, saved, pending, cancelled, save, confirm, cancel };
}
