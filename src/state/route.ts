import { signal } from '@preact/signals-core';

export type Route = 'home' | 'intake' | 'today' | 'history' | 'settings' | 'therapist' | 'planImport' | 'exercises' | 'guided' | 'checkIn' | 'progress' | 'report';

const PATHS: Record<Route, string> = {
  home: '/',
  intake: '/session/new',
  today: '/today',
  history: '/history',
  settings: '/settings',
  therapist: '/therapist',
  planImport: '/plan',
  exercises: '/exercises',
  guided: '/exercises/guided',
  checkIn: '/check-in',
  progress: '/progress',
  report: '/report',
};

export function routeFromPath(path: string): Route {
  const match = (Object.keys(PATHS) as Route[]).find((r) => PATHS[r] === path.replace(/\/+$/, '') || (r === 'home' && path === '/'));
  return match ?? 'home';
}

export function pathOf(route: Route): string {
  return PATHS[route];
}

export const currentRoute = signal<Route>(routeFromPath(globalThis.location?.pathname ?? '/'));

/** Moves to another screen and records it in the browser history, so Back works. */
export function navigate(route: Route, { replace = false } = {}): void {
  if (route === currentRoute.value) return;
  const path = PATHS[route];
  if (replace) history.replaceState(null, '', path);
  else history.pushState(null, '', path);
  currentRoute.value = route;
}

globalThis.addEventListener?.('popstate', () => {
  currentRoute.value = routeFromPath(location.pathname);
});
