/** A tiny path router under /admin/ (the server falls back to index.html for any path). */
import { useSyncExternalStore } from 'react';

export const ROUTES = [
  'dashboard',
  'history',
  'menu',
  'stations',
  'call-presets',
  'printers',
  'tables',
  'staff',
  'backups',
  'summary',
  'reports',
  'audit',
  'setup',
] as const;
export type RouteName = (typeof ROUTES)[number];

const BASE = import.meta.env.BASE_URL; // '/admin/'
const listeners = new Set<() => void>();
let cached = { href: '', route: { name: 'dashboard' as RouteName, query: new URLSearchParams() } };

function current() {
  if (cached.href !== location.href) {
    const rest = location.pathname.startsWith(BASE) ? location.pathname.slice(BASE.length) : '';
    const first = rest.split('/')[0] ?? '';
    const name = (ROUTES as readonly string[]).includes(first) ? (first as RouteName) : 'dashboard';
    cached = { href: location.href, route: { name, query: new URLSearchParams(location.search) } };
  }
  return cached.route;
}

window.addEventListener('popstate', () => listeners.forEach((l) => l()));

export function navigate(name: RouteName, query?: Record<string, string>): void {
  const path = name === 'dashboard' ? '' : name;
  const search = query && Object.keys(query).length ? `?${new URLSearchParams(query)}` : '';
  history.pushState(null, '', `${BASE}${path}${search}`);
  listeners.forEach((l) => l());
}

export function useRoute() {
  return useSyncExternalStore((cb) => {
    listeners.add(cb);
    return () => listeners.delete(cb);
  }, current);
}
