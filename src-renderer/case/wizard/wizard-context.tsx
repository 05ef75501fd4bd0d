// What every step needs besides the form itself: the live rule evaluation (for warnings and the
// stop conditions), issues the core reported, the case as last saved, and whether it is locked.
import { createContext, useContext } from 'react';
import type { CaseView, EarlierRequest, Evaluation, Issue } from '../../../src-shared/core-api';

export interface WizardContextValue {
  readonly view: CaseView;
  readonly evaluation: Evaluation;
  readonly warnings: readonly Issue[];
  readonly serverIssues: readonly Issue[];
  readonly today: string;
  readonly locked: boolean;
  /** Requests already made on this PC for the account typed on step 1. */
  readonly earlier: readonly EarlierRequest[];
  setView(view: CaseView): void;
  goTo(step: number): Promise<void>;
  flush(): Promise<boolean>;
}

const empty: WizardContextValue = {
  view: null as unknown as CaseView,
  evaluation: { ok: false, issues: [], warnings: [], derived: { utokyoAccount: '', accountExpiry: null, deadline: null, daysLeft: null } },
  warnings: [],
  serverIssues: [],
  today: '',
  locked: false,
  earlier: [],
  setView: () => undefined,
  goTo: async () => undefined,
  flush: async () => true,
};

export const WizardContext = createContext<WizardContextValue>(empty);

export function useWizard(): WizardContextValue {
  return useContext(WizardContext);
}
