// Screens are addressed by the URL hash so that a reload returns to the same screen and step.
// Only opaque ids appear in the hash, never personal data.

export type Route =
  | { readonly name: 'start' }
  | { readonly name: 'cases' }
  | { readonly name: 'case'; readonly id: string; readonly step: number }
  | { readonly name: 'outbox' }
  | { readonly name: 'settings' };

export const STEP_COUNT = 7;

export function parseHash(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  switch (parts[0]) {
    case 'cases':
      return { name: 'cases' };
    case 'outbox':
      return { name: 'outbox' };
    case 'settings':
      return { name: 'settings' };
    case 'case': {
      const id = parts[1];
      if (!id || !/^[A-Za-z0-9_-]{1,100}$/.test(id)) return { name: 'cases' };
      const step = Number(parts[2] ?? '1');
      return { name: 'case', id, step: Number.isInteger(step) && step >= 1 && step <= STEP_COUNT ? step : 1 };
    }
    default:
      return { name: 'start' };
  }
}

export function formatHash(route: Route): string {
  switch (route.name) {
    case 'case':
      return `#/case/${route.id}/${route.step}`;
    case 'start':
      return '#/';
    default:
      return `#/${route.name}`;
  }
}
