/**
 * Hash routes, so the app works from any static host and inside an LMS frame:
 * `#/` library, `#/s/<id>` briefing, `#/s/<id>/play` play, `#/s/<id>/runs/<run>` the
 * end of a run. Components read the route; links and `navigate` change it.
 */
import { useSyncExternalStore } from 'react';

export type Route =
  | { page: 'library' }
  | { page: 'briefing'; id: string }
  | { page: 'play'; id: string }
  | { page: 'end'; id: string; run: string }
  | { page: 'not-found'; path: string };

const SEGMENT = /^[A-Za-z0-9_-]+$/;

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts.length === 0) return { page: 'library' };
  const [s, id, what, run] = parts;
  if (s !== 's' || !id || !SEGMENT.test(id)) return { page: 'not-found', path };
  if (parts.length === 2) return { page: 'briefing', id };
  if (parts.length === 3 && what === 'play') return { page: 'play', id };
  if (parts.length === 4 && what === 'runs' && run && SEGMENT.test(run))
    return { page: 'end', id, run };
  return { page: 'not-found', path };
}

export function href(route: Route): string {
  switch (route.page) {
    case 'library':
      return '#/';
    case 'briefing':
      return `#/s/${route.id}`;
    case 'play':
      return `#/s/${route.id}/play`;
    case 'end':
      return `#/s/${route.id}/runs/${route.run}`;
    case 'not-found':
      return `#${route.path}`;
  }
}

export function navigate(route: Route): void {
  window.location.hash = href(route);
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
