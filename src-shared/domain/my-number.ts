// Japanese law (番号法) forbids collecting the individual number (個人番号, "My Number") without a
// statutory purpose, and this procedure has none. Any free text that looks like one is refused.
// It is 12 digits, printed on the card as three groups of four.
import { HYPHEN_LOOKALIKES, toHalfWidth } from './normalize';

const TWELVE_IN_A_ROW = /\d{12}/;
// Separators as typed: one or a few spaces and/or a hyphen between the groups ("1234 - 5678 - 9012").
const FOUR_FOUR_FOUR = /(?<!\d)\d{4}(?: {0,2}- {0,2}| {1,3})\d{4}(?: {0,2}- {0,2}| {1,3})\d{4}(?!\d)/;

export function containsMyNumber(text: string): boolean {
  const folded = toHalfWidth(text).replace(HYPHEN_LOOKALIKES, '-').replace(/[\t\u00A0]/g, ' ');
  return TWELVE_IN_A_ROW.test(folded) || FOUR_FOUR_FOUR.test(folded);
}
