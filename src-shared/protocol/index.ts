// Submission protocol v1, shared by the app (outbox) and the desk (receiver, verifier).
export * from './payload-schema';
export * from './mail-form';
