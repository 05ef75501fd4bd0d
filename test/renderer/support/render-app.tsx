// Renders the whole app against a fake desk, with a fresh session store.
import { render } from '@testing-library/react';
import { setDeskApiForTests } from '../../../src-renderer/api/desk-api';
import { App } from '../../../src-renderer/app/app';
import { getEmptyState, useSession } from '../../../src-renderer/state/session-store';
import type { StaffMember } from '../../../src-shared/core-api';
import type { Route } from '../../../src-renderer/state/routes';
import type { FakeDesk } from './fake-desk-api';

export function renderApp(desk: FakeDesk, options: { operator?: StaffMember | null; route?: Route } = {}) {
  setDeskApiForTests(desk.api);
  window.sessionStorage.clear();
  window.history.replaceState(null, '', '#/');
  useSession.setState({ ...getEmptyState(), operator: options.operator === undefined ? { name: '窓口 太郎', role: '学務係' } : options.operator, route: options.route ?? { name: 'cases' } });
  return render(<App />);
}
