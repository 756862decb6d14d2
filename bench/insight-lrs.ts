/**
 * A small Statements-API server for `npm run bench:insight`'s large cohorts, on 127.0.0.1.
 * The test LRS (tests/e2e/lrs.ts: xapi-statements with its in-memory models) cannot serve
 * a million statements: every page filters and sorts the whole store again (each read is
 * quadratic in the store), every stored batch scans the whole store for id conflicts, and
 * its `more` cursor is a version 1 UUID compared as text while pages are sorted by
 * `stored`, so a load that spans a wrap of the UUID's low time field (every 7 min 10 s)
 * loses statements on the way back (docs/performance.md, "Cohort insight", has the
 * figures). This server keeps the part of the Statements API a reader of a cohort uses,
 * the way xapi-statements answers it, and nothing that would flatter the reader:
 *
 * - `POST statements` (one statement or an array; an id given is kept, a taken id is a
 *   409 as xAPI asks, a missing one is made) stamps `id`, `stored`, `authority` and
 *   `version` as the test LRS does, and keeps each statement as the JSON it will send;
 * - `GET statements` with `limit` (default 100, 0 = 100, as xapi-statements), `ascending`,
 *   `since` / `until` (on `stored`), `verb`, `activity` (the object's id) and `registration`,
 *   answers `{ statements, more }` with a relative `more` link carrying an opaque cursor
 *   and every other parameter, and xapi-statements' headers (`X-Experience-API-Version`,
 *   `X-Experience-API-Consistent-Through`, JSON with a charset); an unknown parameter is a
 *   400 and a request without the Basic credentials a 401.
 *
 * Statements are kept as Buffers (outside the JS heap) in `stored` order; a page is the
 * next `limit` matches after the cursor, so reading everything is linear.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

const KEY = 'casebook-bench';
const SECRET = 'not-a-secret';
const BASIC = `Basic ${Buffer.from(`${KEY}:${SECRET}`).toString('base64')}`;
const AUTHORITY = { objectType: 'Agent', mbox: 'mailto:lms@example.org' };
const KNOWN = [
  'limit',
  'ascending',
  'cursor',
  'since',
  'until',
  'verb',
  'activity',
  'registration',
];
const ROUTE = '/xAPI/statements';

interface Row {
  json: Buffer;
  stored: string;
  verb: string;
  activity: string;
  registration: string | undefined;
}

export interface BenchLrs {
  /** The xAPI endpoint, ending with `/`. */
  endpoint: string;
  /** The Basic credentials it accepts. */
  key: string;
  secret: string;
  /** Statements stored. */
  count: () => number;
  close: () => Promise<void>;
}

function read(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (c: Buffer) => chunks.push(c));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function answer(response: ServerResponse, status: number, body: string | Buffer = '') {
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'X-Experience-API-Version': '1.0.3',
  });
  response.end(body);
}

export async function startBenchLrs(): Promise<BenchLrs> {
  const rows: Row[] = [];
  const ids = new Set<string>();
  // Repeated IRIs are kept once, as the store's index would.
  const interned = new Map<string, string>();
  const intern = (s: string) => interned.get(s) ?? (interned.set(s, s), s);
  let lastStored = '';

  function store(statements: Record<string, unknown>[]): { status: number; ids: string[] } {
    const given = statements.map((s) => (typeof s.id === 'string' ? s.id : undefined));
    if (given.some((id, i) => id !== undefined && (ids.has(id) || given.indexOf(id) !== i)))
      return { status: 409, ids: [] };
    let stored = new Date().toISOString();
    // A batch shares one `stored`, never earlier than the last one (the order pages follow).
    if (stored < lastStored) stored = lastStored;
    lastStored = stored;
    const out: string[] = [];
    for (const s of statements) {
      const id = typeof s.id === 'string' ? s.id : randomUUID();
      ids.add(id);
      out.push(id);
      const full = { ...s, id, stored, authority: AUTHORITY, version: '1.0.0' };
      const verb = (s.verb as { id?: unknown } | undefined)?.id;
      const object = (s.object as { id?: unknown } | undefined)?.id;
      const registration = (s.context as { registration?: unknown } | undefined)?.registration;
      rows.push({
        json: Buffer.from(JSON.stringify(full)),
        stored,
        verb: intern(String(verb)),
        activity: intern(String(object)),
        registration: typeof registration === 'string' ? registration : undefined,
      });
    }
    return { status: 200, ids: out };
  }

  function page(query: URLSearchParams): { status: number; body: Buffer | string } {
    for (const key of query.keys()) if (!KNOWN.includes(key)) return { status: 400, body: '' };
    const limit = Number(query.get('limit') ?? 100) || 100;
    const ascending = query.get('ascending') === 'true';
    const since = query.get('since');
    const until = query.get('until');
    const verb = query.get('verb');
    const activity = query.get('activity');
    const registration = query.get('registration');
    const cursor = query.get('cursor');
    // The cursor is the position the last page stopped at, in the order asked for.
    let i = cursor !== null ? Number(cursor) : ascending ? 0 : rows.length - 1;
    const step = ascending ? 1 : -1;
    const found: Buffer[] = [];
    for (; i >= 0 && i < rows.length && found.length <= limit; i += step) {
      const r = rows[i] as Row;
      if (since !== null && !(r.stored > since)) continue;
      if (until !== null && !(r.stored <= until)) continue;
      if (verb !== null && r.verb !== verb) continue;
      if (activity !== null && r.activity !== activity) continue;
      if (registration !== null && r.registration !== registration) continue;
      if (found.length === limit) break;
      found.push(r.json);
    }
    const more = found.length === limit && i >= 0 && i < rows.length;
    let link = '';
    if (more) {
      const next = new URLSearchParams(query);
      next.set('cursor', String(i));
      link = `${ROUTE}?${next.toString()}`;
    }
    const parts: Buffer[] = [Buffer.from('{"more":' + JSON.stringify(link) + ',"statements":[')];
    found.forEach((b, n) => {
      if (n > 0) parts.push(Buffer.from(','));
      parts.push(b);
    });
    parts.push(Buffer.from(']}'));
    return { status: 200, body: Buffer.concat(parts) };
  }

  const server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      if (url.pathname !== ROUTE) return answer(response, 404);
      if (request.headers.authorization !== BASIC) return answer(response, 401);
      if (request.method === 'POST') {
        let body: unknown;
        try {
          body = JSON.parse(await read(request));
        } catch {
          return answer(response, 400);
        }
        const list = (Array.isArray(body) ? body : [body]) as Record<string, unknown>[];
        const result = store(list);
        return answer(response, result.status, JSON.stringify(result.ids));
      }
      if (request.method !== 'GET') return answer(response, 405);
      const { status, body } = page(url.searchParams);
      response.setHeader('X-Experience-API-Consistent-Through', new Date().toISOString());
      answer(response, status, body);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}/xAPI/`,
    key: KEY,
    secret: SECRET,
    count: () => rows.length,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
