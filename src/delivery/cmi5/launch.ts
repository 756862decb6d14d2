/**
 * The cmi5 launch (8.1): the LMS opens the AU with `endpoint`, `fetch`, `actor`,
 * `registration` and `activityId` in its query string. This reads and checks them —
 * they come from the address bar, so nothing in them is trusted — and derives the two
 * origins the page may then connect to (the LRS and the fetch URL), and whether a
 * `returnURL` is a web address a link may point at.
 */
import type { LaunchParameters } from '@xapi/cmi5';

const NAMES = ['endpoint', 'fetch', 'actor', 'registration', 'activityId'] as const;

export type LaunchRead =
  | { ok: true; parameters: LaunchParameters; origins: string[] }
  /** `missing`: the names absent or unusable, in the order cmi5 lists them. */
  | { ok: false; missing: string[] };

/** A web address (http or https) as a URL, or undefined. */
export function webUrl(text: string | null | undefined): URL | undefined {
  if (!text) return undefined;
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** Schemes whose IRIs a page could run or load: never an activity's id. */
const ACTIVE_SCHEMES = new Set(['javascript:', 'data:', 'vbscript:', 'blob:', 'file:']);

/**
 * An activity id as xAPI has it: any absolute IRI (`https:…`, or a URN such as the
 * `urn:casebook:course:…:au:…` ids `npm run package` writes into cmi5.xml, which an LMS
 * passes on as `activityId`). It is only ever data in a statement, never opened.
 */
function activityIri(text: string | null): string | undefined {
  if (!text) return undefined;
  try {
    return ACTIVE_SCHEMES.has(new URL(text).protocol) ? undefined : text;
  } catch {
    return undefined;
  }
}

function agentOf(text: string): LaunchParameters['actor'] | undefined {
  try {
    const actor = JSON.parse(text) as unknown;
    if (typeof actor !== 'object' || actor === null || Array.isArray(actor)) return undefined;
    const a = actor as Record<string, unknown>;
    // cmi5 8.1.2: the actor is an Agent identified by an account.
    return ['account', 'mbox', 'mbox_sha1sum', 'openid'].some((k) => k in a)
      ? (actor as LaunchParameters['actor'])
      : undefined;
  } catch {
    return undefined;
  }
}

export function readLaunch(search: string): LaunchRead {
  const query = new URLSearchParams(search);
  const endpoint = webUrl(query.get('endpoint'));
  const fetchUrl = webUrl(query.get('fetch'));
  const actor = agentOf(query.get('actor') ?? '');
  const registration = query.get('registration') ?? '';
  const activityId = activityIri(query.get('activityId'));
  const usable = {
    endpoint: !!endpoint,
    fetch: !!fetchUrl,
    actor: !!actor,
    registration: registration.length > 0,
    activityId: !!activityId,
  };
  const missing = NAMES.filter((n) => !usable[n]);
  if (missing.length > 0 || !endpoint || !fetchUrl || !actor || !activityId)
    return { ok: false, missing };
  return {
    ok: true,
    parameters: {
      endpoint: endpoint.href.endsWith('/') ? endpoint.href : `${endpoint.href}/`,
      fetch: fetchUrl.href,
      actor,
      registration,
      activityId,
    },
    origins: [...new Set([endpoint.origin, fetchUrl.origin])],
  };
}

/**
 * The page's second policy: `connect-src` the LRS and the fetch URL only. Policies
 * intersect, so with the build's `connect-src 'self' https: http:` only these two remain.
 */
export function connectPolicy(origins: readonly string[]): string {
  return `connect-src ${origins.join(' ')}`;
}

/**
 * The learner's languages from the agent profile `cmi5LearnerPreferences` (cmi5 11.0), as the
 * cmi5 client read it: `languagePreference`, a comma-separated list (undefined when absent).
 */
export function preferredLanguages(preferences: unknown): string | undefined {
  if (typeof preferences !== 'object' || preferences === null) return undefined;
  const list = (preferences as { languagePreference?: unknown }).languagePreference;
  return typeof list === 'string' && list.trim() !== '' ? list.trim() : undefined;
}
