// One call for everything the desk pastes (the CLI's input, the page's text box): find the JWS,
// verify it, and for a mail-form block compare every labelled line with the signed payload.
import { amendmentLabels } from '../amendment-lines';
import { mailFormLabels } from '../mail-form';
import { compareBlock, type BlockComparison } from './block-compare';
import { fail, type VerifyFailure } from './failure';
import { findJws } from './find-jws';
import type { Registry } from './registry';
import { blockTitle, signedLines, signedView, type SignedView } from './signed-view';
import { verifySubmission, type VerifySuccess } from './verify-jws';

export type PasteResult =
  | (VerifySuccess & { readonly view: SignedView; readonly comparison: BlockComparison })
  | (VerifyFailure & { readonly view: SignedView | null });

const labelKeys = new Map<string, string>([...Object.entries(mailFormLabels), ...Object.entries(amendmentLabels)].map(([k, v]) => [v, k]));
const named = (label: string): string => `${label} (${labelKeys.get(label) ?? label})`;

export async function verifyPasted(text: string, registry: Registry): Promise<PasteResult> {
  const jws = findJws(text);
  if (jws === null) return { ...fail('malformed', '入力に JWS(検証コード)が見つかりません。', 'No JWS (検証コード) found in the input.'), view: null };
  const verified = await verifySubmission(jws, registry);
  if (!verified.ok) return { ...verified, view: null };
  const view = signedView(verified);
  const comparison = compareBlock(text, signedLines(verified), blockTitle(verified.kind));
  if (comparison.compared && comparison.differing.length > 0) {
    const list = comparison.differing.map(named);
    return {
      ...fail('text-mismatch',
        `署名は正しいですが、読める部分の行が署名された内容と違います(${comparison.differing.join('、')})。書き換えられています。署名された内容を正としてください。`,
        `The signature is valid, but readable lines differ from the signed content (${list.join(', ')}); they were edited. Rely on the signed content.`,
        list),
      view,
    };
  }
  return { ...verified, view, comparison };
}
