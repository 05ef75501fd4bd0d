// The desk side of protocol v1: reference receiver, CLIs and their storage. Node only. The
// verification itself is the shared module src-shared/protocol/verify (also used by the page).
export * from './receiver';
export * from './registry-file';
export * from './register-cli';
export * from './faults';
export { verifySubmission } from '../../src-shared/protocol/verify';
export type { StoredSubmission, DeskStore } from './desk-store';
