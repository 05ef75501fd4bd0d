// The start screen: choosing the staff member who uses this PC.
// Each key holds its Japanese (default) and English text side by side; placeholders are {name}.
import type { UiMessageTable } from './table';

export const startMessages = {
  'start.title': { ja: '担当者を選んでください', en: 'Who is at the counter?' },
  'start.lead': { ja: 'この端末を使う担当者を選びます。記録にはこの担当者名が残ります。', en: 'Choose the staff member using this PC. Their name is recorded on everything they do.' },
  'start.no-staff': { ja: '担当者がまだ登録されていません。最初に設定で部局と担当者を登録してください。', en: 'No staff are registered yet. First set up the department and the staff in Settings.' },
  'start.to-settings': { ja: '設定を開く', en: 'Open Settings' },
  'start.choose': { ja: '{name}({role})として始める', en: 'Start as {name} ({role})' },
} as const satisfies UiMessageTable;
