// Signed text is shown, never interpreted: a control character in a signed value (a terminal escape
// sequence, a bell, a carriage return that hides what came before, a bidi override that reorders a
// line) is printed as \uXXXX by the CLI and the desk's page alike. Line feeds are the only layout
// kept, because the labelled lines are split on them first.
// C0 and C1 controls (except \n), DEL, line/paragraph separators, bidi marks, embeddings,
// overrides and isolates, zero-width characters and the BOM.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;

const hex4 = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

export function escapeControl(text: string): string {
  return text.replace(UNSAFE, hex4);
}
