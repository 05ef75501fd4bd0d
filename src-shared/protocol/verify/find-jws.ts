// Finding the JWS inside whatever the desk pastes: a whole mail-form block (the code after
// 検証コード:, possibly wrapped or '>'-quoted by a mail client), a forwarded e-mail, or a bare JWS.
// Everything here is linear in the length of the text: a paste is untrusted input, and a
// backtracking regex over a long dot-less line used to take seconds.
import { VERIFICATION_CODE_LABEL } from '../mail-form';

const BASE64URL_PART = /^[A-Za-z0-9_-]*$/;

/** Three base64url parts joined by dots, the first two non-empty (the signature may be empty: alg none must reach the verifier to be refused by name). */
export function isCompactJws(s: string): boolean {
  const parts = s.split('.');
  return parts.length === 3 && parts[0] !== '' && parts[1] !== '' && parts.every((p) => BASE64URL_PART.test(p));
}

const isTokenChar = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45 || c === 95 || c === 46;

/** The longest compact JWS in one run of base64url characters and dots, reading left to right. */
function longestInRun(run: string): string | null {
  const segments = run.split('.');
  let best: string | null = null;
  for (let i = 0; i + 2 < segments.length;) {
    if (segments[i] !== '' && segments[i + 1] !== '') {
      const candidate = `${segments[i]}.${segments[i + 1]}.${segments[i + 2]}`;
      if (best === null || candidate.length > best.length) best = candidate;
      i += 3;
    } else {
      i += 1;
    }
  }
  return best;
}

/** The longest compact JWS anywhere in the text, in one pass over its characters. */
function longestAnywhere(text: string): string | null {
  let best: string | null = null;
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const inRun = i < text.length && isTokenChar(text.charCodeAt(i));
    if (inRun && start < 0) start = i;
    if (!inRun && start >= 0) {
      const found = longestInRun(text.slice(start, i));
      if (found !== null && (best === null || found.length > best.length)) best = found;
      start = -1;
    }
  }
  return best;
}

const JWS_CHUNK = /^[A-Za-z0-9_.-]+$/;

/** The code after the last 検証コード:, with line breaks and '>' quoting a mail client added undone. */
function afterLabel(text: string): string | null {
  const at = text.lastIndexOf(VERIFICATION_CODE_LABEL);
  if (at < 0) return null;
  const chunks: string[] = [];
  for (const raw of text.slice(at + VERIFICATION_CODE_LABEL.length).split('\n')) {
    const line = raw.replace(/^[\s>]+/, '').trim();
    if (line === '' && chunks.length === 0) continue;
    if (!JWS_CHUNK.test(line)) break;
    chunks.push(line);
  }
  const joined = chunks.join('');
  return isCompactJws(joined) ? joined : null;
}

/** The longest compact JWS made of consecutive code-only lines (a bare code a mail client wrapped), quoting undone. */
function longestWrapped(text: string): string | null {
  let best: string | null = null;
  let run: string[] = [];
  const close = (): void => {
    const joined = run.join('');
    if (run.length > 1 && isCompactJws(joined) && (best === null || joined.length > best.length)) best = joined;
    run = [];
  };
  for (const raw of text.split('\n')) {
    const line = raw.replace(/^[\s>]+/, '').trim();
    if (line !== '' && JWS_CHUNK.test(line)) run.push(line);
    else close();
  }
  close();
  return best;
}

/**
 * The JWS inside a pasted text: the code after 検証コード: in a mail-form block, else a bare code
 * wrapped over lines, else the longest compact JWS anywhere in the text; null when there is none.
 */
export function findJws(text: string): string | null {
  return afterLabel(text) ?? longestWrapped(text) ?? longestAnywhere(text);
}
