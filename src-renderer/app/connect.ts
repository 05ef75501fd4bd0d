// Loads the settings and the outbox and subscribes to the core's push events. Returns the
// unsubscribe function for the app's lifetime. Only the settings gate the first screen (its route
// and language): the outbox list and a case the page opens on are asked for at the same time.
import { forgetPrefetchedCase, prefetchCase } from '../api/case-prefetch';
import { deskApi, hasDeskApi, toErrorData, unwrap } from '../api/desk-api';
import { useSession } from '../state/session-store';
import { refreshOutbox } from '../ui/refresh-outbox';

const API_WAIT_MS = 5000;

/** The preview bridge may install window.salvageDesk a moment after the page starts. */
export async function waitForDeskApi(): Promise<boolean> {
  const deadline = Date.now() + API_WAIT_MS;
  while (!hasDeskApi() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
  return hasDeskApi();
}

export async function connect(): Promise<() => void> {
  const session = useSession.getState();
  const api = deskApi();
  const offOutbox = api.onOutboxChanged((items) => useSession.getState().setOutbox(items));
  const offNetwork = api.onNetworkChanged(({ online }) => useSession.getState().setOnline(online));
  if (session.route.name === 'case' && session.operator) prefetchCase(session.route.id);
  // The header's count, not the first screen: it arrives when it arrives.
  refreshOutbox(() => unwrap(api.listOutbox({}))).catch((error: unknown) => useSession.getState().showError(toErrorData(error)));
  try {
    const settings = await unwrap(api.getSettings({}));
    session.setSettings(settings);
    session.setLanguage(settings.language);
    if (settings.staff.length === 0) session.navigate({ name: 'settings' });
    else if (!session.operator && session.route.name !== 'settings') session.navigate({ name: 'start' });
    if (useSession.getState().route.name !== 'case') forgetPrefetchedCase();
  } catch (error) {
    forgetPrefetchedCase();
    session.showError(toErrorData(error));
  }
  return () => {
    offOutbox();
    offNetwork();
  };
}
