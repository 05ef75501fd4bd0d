// "3件送信しました。1件はまだ失敗しています: …": what 今すぐすべて送信 did, in one sentence per fact.
import type { Language, SendAllResult } from '../../src-shared/core-api';
import { formatUi } from '../../src-shared/messages/ui';

export function sendAllReport(result: SendAllResult, language: Language): string {
  const parts = [formatUi(language, 'handoff.send-all-result', { count: result.delivered })];
  if (result.stillFailing.length > 0) {
    const list = result.stillFailing.map((f) => `${f.caseNumber}(${f.message[language]})`).join(language === 'ja' ? '、' : '; ');
    parts.push(formatUi(language, 'handoff.send-all-failing', { count: result.stillFailing.length, list }));
  }
  if (result.notSent > 0) parts.push(formatUi(language, 'handoff.send-all-not-sent', { count: result.notSent }));
  return parts.join(language === 'ja' ? '' : ' ');
}
