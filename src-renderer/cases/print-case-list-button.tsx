// "一覧を印刷": the case list exactly as filtered on screen (status filter and search), on A4.
import type { CaseStatus } from '../../src-shared/core-api';
import { deskApi } from '../api/desk-api';
import { PrintButton } from '../ui/print-button';
import { useSession } from '../state/session-store';

export function PrintCaseListButton({ statuses, query }: { statuses: readonly CaseStatus[]; query: string }) {
  const operator = useSession((s) => s.operator);
  const q = query.trim();
  const print = operator
    ? () => deskApi().printCaseList({ status: [...statuses], ...(q ? { query: q } : {}), operator: operator.name })
    : null;
  return <PrintButton label="records.print-list" printed="records.list-printed" print={print} testId="print-case-list" />;
}
