/**
 * The LRS reader against the real test LRS (xapi-statements on 127.0.0.1): a cohort's
 * statements POSTed as the package would send them, read back page by page through `more`
 * links (pages far smaller than the cohort), folded to the same numbers as the statements
 * themselves; and the errors a lead meets — a wrong secret, an answer that is not JSON, an
 * LRS that is not there, a read stopped — each a clear value with the URL and no secret.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEY, SECRET, startLrs, type Lrs } from '../e2e/lrs';
import { createFold } from '../../src/insight/fold';
import { LrsError, readLrs, type LrsProblem } from '../../src/insight/lrs';
import type { ReadProgress } from '../../src/insight/types';
import { baseCohort, runStatements } from './cohort';

let lrs: Lrs;
const statements = baseCohort().flatMap(runStatements);

beforeAll(async () => {
  lrs = await startLrs();
  await lrs.post(statements);
});
afterAll(() => lrs?.close());

async function problemOf(read: Promise<unknown>): Promise<LrsProblem> {
  const error = await read.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof LrsError)) throw new Error(`expected an LrsError, got ${String(error)}`);
  expect(error.message).not.toContain(SECRET);
  return error.problem;
}

describe('reading the real LRS', () => {
  it('pages through `more` links, verb by verb, reporting progress per page', async () => {
    const fold = createFold({});
    const progress: ReadProgress[] = [];
    const done = await readLrs(
      { endpoint: lrs.endpoint, key: KEY, secret: SECRET, limit: 5 },
      (page, p) => {
        expect(page.length).toBeLessThanOrEqual(5);
        for (const s of page) fold.add(s);
        progress.push(p);
      },
    );
    // 24 answered (5 pages), 12 completed (3), 7 passed (2: strong and mixed), 5 failed (1).
    expect(done).toEqual({ statements: 48, pages: 11, total: 'unknown', done: true });
    expect(progress.map((p) => p.statements)).toEqual([5, 10, 15, 20, 24, 29, 34, 36, 41, 43, 48]);
    expect(progress.every((p) => !p.done && p.total === 'unknown')).toBe(true);

    const direct = createFold({});
    const counted = ['answered', 'completed', 'passed', 'failed'];
    for (const s of statements) if (counted.some((v) => s.verb.id.endsWith(`/${v}`))) direct.add(s);
    expect(fold.result()).toEqual(direct.result());
  });

  it('asks for statements stored since a time', async () => {
    const future = new Date(Date.now() + 86_400_000).toISOString();
    const done = await readLrs(
      { endpoint: lrs.endpoint, key: KEY, secret: SECRET, since: future },
      () => {},
    );
    expect(done.statements).toBe(0);
  });

  it('says a wrong secret is refused, with the URL and without the secret', async () => {
    const problem = await problemOf(
      readLrs({ endpoint: lrs.endpoint, key: KEY, secret: 'wrong-secret-123' }, () => {}),
    );
    expect(problem).toMatchObject({ code: 'http' });
    expect(problem.url).toContain(`${lrs.endpoint}statements?verb=`);
    expect(JSON.stringify(problem)).not.toContain('wrong-secret-123');
  });

  it('stops when its signal is aborted', async () => {
    const controller = new AbortController();
    let pages = 0;
    const problem = await problemOf(
      readLrs(
        { endpoint: lrs.endpoint, key: KEY, secret: SECRET, limit: 5 },
        () => {
          pages += 1;
          controller.abort();
        },
        controller.signal,
      ),
    );
    expect(problem.code).toBe('aborted');
    expect(pages).toBe(1);
  });
});

describe('what is not an LRS', () => {
  let server: Server;
  let origin: string;
  beforeAll(async () => {
    server = createServer((request, response) => {
      if (request.url?.startsWith('/echo/'))
        response
          .writeHead(401, { 'Content-Type': 'text/plain' })
          .end(
            `Refused: ${request.headers.authorization} (${atob(request.headers.authorization?.slice(6) ?? '')})`,
          );
      else if (request.url?.startsWith('/html/'))
        response.writeHead(200, { 'Content-Type': 'text/html' }).end('<html>Login</html>');
      else response.writeHead(200, { 'Content-Type': 'application/json' }).end('{"ok":true}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('an answer that is not JSON', async () => {
    const problem = await problemOf(
      readLrs({ endpoint: `${origin}/html`, key: 'k', secret: 's3cr3t' }, () => {}),
    );
    expect(problem).toMatchObject({ code: 'not-json' });
    expect(problem.url.startsWith(`${origin}/html/statements?`)).toBe(true);
  });

  it('an error that echoes the credentials, without them', async () => {
    const problem = await problemOf(
      readLrs({ endpoint: `${origin}/echo/`, key: 'lead', secret: 'p4ss-w0rd' }, () => {}),
    );
    expect(problem).toMatchObject({ code: 'http', status: 401 });
    expect(JSON.stringify(problem)).not.toContain('p4ss-w0rd');
    expect(JSON.stringify(problem)).not.toContain(btoa('lead:p4ss-w0rd'));
  });

  it('JSON that is not a StatementResult', async () => {
    const problem = await problemOf(
      readLrs({ endpoint: `${origin}/json/`, key: 'k', secret: 's' }, () => {}),
    );
    expect(problem.code).toBe('not-statements');
  });

  it('nothing listening, and an endpoint that is not a URL', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    expect(
      (
        await problemOf(
          readLrs({ endpoint: `http://127.0.0.1:${port}/xAPI/`, key: 'k', secret: 's' }, () => {}),
        )
      ).code,
    ).toBe('network');
    expect(
      await problemOf(readLrs({ endpoint: 'lrs.example.org', key: 'k', secret: 's' }, () => {})),
    ).toEqual({
      code: 'bad-endpoint',
      url: 'lrs.example.org',
    });
    const withUser = await problemOf(
      readLrs(
        { endpoint: `http://lead:hunter2@127.0.0.1:${port}/xAPI/`, key: 'k', secret: 's' },
        () => {},
      ),
    );
    expect(withUser.url).not.toContain('hunter2');
  });
});
