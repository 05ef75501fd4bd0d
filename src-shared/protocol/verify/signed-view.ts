// What the desk is shown of a verified JWS: who signed (department, key fingerprint), when, and the
// signed text itself, line by line as the app writes it into the mail-form block — with every
// control and invisible character escaped (escape-control.ts), so nothing signed is ever
// interpreted or hidden.
import { amendmentLabels, amendmentLines } from '../amendment-lines';
import { fieldInWords } from '../field-words';
import { BLOCK_VERSIONS, mailFormLabels, payloadLines } from '../mail-form';
import type { ExpectedBlock } from './block-compare';
import { escapeControl } from './escape-control';
import type { VerifySuccess } from './verify-jws';

export interface SignedView {
  readonly kind: VerifySuccess['kind'];
  /** The key's RFC 7638 thumbprint (the fingerprint the counter's Settings screen shows). */
  readonly kid: string;
  readonly department: string;
  readonly createdAt: string;
  readonly caseNumber: string;
  /** The signed text, escaped, one entry per line. */
  readonly lines: readonly string[];
  /** For a correction notice: what changed, escaped; the field in words and as its payload path. */
  readonly amendment: {
    readonly field: string; readonly fieldWords: { readonly ja: string; readonly en: string };
    readonly oldValue: string; readonly newValue: string; readonly reason: string;
  } | null;
}

/** The lines the app writes for this payload in the current block version (unescaped). */
export function signedLines(v: VerifySuccess): string[] {
  return v.kind === 'request' ? payloadLines(v.payload) : amendmentLines(v.payload);
}

/** The title line the app writes above those lines. */
export const blockTitle = (kind: VerifySuccess['kind']): string => (kind === 'request' ? mailFormLabels.title : amendmentLabels.title);

/** Every block the signed payload allows: one per block version the verifier accepts, current first. */
export function expectedBlocks(v: VerifySuccess): ExpectedBlock[] {
  return BLOCK_VERSIONS.map((version) => ({
    version,
    title: blockTitle(v.kind),
    lines: v.kind === 'request' ? payloadLines(v.payload, version) : amendmentLines(v.payload, version),
  }));
}

const asText = (v: unknown): string => escapeControl(typeof v === 'string' ? v : JSON.stringify(v));

export function signedView(v: VerifySuccess): SignedView {
  const p = v.payload;
  const words = v.kind === 'amendment' ? fieldInWords(v.payload.field) : null;
  return {
    kind: v.kind,
    kid: v.header.kid,
    department: v.department,
    createdAt: p.createdAt,
    caseNumber: escapeControl(p.caseNumber),
    lines: signedLines(v).join('\n').split('\n').map(escapeControl),
    amendment: v.kind === 'amendment' && words
      ? {
        field: asText(v.payload.field), fieldWords: { ja: escapeControl(words.ja), en: escapeControl(words.en) },
        oldValue: asText(v.payload.oldValue), newValue: asText(v.payload.newValue), reason: asText(v.payload.reason),
      }
      : null,
  };
}
