// The domain surface shared by the UI, the core and the tests.
export * from './acknowledgements';
export * from './amendable-fields';
export * from './case-schema';
export * from './checklist';
export * from './cross-checks';
export * from './dates';
export * from './earlier-requests';
export * from './document-types';
export * from './evaluate';
export * from './expiry-override';
export * from './faculties';
export * from './field-rules';
export * from './issue';
export * from './my-number';
export * from './normalize';
export * from './services';
export * from './urgency';
export { issueCodes, isIssueCode, type IssueCode } from '../messages/issues';
