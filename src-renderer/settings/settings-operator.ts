// Who a Settings action is recorded under: the operator who chose their name at the start, else
// the first staff member (Settings opened from the start screen). Never an internal placeholder:
// before any staff exists, only the first-run setup is shown, and it names the staff it adds.
import { useSession } from '../state/session-store';

export function settingsOperator(state: ReturnType<typeof useSession.getState>): string {
  return state.operator?.name ?? state.settings?.staff[0]?.name ?? '';
}

export function useSettingsOperator(): string {
  return useSession(settingsOperator);
}
