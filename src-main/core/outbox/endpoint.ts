// The endpoint rule lives in src-shared (one definition for the Settings form and the outbox). The
// outbox posts only to an endpoint staff confirmed by name (mail-form-destination.ts).
import type { Settings } from '../../../src-shared/core-api';
import { checkEndpoint, type EndpointCheck } from '../../../src-shared/protocol/endpoint-url';
import { usableEndpoint } from '../../../src-shared/protocol/mail-form-destination';

export { checkEndpoint, type EndpointCheck };

/** The configured endpoint when valid and confirmed; 'unconfirmed' for a valid one not confirmed yet. */
export function checkUsableEndpoint(s: Settings): EndpointCheck | { ok: false; reason: 'unconfirmed' } {
  const check = checkEndpoint(s.endpointUrl);
  if (!check.ok) return check;
  return usableEndpoint(s) === null ? { ok: false, reason: 'unconfirmed' } : check;
}
