// Submission protocol v1, shared by the app (outbox) and the desk (receiver, verifier).
export * from './payload-schema';
export * from './mail-form';
export * from './prefill-template';
export * from './amendment-schema';
export * from './amendment-lines';
export * from './verify';
export * from './mail-form-url';
export * from './mail-form-destination';
export * from './field-words';
