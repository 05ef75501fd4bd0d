// Requests carry personal data, so they go over TLS. Plain http is allowed only to a receiver on
// this PC (tests, local demos), where nothing crosses the network. Settings accepts exactly what
// the outbox will post to (one rule, in outbox/endpoint.ts): a URL that saves but then never
// delivers would leave requests queued with nobody the wiser. `*.localhost` is not accepted for
// http: Node's resolver (the preview, scripts) may send it to the network.
import { checkEndpoint } from '../outbox/endpoint';

export function isAllowedEndpoint(url: string): boolean {
  return checkEndpoint(url).ok;
}
