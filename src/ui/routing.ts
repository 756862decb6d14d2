/**
 * Hash routes, so the app works from any static host and inside an LMS frame:
 * `#/` library, `#/profile` the learner's profile, `#/author` author mode, `#/insight` cohort
 * insight for L&D leads, `#/s/<id>` briefing,
 * `#/s/<id>/play` play, `#/s/<id>/runs/<run>` the end of a run,
 * `#/s/<id>/runs/<run>/debrief` its debrief, `#/s/<id>/compare/<a>/<b>` two runs side
 * by side. Components read the route; links and `navigate` change it. A package's page
 * opened on the library opens straight on one scenario instead when its address names it
 * (`?scenario=<id>`, as an LMS package's SCOs and AUs do) or the course has no other.
 */
import { useSyncExternalStore } from 'react';

export type Route =
  | { page: 'library' }
  | { page: 'briefing'; id: string }
  | { page: 'play'; id: string }
  | { page: 'end'; id: string; run: string }
  | { page: 'debrief'; id: string; run: string }
  | { page: 'compare'; id: string; a: string; b: string }
  | { page: 'profile' }
  | { page: 'author' }
  | { page: 'insight' }
  | { page: 'not-found'; path: string };

const SEGMENT = /^[A-Za-z0-9_-]+$/;

/** A path segment with its %-escapes decoded; undefined when an escape is malformed (`%E0%A4%A`). */
function decodeSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  const parts: string[] = [];
  for (const segment of path.split('/').filter(Boolean)) {
    const decoded = decodeSegment(segment);
    // An address no link of the app makes: say "not found" rather than throw while rendering.
    if (decoded === undefined) return { page: 'not-found', path };
    parts.push(decoded);
  }
  if (parts.length === 0) return { page: 'library' };
  if (parts.length === 1 && parts[0] === 'profile') return { page: 'profile' };
  if (parts.length === 1 && parts[0] === 'author') return { page: 'author' };
  if (parts.length === 1 && parts[0] === 'insight') return { page: 'insight' };
  const [s, id, what, run, extra] = parts;
  if (s !== 's' || !id || !SEGMENT.test(id)) return { page: 'not-found', path };
  if (parts.length === 2) return { page: 'briefing', id };
  if (parts.length === 3 && what === 'play') return { page: 'play', id };
  const ok = (segment: string | undefined): segment is string => !!segment && SEGMENT.test(segment);
  if (parts.length === 4 && what === 'runs' && ok(run)) return { page: 'end', id, run };
  if (parts.length === 5 && what === 'runs' && ok(run) && extra === 'debrief')
    return { page: 'debrief', id, run };
  if (parts.length === 5 && what === 'compare' && ok(run) && ok(extra))
    return { page: 'compare', id, a: run, b: extra };
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
    case 'debrief':
      return `#/s/${route.id}/runs/${route.run}/debrief`;
    case 'compare':
      return `#/s/${route.id}/compare/${route.a}/${route.b}`;
    case 'profile':
      return '#/profile';
    case 'author':
      return '#/author';
    case 'insight':
      return '#/insight';
    case 'not-found':
      return `#${route.path}`;
  }
}

/** The scenario a page opened on `hash` starts on: `?scenario=<id>` of a served one, or the only one. */
export function startScenario(
  search: string,
  hash: string,
  ids: readonly string[],
): string | undefined {
  if (parseRoute(hash).page !== 'library') return undefined;
  const asked = new URLSearchParams(search).get('scenario');
  return asked && ids.includes(asked) ? asked : ids.length === 1 ? ids[0] : undefined;
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
