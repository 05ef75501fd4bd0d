// cases.earlierRequests: the requests already made on this PC for a UTokyo Account, so step 1 can
// say at once — before the identity check — that a service was used or is on its way, naming the
// earlier case. Matched by the keyed account hash, like the once-per-service rule (evaluate-case.ts).
import { z } from 'zod';
import type { EarlierRequest } from '../../../src-shared/core-api';
import type { ServiceId } from '../../../src-shared/domain';
import { isUtokyoAccount } from '../../../src-shared/formats';
import { idSchema, parseArguments } from './arguments';
import type { CaseStore } from './case-store';

const argsShape = { account: z.string().max(40), excludeId: idSchema.optional() };

export function earlierRequests(store: CaseStore, account: unknown, excludeId: unknown): EarlierRequest[] {
  const args = parseArguments(argsShape, { account, excludeId });
  const hash = store.accountHash({ applicant: { utokyoAccount: args.account } });
  // Only a well-formed account is looked up: a prefix typed so far must not match anything.
  if (!hash || !isUtokyoAccount(store.normalizedAccount(args.account))) return [];
  return store.sql
    .earlier(hash, args.excludeId ?? '')
    .map((r) => ({ caseId: r.id, caseNumber: r.case_number, finalizedAt: r.finalized_at, services: JSON.parse(r.services) as ServiceId[], status: r.status }));
}
