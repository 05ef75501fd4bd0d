// What was printed or saved in this session, per case, and how many corrections the case had
// then: the next-steps panel marks ① and ③ done from it, and ⑤ (reprint after a correction) done
// once both were output again after the last correction. View state only (the core's audit
// trail holds the record of it).
import { create } from 'zustand';

export type OutputKind = 'record' | 'notice';

/** Per kind: the number of corrections the case had when it was last output. */
export type CaseOutputs = Readonly<Partial<Record<OutputKind, number>>>;

interface OutputsState {
  readonly done: Readonly<Record<string, CaseOutputs>>;
  markDone(caseId: string, kind: OutputKind, amendments: number): void;
}

export const useOutputs = create<OutputsState>()((set) => ({
  done: {},
  markDone: (caseId, kind, amendments) => set((s) => ({ done: { ...s.done, [caseId]: { ...s.done[caseId], [kind]: amendments } } })),
}));

export function getEmptyOutputs(): Pick<OutputsState, 'done'> {
  return { done: {} };
}

/** Output at all in this session. */
export const wasOutput = (outputs: CaseOutputs | undefined, kind: OutputKind): boolean => outputs?.[kind] !== undefined;

/** Output after the case's last correction (so it shows the current values). */
export const isCurrent = (outputs: CaseOutputs | undefined, kind: OutputKind, amendments: number): boolean => outputs?.[kind] === amendments;
