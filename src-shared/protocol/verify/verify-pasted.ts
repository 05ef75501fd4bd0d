// One call for everything the desk pastes (the CLI's input, the page's text box): find the JWS,
// verify it as received at the given time, and compare the pasted block as a whole with the blocks
// the signed payload allows (block-compare.ts).
import { compareBlock, type BlockComparison, type Difference } from './block-compare';
import { fail, type VerifyFailure } from './failure';
import { findJws } from './find-jws';
import type { Registry } from './registry';
import { expectedBlocks, signedView, type SignedView } from './signed-view';
import { verifySubmission, type ReceiptOptions, type VerifySuccess } from './verify-jws';

type Matched = Exclude<BlockComparison, { matches: false }>;

export type PasteResult =
  | (VerifySuccess & { readonly view: SignedView; readonly comparison: Matched; readonly receivedAt: number })
  | (VerifyFailure & {
    readonly view: SignedView | null;
    /** text-mismatch: each differing field, the pasted line beside the signed one. */
    readonly differences: readonly Difference[];
    /** Lines outside the block: shown as not part of the request, never counted. */
    readonly outside: readonly string[];
    readonly receivedAt: number;
  });

export async function verifyPasted(text: string, registry: Registry, receipt: ReceiptOptions = { receivedAt: Date.now() }): Promise<PasteResult> {
  const base = { differences: [], outside: [], receivedAt: receipt.receivedAt, view: null };
  const jws = findJws(text);
  if (jws === null) return { ...fail('malformed', '入力に検証コードが見つかりません。', 'No verification code (JWS) found in the input.'), ...base };
  const verified = await verifySubmission(jws, registry, receipt);
  if (!verified.ok) return { ...verified, ...base };
  const view = signedView(verified);
  const comparison = compareBlock(text, jws, expectedBlocks(verified));
  if (comparison.compared && !comparison.matches) {
    const labels = [...new Set(comparison.differences.map((d) => d.label))];
    return {
      ...fail('text-mismatch',
        `署名は正しいですが、貼り付けられた読める部分が署名された内容と違います(${labels.join('、')})。`,
        `The signature is valid, but the pasted readable text differs from the signed content (${labels.join(', ')}).`,
        labels),
      differences: comparison.differences,
      outside: comparison.outside,
      receivedAt: receipt.receivedAt,
      view,
    };
  }
  return { ...verified, view, comparison, receivedAt: receipt.receivedAt };
}
