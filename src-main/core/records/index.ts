// core.records: the printable verification record of a finalized case and the applicant's notice
// (SPEC §5), the printed case list, and the audit entries for printing and saving
// them. openCore() creates it with the outbox's payload hash and cases.list().
import { z } from 'zod';
import type { CaseListFilter, CaseSummary, CaseView } from '../../../src-shared/core-api';
import { makeIssue } from '../../../src-shared/domain';
import { RULES_VERSION } from '../../../src-shared/protocol';
import { parseId, parseOperator } from '../cases/arguments';
import type { CoreContext } from '../context';
import type { Core } from '../core-types';
import { CoreError } from '../errors';
import { assertPrintable, buildRecordView, type Fingerprint } from './build-view';
import { finalizedCaseSha256 } from './canonical-json';
import { caseListView } from './case-list-view';
import { noticeViewOf } from './notice-view';
import { renderCaseListPdf } from './render-case-list';
import { renderRecordPdf } from './render';
import { renderApplicantNoticePdf } from './render-notice';
import { buildClosureView } from './closure-view';
import { renderClosureRecordPdf } from './render-closure';

export { renderRecordPdf, type RenderOptions } from './render';
export { renderApplicantNoticePdf } from './render-notice';
export { renderClosureRecordPdf } from './render-closure';
export { buildClosureView } from './closure-view';
export { buildRecordView } from './build-view';
export { canonicalJson, finalizedCaseSha256 } from './canonical-json';
export { qrPayload } from './qr';
export type { RecordView } from './record-view';

export interface RecordsDeps {
  /** Hex SHA-256 of the signed payload once the case is queued, else null (outbox). */
  payloadHashFor(caseId: string): string | null;
  /** cases.list(): the printed case list is exactly what the screen lists for the same filter. */
  listCases(filter: CaseListFilter): Promise<CaseSummary[]>;
  /** Printed in the footer beside the rules version, when the shell knows it. */
  readonly appVersion?: string;
}

const kindSchema = z.enum(['print', 'save']);
const documentSchema = z.enum(['record', 'applicant-notice']);

/** The payload hash once queued; before that, the finalized case's canonical-JSON hash. */
function fingerprint(c: CaseView, deps: RecordsDeps): Fingerprint {
  const payload = deps.payloadHashFor(c.id);
  return payload ? { sha256: payload, hashSource: 'payload' } : { sha256: finalizedCaseSha256(c), hashSource: 'case' };
}

/** The last amendment's time: the record's ModDate and printed issue date. */
function lastChange(c: CaseView): string | undefined {
  return c.amendments.reduce<string | undefined>((last, m) => (last === undefined || m.at > last ? m.at : last), undefined);
}

function invalid(field: string, message: { ja: string; en: string }): CoreError {
  return new CoreError('validation', message, [makeIssue(field, 'input.invalid')]);
}

function parseKind(kind: unknown): 'print' | 'save' {
  const parsed = kindSchema.safeParse(kind);
  if (parsed.success) return parsed.data;
  throw invalid('kind', { ja: '出力の種類は print か save です。', en: 'The output kind must be print or save.' });
}

export function createRecords(ctx: CoreContext, deps: RecordsDeps): Core['records'] {
  /** The locked case and its validated record view (refuses drafts, discarded cases, a My Number). */
  const recordOf = (caseId: string) => {
    const c = ctx.getCase(parseId(caseId));
    assertPrintable(c);
    return { c, view: buildRecordView(c, fingerprint(c, deps), { rulesVersion: RULES_VERSION, appVersion: deps.appVersion }) };
  };
  const versions = { rulesVersion: RULES_VERSION, appVersion: deps.appVersion };
  return {
    async pdf(caseId) {
      const closed = ctx.getCase(parseId(caseId));
      // A case closed as not verified has its own record: the reason, no request, nothing signed.
      if (closed.status === 'closed-not-verified') {
        return renderClosureRecordPdf(buildClosureView(closed, versions), { language: ctx.getSettings().language, createdAt: closed.closure?.at ?? closed.updatedAt });
      }
      const { c, view } = recordOf(caseId);
      return renderRecordPdf(view, { language: ctx.getSettings().language, createdAt: c.finalizedAt, modifiedAt: lastChange(c) });
    },

    async applicantNoticePdf(caseId) {
      const { c, view } = recordOf(caseId);
      return renderApplicantNoticePdf(noticeViewOf(view, ctx.getSettings()), { createdAt: c.finalizedAt, modifiedAt: lastChange(c) });
    },

    async caseListPdf(filter) {
      const cases = await deps.listCases(filter ?? {}); // validates the filter
      return renderCaseListPdf(caseListView(cases, filter ?? {}, ctx.getSettings().language, ctx.now()));
    },

    async logCaseListOutput(kind, opts) {
      const operator = parseOperator(opts);
      const rows = z.number().int().min(0).safeParse(opts?.rows ?? 0);
      if (!rows.success) throw invalid('rows', { ja: '件数は 0 以上の整数です。', en: 'The row count must be a whole number of 0 or more.' });
      // Counts only: the list holds names, and the audit trail keeps no personal data.
      ctx.audit({ action: parseKind(kind), operator, details: { document: 'case-list', rows: rows.data } });
    },

    async logOutput(caseId, kind, opts) {
      const id = parseId(caseId);
      const operator = parseOperator(opts);
      parseKind(kind);
      const document = opts?.document ?? 'record';
      if (!documentSchema.safeParse(document).success) {
        throw invalid('document', { ja: '出力する書類は record か applicant-notice です。', en: 'The document must be record or applicant-notice.' });
      }
      const c = ctx.getCase(id);
      if (c.status === 'closed-not-verified' && document === 'record') {
        buildClosureView(c, versions); // refuses once the reason was erased
        ctx.audit({ action: kind, operator, caseId: id, details: { caseNumber: c.caseNumber, document: 'closure-record', language: ctx.getSettings().language } });
        return;
      }
      assertPrintable(c);
      // Which record went out and in which language; its hash (a fingerprint of personal values)
      // only as a digest under the case's key, shredded at purge.
      ctx.audit({
        action: kind,
        operator,
        caseId: id,
        details: { caseNumber: c.caseNumber, document, language: document === 'record' ? ctx.getSettings().language : 'ja' },
        personal: { sha256: fingerprint(c, deps).sha256 },
      });
    },
  };
}
