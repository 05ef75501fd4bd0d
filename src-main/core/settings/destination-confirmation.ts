// A destination other than the built-in ones (another mail-form link, any endpoint) is saved only
// with a confirmation that names it, and each new confirmation is audited. The settings keep the
// confirmed destinations that are still in use; a destination a patch does not touch keeps its
// state (a machine-wide profile may have proposed one: stored, not used until staff confirm it).
import type { Settings, SettingsPatch } from '../../../src-shared/core-api';
import { makeIssue } from '../../../src-shared/domain';
import { destinationsToConfirm, isConfirmed, otherDestinations } from '../../../src-shared/protocol/mail-form-destination';
import type { AuditEvent } from '../context';
import type { ConfirmOptions } from '../core-types';
import { CoreError } from '../errors';
import { parseArguments } from '../cases/arguments';
import { confirmDestinationsSchema } from '../../../src-shared/settings-patch-schema';


export function parseConfirmations(opts: ConfirmOptions | undefined): readonly string[] {
  return parseArguments({ confirm: confirmDestinationsSchema.optional() }, { confirm: opts?.confirmDestinations }).confirm ?? [];
}

function unconfirmed(labels: readonly { field: string; label: string }[]): CoreError {
  return new CoreError('destination-unconfirmed', {
    ja: `送付先が既定と異なります(${labels.map((d) => d.label).join('、')})。この送付先で間違いないか確認してから保存してください。`,
    en: `The destination differs from the default (${labels.map((d) => d.label).join(', ')}). Confirm that it is right before saving.`,
  }, labels.map((d) => makeIssue(d.field, 'destination.unconfirmed', { host: d.label })));
}

/**
 * The patch to write, with the confirmed destinations of the result; CoreError('destination-unconfirmed')
 * naming each destination the patch sets that is neither built in, nor confirmed before, nor in `confirm`.
 */
export function withConfirmations(before: Settings, patch: SettingsPatch, confirm: readonly string[]): { patch: SettingsPatch; newlyConfirmed: string[] } {
  const missing = destinationsToConfirm(before, patch).filter((d) => !confirm.includes(d.label));
  if (missing.length > 0) throw unconfirmed(missing);
  // A key present with the value undefined leaves the setting as it was (as the store treats it).
  const set = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as SettingsPatch;
  const others = otherDestinations({ ...before, ...set });
  const confirmed = [...new Set(others.map((d) => d.label).filter((l) => isConfirmed(before, l) || confirm.includes(l)))];
  return { patch: { ...patch, confirmedDestinations: confirmed }, newlyConfirmed: confirmed.filter((l) => !isConfirmed(before, l)) };
}

export function auditConfirmations(audit: (e: AuditEvent) => void, operator: string, labels: readonly string[], source: string | null): void {
  for (const label of labels) audit({ action: 'settings', operator, details: { destinationConfirmed: label, ...(source ? { source } : {}) } });
}
