// PREVIEW AND TESTS ONLY. The preview has no internet, so the desk's published short link
// (forms.gle/…) cannot be followed to learn which Google Form it leads to. This wraps a fetch so
// that exactly that link answers as forms.gle does, with a redirect to a stand-in form id; every
// other request goes to the real fetch. The app itself passes Electron's net.fetch, unwrapped.
import { DEFAULT_MAIL_FORM_URL } from '../../src-shared/protocol/prefill-template';

/** The form id the stand-in's redirect names: a prefill template for the preview uses this id. */
export const STAND_IN_FORM_ID = '1FAIpQLSdeskform';

export function withPublishedFormStandIn(base: typeof fetch, formId: string = STAND_IN_FORM_ID): typeof fetch {
  return async (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    if (url !== DEFAULT_MAIL_FORM_URL) return base(input, init);
    return new Response(null, { status: 302, headers: { location: `https://docs.google.com/forms/d/e/${formId}/viewform?usp=send_form` } });
  };
}
