// The endpoint rule lives in src-shared (one definition for the Settings form and the outbox).
export { checkEndpoint, type EndpointCheck } from '../../../src-shared/protocol/endpoint-url';
