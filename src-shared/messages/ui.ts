// Every UI string of the counter app, in Japanese (the default) and English, gathered from one
// table per screen (./ui/*.ts). Placeholders are written {name} and filled by `formatUi`. Status
// names come from the one table in ./status-labels, which the ledger and the record read too.
import { statusUiMessages } from './status-labels';
import { amendMessages } from './ui/amend';
import { auditMessages } from './ui/audit';
import { casesMessages } from './ui/cases';
import { destinationsMessages } from './ui/destinations';
import { nextStepsMessages } from './ui/next-steps';
import { outboxMessages } from './ui/outbox';
import { reviewMessages } from './ui/review';
import { settingsMessages } from './ui/settings';
import { shellMessages } from './ui/shell';
import { startMessages } from './ui/start';
import type { UiMessageTable } from './ui/table';
import { wizardMessages } from './ui/wizard';

const screens = {
  ...shellMessages,
  ...startMessages,
  ...casesMessages,
  ...wizardMessages,
  ...reviewMessages,
  ...amendMessages,
  ...nextStepsMessages,
  ...outboxMessages,
  ...settingsMessages,
  ...auditMessages,
  ...destinationsMessages,
} as const satisfies UiMessageTable;

type StatusKey = keyof ReturnType<typeof statusUiMessages>;
export type UiKey = keyof typeof screens | StatusKey;

function pick(language: 'ja' | 'en'): Record<UiKey, string> {
  const out: Record<string, string> = { ...statusUiMessages(language) };
  for (const [key, text] of Object.entries(screens)) out[key] = text[language];
  return out as Record<UiKey, string>;
}

export const uiMessages = { ja: pick('ja'), en: pick('en') } as const;

/** True when `key` names a UI message (for codes that arrive as strings, e.g. from a schema). */
export function isUiKey(key: string): key is UiKey {
  return Object.hasOwn(uiMessages.ja, key);
}

export function formatUi(language: 'ja' | 'en', key: UiKey, params: Readonly<Record<string, string | number>> = {}): string {
  return uiMessages[language][key].replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}
