// Chooses the screen for the current route. Without an operator only Settings and Start are
// reachable: everything else records who did it.
import { useSession } from '../state/session-store';
import { StartScreen } from '../start/start-screen';
import { CasesScreen } from '../cases/cases-screen';
import { WizardScreen } from '../wizard/wizard-screen';
import { OutboxScreen } from '../outbox/outbox-screen';
import { SettingsScreen } from '../settings/settings-screen';
import { assertNever } from './assert-never';

export function Screen() {
  const route = useSession((s) => s.route);
  const operator = useSession((s) => s.operator);
  if (route.name === 'settings') return <SettingsScreen />;
  if (!operator) return <StartScreen />;
  switch (route.name) {
    case 'start':
      return <StartScreen />;
    case 'cases':
      return <CasesScreen />;
    case 'case':
      return <WizardScreen key={route.id} caseId={route.id} step={route.step} />;
    case 'outbox':
      return <OutboxScreen />;
    default:
      return assertNever(route);
  }
}
