// What was printed or saved in this session, per case: the next-steps panel marks ① and ③ done
// from it. View state only (the core's audit trail holds the record of it).
import { create } from 'zustand';

export type OutputKind = 'record' | 'notice';

interface OutputsState {
  readonly done: Readonly<Record<string, readonly OutputKind[]>>;
  markDone(caseId: string, kind: OutputKind): void;
}

export const useOutputs = create<OutputsState>()((set) => ({
  done: {},
  markDone: (caseId, kind) => set((s) => ({ done: { ...s.done, [caseId]: [...new Set([...(s.done[caseId] ?? []), kind])] } })),
}));

export function getEmptyOutputs(): Pick<OutputsState, 'done'> {
  return { done: {} };
}
