// Map a request path to a file inside the renderer build, or refuse. Shared by the app://
// protocol handler and the browser preview, so path traversal is handled (and tested) once.
// Pure Node: no electron import.
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';

/**
 * Resolve `pathname` (the raw, still percent-encoded path of a URL) to an absolute file path
 * inside `root`, or null. Refused: malformed or double encoding, encoded separators (%2f, %5c),
 * backslashes, NUL, "." / ".." segments in any encoding, and anything whose real path (after
 * symlinks) is outside `root`. "/" maps to index.html.
 */
export async function resolveRendererFile(root: string, pathname: string): Promise<string | null> {
  const relative = safeRelativePath(pathname);
  if (relative === null) return null;
  try {
    const realRoot = await realpath(root);
    const real = await realpath(path.join(realRoot, ...relative));
    if (!real.startsWith(realRoot + path.sep)) return null;
    return (await stat(real)).isFile() ? real : null;
  } catch {
    return null; // missing file or unreadable root
  }
}

/** The path's segments when it is safe, else null. Exported for tests. */
export function safeRelativePath(pathname: string): string[] | null {
  if (!pathname.startsWith('/') || pathname.length > 1024) return null;
  if (/%(2f|5c|00|25)/i.test(pathname) || /[\\\0]/.test(pathname)) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (/[\\\0%]/.test(decoded)) return null;
  const segments = decoded.split('/').slice(1);
  if (segments.length === 1 && segments[0] === '') return ['index.html'];
  if (segments.some((s) => s === '' || s === '.' || s === '..')) return null;
  return segments;
}
