// Chooses the screen for the current route. Without an operator only Settings and Start are
// reachable: everything else records who did it.
import { useSession } from '../state/session-store';
import { StartScreen } from '../start/start-screen';
import { CasesScreen } from '../cases/cases-screen';
import { WizardScreen } from '../case/wizard/wizard-screen';
import { OutboxScreen } from '../outbox/outbox-screen';
import { SettingsScreen } from '../settings/settings-screen';
import { assertNever } from '../../src-shared/assert-never';

export function Screen() {
  const route = useSession((s) => s.route);
  const operator = useSession((s) => s.operator);
  const newCase = useSession((s) => s.newCase);
  if (route.name === 'settings') return <SettingsScreen />;
  if (!operator) return <StartScreen />;
  switch (route.name) {
    case 'start':
      return <StartScreen />;
    case 'cases':
      return <CasesScreen />;
    // Keyed by case id, so another case starts from a fresh form; the case created by the new-case
    // wizard keeps that wizard's key, so its form (focus, text typed meanwhile) stays mounted.
    case 'case':
      return <WizardScreen key={route.id === newCase.createdId ? `new-${newCase.seq}` : route.id} caseId={route.id} step={route.step} newCaseSeq={newCase.seq} />;
    case 'new-case':
      return <WizardScreen key={`new-${newCase.seq}`} caseId={null} step={route.step} newCaseSeq={newCase.seq} />;
    case 'outbox':
      return <OutboxScreen />;
    default:
      return assertNever(route);
  }
}
