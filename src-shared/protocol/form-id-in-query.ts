// The form a link names in its query, on the form services that name forms there (Microsoft
// Forms: …/ResponsePage.aspx?id=…). Shared by the destination's name, the rule links are saved
// with, and the shell's allowlist, so all three read the same id.

/** Hosts where the form itself is named in the query, not the path (Microsoft Forms). */
const FORM_ID_IN_QUERY: ReadonlySet<string> = new Set(['forms.office.com', 'forms.cloud.microsoft']);

export type FormIdInQuery =
  | { readonly kind: 'none' }
  | { readonly kind: 'one'; readonly id: string }
  | { readonly kind: 'repeated'; readonly ids: readonly string[] };

/**
 * The form id a link names in its query, on a host that names forms there ('none' elsewhere or
 * without one). The server reads the parameter's name in any case (id, ID, Id) and may join
 * repeated values, so the name is matched in any case and a repeated id is reported as such.
 */
export function formIdInQuery(url: URL): FormIdInQuery {
  if (!FORM_ID_IN_QUERY.has(url.hostname.replace(/\.$/, ''))) return { kind: 'none' };
  const ids = [...url.searchParams].filter(([name]) => name.toLowerCase() === 'id').map(([, value]) => value);
  if (ids.length > 1) return { kind: 'repeated', ids };
  return ids[0] ? { kind: 'one', id: ids[0] } : { kind: 'none' };
}
