/**
 * Reading a Learning Record Store through the standard xAPI Statements API, as a stream:
 * one `GET statements` per verb the fold counts, each followed through its `more` links
 * (resolved against the endpoint's origin, as xAPI says), every page handed to the caller
 * as it comes, with the progress so far. It runs in the browser and in Node (both have
 * `fetch`). The key and secret are parameters only: they go into the `Authorization`
 * header of each request and nowhere else — no error, URL or progress carries them.
 */
import { VERBS } from '../delivery/cmi5/iris';
import type { ReadProgress } from './types';

export interface LrsSource {
  /** The xAPI endpoint, e.g. `https://lrs.example.org/xAPI/` (a missing final `/` is added). */
  endpoint: string;
  key: string;
  secret: string;
  /** Only statements stored since this ISO time (xAPI's `since`). */
  since?: string;
  /** Statements per page (xAPI's `limit`); the LRS may send fewer. */
  limit?: number;
  /** The verbs to read, each its own query; by default those the fold counts. */
  verbs?: string[];
}

/** Why a read stopped, as data: what went wrong and the URL asked (never the credentials). */
export type LrsProblem =
  | { code: 'bad-endpoint'; url: string }
  | { code: 'network'; url: string; detail: string }
  | { code: 'http'; url: string; status: number; detail: string }
  | { code: 'not-json'; url: string }
  | { code: 'not-statements'; url: string }
  | { code: 'aborted'; url: string };

export class LrsError extends Error {
  constructor(readonly problem: LrsProblem) {
    super(lrsMessage(problem));
    this.name = 'LrsError';
  }
}

function lrsMessage(p: LrsProblem): string {
  switch (p.code) {
    case 'bad-endpoint':
      return `The LRS endpoint ${p.url} is not an http(s) URL: give its xAPI endpoint, e.g. https://lrs.example.org/xAPI/.`;
    case 'network':
      return `The LRS at ${p.url} could not be reached (${p.detail}): check the endpoint and the network.`;
    case 'http':
      return `The LRS answered ${p.status} to ${p.url}${p.detail ? `: ${p.detail}` : ''}${
        p.status === 401 || p.status === 403 ? ' (check the key and secret)' : ''
      }.`;
    case 'not-json':
      return `The LRS's answer to ${p.url} is not JSON: is this the xAPI endpoint?`;
    case 'not-statements':
      return `The LRS's answer to ${p.url} is not a StatementResult (no "statements" list).`;
    case 'aborted':
      return `Reading ${p.url} was stopped.`;
  }
}

/** The verbs the fold counts: decisions and endings. */
const INSIGHT_VERBS = [VERBS.answered, VERBS.completed, VERBS.passed, VERBS.failed];

/** The basic credentials' header value, for any Unicode key or secret. */
function basic(key: string, secret: string): string {
  const bytes = new TextEncoder().encode(`${key}:${secret}`);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return `Basic ${btoa(binary)}`;
}

/** A URL as errors show it: without any user and password it may carry. */
function shown(url: URL): string {
  const copy = new URL(url);
  copy.username = '';
  copy.password = '';
  return copy.href;
}

function endpointOf(endpoint: string): URL {
  let url: URL;
  try {
    url = new URL(endpoint.endsWith('/') ? endpoint : `${endpoint}/`);
  } catch {
    throw new LrsError({ code: 'bad-endpoint', url: endpoint.slice(0, 200) });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new LrsError({ code: 'bad-endpoint', url: shown(url) });
  return url;
}

async function page(
  url: URL,
  authorization: string,
  secrets: readonly string[],
  signal: AbortSignal | undefined,
): Promise<{ statements: unknown[]; more?: string }> {
  let response: Response;
  try {
    response = await fetch(url, {
      headers: {
        Authorization: authorization,
        'X-Experience-API-Version': '1.0.3',
        Accept: 'application/json',
      },
      ...(signal ? { signal } : {}),
    });
  } catch (error) {
    if (signal?.aborted) throw new LrsError({ code: 'aborted', url: shown(url) });
    const detail =
      error instanceof Error
        ? error.cause instanceof Error
          ? error.cause.message
          : error.message
        : String(error);
    throw new LrsError({ code: 'network', url: shown(url), detail });
  }
  let text: string;
  try {
    text = await response.text();
  } catch {
    throw new LrsError({ code: signal?.aborted ? 'aborted' : 'not-json', url: shown(url) });
  }
  if (!response.ok)
    throw new LrsError({
      code: 'http',
      url: shown(url),
      status: response.status,
      // An LRS that echoes the request in its error must not echo the credentials.
      detail: secrets
        .reduce((t, secret) => t.split(secret).join('…'), text)
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, 200),
    });
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new LrsError({ code: 'not-json', url: shown(url) });
  }
  const statements =
    typeof body === 'object' && body !== null
      ? (body as Record<string, unknown>).statements
      : undefined;
  if (!Array.isArray(statements)) throw new LrsError({ code: 'not-statements', url: shown(url) });
  const more = (body as Record<string, unknown>).more;
  return { statements, ...(typeof more === 'string' && more !== '' ? { more } : {}) };
}

/**
 * Reads every statement of `source`'s verbs, page by page: `onPage` gets each page's
 * statements and the progress so far. Resolves with the final progress (`done: true`);
 * rejects with an `LrsError` (an HTTP error, an answer that is not JSON or not statements,
 * a network failure, or `signal` aborted).
 */
export async function readLrs(
  source: LrsSource,
  onPage: (statements: unknown[], progress: ReadProgress) => void,
  signal?: AbortSignal,
): Promise<ReadProgress> {
  const endpoint = endpointOf(source.endpoint);
  const authorization = basic(source.key, source.secret);
  const secrets = [source.secret, authorization.slice('Basic '.length)].filter((x) => x !== '');
  const progress: ReadProgress = { statements: 0, pages: 0, total: 'unknown', done: false };
  for (const verb of source.verbs ?? INSIGHT_VERBS) {
    let next: URL | undefined = new URL('statements', endpoint);
    next.searchParams.set('verb', verb);
    if (source.since) next.searchParams.set('since', source.since);
    next.searchParams.set('limit', String(source.limit ?? 500));
    const seen = new Set<string>();
    while (next) {
      if (signal?.aborted) throw new LrsError({ code: 'aborted', url: shown(next) });
      // A `more` link that comes back to a page already read would loop for ever.
      if (seen.has(next.href)) break;
      seen.add(next.href);
      const { statements, more } = await page(next, authorization, secrets, signal);
      progress.statements += statements.length;
      progress.pages += 1;
      onPage(statements, { ...progress });
      next = more ? new URL(more, endpoint.origin) : undefined;
    }
  }
  progress.done = true;
  return { ...progress };
}
