/**
 * The launch parameters come from the address bar: read them, refuse what is not a web
 * address (a `javascript:` endpoint or return link must never be used), and narrow the
 * page's connections to the LRS's and the fetch URL's origins.
 */
import { describe, expect, it } from 'vitest';
import {
  connectPolicy,
  preferredLanguages,
  readLaunch,
  webUrl,
} from '../../../src/delivery/cmi5/launch';

const actor = {
  objectType: 'Agent',
  account: { homePage: 'https://lms.example.org', name: 'l-1' },
};
const search = (over: Record<string, string | null> = {}) => {
  const all: Record<string, string | null> = {
    scenario: 'missed-deadline',
    endpoint: 'https://lrs.example.org/xapi',
    fetch: 'https://lms.example.org:8443/fetch/abc?x=1',
    actor: JSON.stringify(actor),
    registration: '2b4f0d8e-6c1a-4f7e-9a53-0e7c1d2b3a4f',
    activityId: 'https://courses.example.org/au/1',
    ...over,
  };
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(all)) if (v !== null) q.set(k, v);
  return `?${q}`;
};

describe('readLaunch', () => {
  it("reads the five parameters, the endpoint ending in '/', and the two origins to connect to", () => {
    const read = readLaunch(search());
    expect(read).toEqual({
      ok: true,
      parameters: {
        endpoint: 'https://lrs.example.org/xapi/',
        fetch: 'https://lms.example.org:8443/fetch/abc?x=1',
        actor,
        registration: '2b4f0d8e-6c1a-4f7e-9a53-0e7c1d2b3a4f',
        activityId: 'https://courses.example.org/au/1',
      },
      origins: ['https://lrs.example.org', 'https://lms.example.org:8443'],
    });
    expect(connectPolicy(read.ok ? read.origins : [])).toBe(
      'connect-src https://lrs.example.org https://lms.example.org:8443',
    );
  });

  it('names every parameter that is missing or unusable', () => {
    expect(readLaunch('')).toEqual({
      ok: false,
      missing: ['endpoint', 'fetch', 'actor', 'registration', 'activityId'],
    });
    expect(
      readLaunch(search({ endpoint: 'javascript:alert(1)', actor: '{"name":"no id"}' })),
    ).toEqual({
      ok: false,
      missing: ['endpoint', 'actor'],
    });
    expect(
      readLaunch(
        search({
          fetch: "https://x.example/'none' *",
          registration: null,
          activityId: 'javascript:alert(1)',
        }),
      ),
    ).toMatchObject({
      ok: false,
      missing: ['registration', 'activityId'],
    });
    expect(readLaunch(search({ actor: 'not json' }))).toEqual({ ok: false, missing: ['actor'] });
  });

  it("takes any absolute IRI as the activity id, such as the URN a package's cmi5.xml gives its AU", () => {
    const urn = 'urn:casebook:course:scenarios:au:missed-deadline';
    const read = readLaunch(search({ activityId: urn }));
    expect(read.ok && read.parameters.activityId).toBe(urn);
    for (const bad of ['data:text/html,x', 'not an iri', 'file:///etc/passwd'])
      expect(readLaunch(search({ activityId: bad }))).toMatchObject({ missing: ['activityId'] });
  });

  it('keeps one origin when the LRS and the fetch URL share it', () => {
    const read = readLaunch(search({ fetch: 'https://lrs.example.org/fetch' }));
    expect(read.ok && read.origins).toEqual(['https://lrs.example.org']);
  });
});

describe('webUrl', () => {
  it('takes http and https addresses only', () => {
    expect(webUrl('https://lms.example.org/course?id=1')?.href).toBe(
      'https://lms.example.org/course?id=1',
    );
    expect(webUrl('http://127.0.0.1:8080/')?.origin).toBe('http://127.0.0.1:8080');
    for (const bad of [
      'javascript:alert(1)',
      'data:text/html,<b>',
      'file:///etc/passwd',
      '/relative',
      '',
      null,
      undefined,
    ])
      expect(webUrl(bad)).toBeUndefined();
  });
});

describe('preferredLanguages', () => {
  it("reads cmi5LearnerPreferences' languagePreference list, and nothing from anything else", () => {
    expect(preferredLanguages({ languagePreference: 'de-DE,en-GB' })).toBe('de-DE,en-GB');
    expect(preferredLanguages({ languagePreference: ' ' })).toBeUndefined();
    expect(preferredLanguages({ languagePreference: 42 })).toBeUndefined();
    expect(preferredLanguages({})).toBeUndefined();
    expect(preferredLanguages(undefined)).toBeUndefined();
    expect(preferredLanguages('de')).toBeUndefined();
  });
});
