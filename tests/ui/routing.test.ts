/**
 * The hash router: every address the app links to parses back to its route, and an
 * address nobody links to — a malformed %-escape included — is "not found", never a throw.
 */
import { describe, expect, it } from 'vitest';
import { href, parseRoute, type Route } from '../../src/ui/routing';

describe('parseRoute', () => {
  it('reads back every route the app links to', () => {
    const routes: Route[] = [
      { page: 'library' },
      { page: 'profile' },
      { page: 'author' },
      { page: 'insight' },
      { page: 'briefing', id: 'missed-deadline' },
      { page: 'play', id: 'missed-deadline' },
      { page: 'end', id: 'missed-deadline', run: 'r-1' },
      { page: 'debrief', id: 'missed-deadline', run: 'r-1' },
      { page: 'compare', id: 'missed-deadline', a: 'r-1', b: 'r-2' },
    ];
    for (const route of routes) expect(parseRoute(href(route))).toEqual(route);
  });

  it('decodes well-formed escapes in a segment', () => {
    expect(parseRoute('#/s/missed%2Ddeadline')).toEqual({
      page: 'briefing',
      id: 'missed-deadline',
    });
  });

  it.each([
    '#/s/%E0%A4%A',
    '#/s/%',
    '#/s/missed-deadline/runs/%ZZ',
    '#/s/missed-deadline/runs/r-1/%E0%A4%A',
    '#/s/missed-deadline/compare/r-1/%C0%80',
    '#/%E0%A4%A',
    '#/profile/%',
  ])('makes the malformed address %s a not-found page, without throwing', (hash) => {
    expect(parseRoute(hash)).toEqual({ page: 'not-found', path: hash.slice(1) });
  });

  it('treats unknown and ill-formed addresses as not found', () => {
    expect(parseRoute('#/nowhere')).toEqual({ page: 'not-found', path: '/nowhere' });
    expect(parseRoute('#/s/has%20space')).toEqual({ page: 'not-found', path: '/s/has%20space' });
  });
});
