// `t('key', {param})` in the current UI language; re-renders when the language changes.
import { useCallback } from 'react';
import type { Bilingual, CaseStatus, OutboxState } from '../../src-shared/core-api';
import { statusLabel } from '../../src-shared/messages/status-labels';
import { formatUi, type UiKey } from '../../src-shared/messages/ui';
import { useSession } from '../state/session-store';

export type Translate = (key: UiKey, params?: Readonly<Record<string, string | number>>) => string;

export function useT(): Translate {
  const language = useSession((s) => s.language);
  return useCallback<Translate>((key, params) => formatUi(language, key, params), [language]);
}

/** Picks the current language from a bilingual text (domain labels, issue messages). */
export function useLocal(): (text: Bilingual) => string {
  const language = useSession((s) => s.language);
  return useCallback((text: Bilingual) => text[language], [language]);
}

/** A case status or outbox state by name, in the current UI language (the one status table). */
export function useStatusLabel(): (status: CaseStatus | OutboxState) => string {
  const language = useSession((s) => s.language);
  return useCallback((status: CaseStatus | OutboxState) => statusLabel(status, language), [language]);
}
