// core.records: the printable verification record of a finalized case (SPEC §5) and the audit
// entries for printing and saving it. openCore() creates it with the outbox's payload hash.
import { z } from 'zod';
import type { CaseView } from '../../../src-shared/core-api';
import { makeIssue } from '../../../src-shared/domain';
import { RULES_VERSION } from '../../../src-shared/protocol';
import { parseId, parseOperator } from '../cases/arguments';
import type { CoreContext } from '../context';
import type { Core } from '../core-types';
import { CoreError } from '../errors';
import { assertPrintable, buildRecordView, type Fingerprint } from './build-view';
import { finalizedCaseSha256 } from './canonical-json';
import { renderRecordPdf } from './render';

export { renderRecordPdf, type RenderOptions } from './render';
export { buildRecordView } from './build-view';
export { canonicalJson, finalizedCaseSha256 } from './canonical-json';
export { qrPayload } from './qr';
export type { RecordView } from './record-view';

export interface RecordsDeps {
  /** Hex SHA-256 of the signed payload once the case is queued, else null (outbox). */
  payloadHashFor(caseId: string): string | null;
  /** Printed in the footer beside the rules version, when the shell knows it. */
  readonly appVersion?: string;
}

const kindSchema = z.enum(['print', 'save']);

/** The payload hash once queued; before that, the finalized case's canonical-JSON hash. */
function fingerprint(c: CaseView, deps: RecordsDeps): Fingerprint {
  const payload = deps.payloadHashFor(c.id);
  return payload ? { sha256: payload, hashSource: 'payload' } : { sha256: finalizedCaseSha256(c), hashSource: 'case' };
}

/** The last amendment's time: the record's ModDate and printed issue date. */
function lastChange(c: CaseView): string | undefined {
  return c.amendments.reduce<string | undefined>((last, m) => (last === undefined || m.at > last ? m.at : last), undefined);
}

export function createRecords(ctx: CoreContext, deps: RecordsDeps): Core['records'] {
  return {
    async pdf(caseId) {
      const c = ctx.getCase(parseId(caseId));
      assertPrintable(c);
      const settings = ctx.getSettings();
      const view = buildRecordView(c, settings, fingerprint(c, deps), { rulesVersion: RULES_VERSION, appVersion: deps.appVersion });
      return renderRecordPdf(view, { language: settings.language, createdAt: c.finalizedAt, modifiedAt: lastChange(c) });
    },

    async logOutput(caseId, kind, opts) {
      const id = parseId(caseId);
      const operator = parseOperator(opts);
      if (!kindSchema.safeParse(kind).success) {
        throw new CoreError('validation', { ja: '出力の種類は print か save です。', en: 'The output kind must be print or save.' }, [makeIssue('kind', 'input.invalid')]);
      }
      const c = ctx.getCase(id);
      assertPrintable(c);
      // Which record went out and in which language; its hash (a fingerprint of personal values)
      // only as a digest under the case's key, shredded at purge.
      ctx.audit({
        action: kind,
        operator,
        caseId: id,
        details: { caseNumber: c.caseNumber, language: ctx.getSettings().language },
        personal: { sha256: fingerprint(c, deps).sha256 },
      });
    },
  };
}
