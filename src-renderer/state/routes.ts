// Screens are addressed by the URL hash so that a reload returns to the same screen and step.
// Only opaque ids appear in the hash, never personal data.

export type Route =
  | { readonly name: 'start' }
  | { readonly name: 'cases' }
  | { readonly name: 'case'; readonly id: string; readonly step: number }
  /** The wizard before anything is typed: no case exists yet. */
  | { readonly name: 'new-case'; readonly step: number }
  | { readonly name: 'outbox' }
  | { readonly name: 'settings' };

export const STEP_COUNT = 7;

function parseStep(part: string | undefined): number {
  const step = Number(part ?? '1');
  return Number.isInteger(step) && step >= 1 && step <= STEP_COUNT ? step : 1;
}

export function parseHash(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  switch (parts[0]) {
    case 'cases':
      return parts[1] === 'new' ? { name: 'new-case', step: parseStep(parts[2]) } : { name: 'cases' };
    case 'outbox':
      return { name: 'outbox' };
    case 'settings':
      return { name: 'settings' };
    case 'case': {
      const id = parts[1];
      if (!id || !/^[A-Za-z0-9_-]{1,100}$/.test(id)) return { name: 'cases' };
      return { name: 'case', id, step: parseStep(parts[2]) };
    }
    default:
      return { name: 'start' };
  }
}

export function formatHash(route: Route): string {
  switch (route.name) {
    case 'case':
      return `#/case/${route.id}/${route.step}`;
    case 'new-case':
      return route.step === 1 ? '#/cases/new' : `#/cases/new/${route.step}`;
    case 'start':
      return '#/';
    default:
      return `#/${route.name}`;
  }
}
