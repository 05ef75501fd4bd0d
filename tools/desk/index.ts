// The desk side of protocol v1: reference receiver, verifier and their storage. Node only.
export * from './receiver';
export * from './verify-submission';
export * from './jwks-file';
export * from './register-cli';
export * from './faults';
export type { StoredSubmission, DeskStore } from './desk-store';
