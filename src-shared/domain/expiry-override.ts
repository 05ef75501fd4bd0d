// The account-expiry override: staff may replace the computed expiry (1st of the
// month after departure) by a date they know from a source, with a reason. Because an override
// can revive an expired case, it always travels with the computed date, its source and its reason
// (signed payload, mail-form block, record, ledger), so the desk sees what was overridden and why.
import { accountExpiryFor, isIsoDate, type IsoDate } from './dates';
import type { Bilingual } from './services';

export const expiryOverrideSources = ['academic-system', 'itc-notice', 'other'] as const;
export type ExpiryOverrideSource = (typeof expiryOverrideSources)[number];

export const expiryOverrideSourceLabels: Record<ExpiryOverrideSource, Bilingual> = {
  'academic-system': { ja: '学務システム', en: 'Academic affairs system' },
  'itc-notice': { ja: '情報基盤センターの通知', en: 'Notice from the Information Technology Center' },
  other: { ja: 'その他', en: 'Other' },
};

export interface ExpiryOverride {
  readonly computed: IsoDate;
  readonly override: IsoDate;
  readonly source: ExpiryOverrideSource;
  readonly reason: string;
}

interface OverrideAnswers {
  readonly departureDate?: string | undefined;
  readonly accountExpiryOverride?: string | undefined;
  readonly accountExpiryOverrideSource?: ExpiryOverrideSource | undefined;
  readonly accountExpiryOverrideReason?: string | undefined;
}

/** The override as one fact, or null when the case uses the computed expiry (or is incomplete). */
export function expiryOverrideOf(el: OverrideAnswers | undefined): ExpiryOverride | null {
  const departure = el?.departureDate ?? '';
  const override = el?.accountExpiryOverride ?? '';
  const reason = (el?.accountExpiryOverrideReason ?? '').trim();
  const source = el?.accountExpiryOverrideSource;
  if (!isIsoDate(departure) || !isIsoDate(override) || !source || reason === '') return null;
  return { computed: accountExpiryFor(departure), override, source, reason };
}

/** The override in one line of words, for the record and the screen. */
export function describeExpiryOverride(o: ExpiryOverride, lang: 'ja' | 'en'): string {
  const source = expiryOverrideSourceLabels[o.source][lang];
  return lang === 'ja'
    ? `自動計算 ${o.computed} → 上書き ${o.override}(根拠: ${source})理由: ${o.reason}`
    : `Computed ${o.computed} → overridden ${o.override} (source: ${source}). Reason: ${o.reason}`;
}
