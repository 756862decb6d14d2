/**
 * A real Learning Record Store for the cmi5 browser tests, on 127.0.0.1: Learning
 * Locker's statement service (`xapi-statements`, models in memory, attachments in a
 * temporary folder) behind a small LMS stub. The stub plays the LMS's part of a cmi5
 * launch: it answers the fetch URL with an auth token (once per token, as cmi5 asks),
 * checks the Basic credentials the statement service forwards to it (Learning Locker
 * asks its main app the same), and keeps the state documents (`LMS.LaunchData`) the
 * LMS writes before a launch — `xapi-statements` is the statement API alone.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The Basic credentials the LRS accepts (exported for tests that read it as a lead would). */
export const KEY = 'casebook-test';
export const SECRET = 'not-a-secret';
/** What the LRS accepts as `Authorization`, and what the fetch URL hands out as the token. */
const BASIC = Buffer.from(`${KEY}:${SECRET}`).toString('base64');

const CLIENT = {
  _id: '58fe13e34effd3c26a7fc4b7',
  title: 'Casebook test LMS',
  authority: { objectType: 'Agent', mbox: 'mailto:lms@example.org' },
  isTrusted: true,
  lrs_id: '58fe13e34effd3c26a7fc4b7',
  organisation: '58fe13e34effd3c26a7fc4b6',
  scopes: ['all'],
};

export interface Lrs {
  /** The xAPI endpoint (ends with `/`), as a launch gives it. */
  endpoint: string;
  /** The fetch URL of one launch: POST → `{"auth-token": …}`, once. */
  fetchUrl: (launch: string) => string;
  /** How many times a launch's fetch URL was asked. */
  fetches: (launch: string) => number;
  /** Write a state document as the LMS does before a launch. */
  putState: (query: Record<string, string>, document: unknown) => void;
  /** Write an agent profile document (cmi5LearnerPreferences) as the LMS does. */
  putAgentProfile: (query: Record<string, string>, document: unknown) => void;
  /** While true, the statement service refuses every request (as an LRS whose client was revoked). */
  refuse: (on: boolean) => void;
  /** Every statement of a registration, oldest first, read from the statement service. */
  statements: (registration: string) => Promise<Statement[]>;
  /** Store statements as an AU would (one POST per batch of up to 500). */
  post: (statements: readonly unknown[]) => Promise<void>;
  close: () => Promise<void>;
}

export type Statement = Record<string, unknown> & {
  id: string;
  verb: { id: string };
  object: { id: string; definition?: Record<string, unknown> };
  result?: Record<string, unknown> & { extensions?: Record<string, unknown> };
  context?: Record<string, unknown> & {
    registration?: string;
    contextActivities?: { category?: { id: string }[] };
    extensions?: Record<string, unknown>;
  };
  timestamp: string;
  stored: string;
};

function listen(server: Server): Promise<string> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve(`http://127.0.0.1:${port}`);
    }),
  );
}

function body(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (text += chunk));
    request.on('end', () => resolve(text));
    request.on('error', reject);
  });
}

/** CORS as an LRS answers it: the app is served from another origin. */
function cors(request: IncomingMessage, response: ServerResponse): boolean {
  response.setHeader('Access-Control-Allow-Origin', request.headers.origin ?? '*');
  response.setHeader(
    'Access-Control-Allow-Headers',
    'Authorization, Content-Type, X-Experience-API-Version',
  );
  response.setHeader('Access-Control-Allow-Methods', 'GET, POST, PUT, DELETE, OPTIONS');
  response.setHeader('Access-Control-Expose-Headers', 'X-Experience-API-Version, ETag');
  if (request.method !== 'OPTIONS') return false;
  response.writeHead(204).end();
  return true;
}

/** An agent by its identifier (xAPI's IFI), whatever order its JSON has its keys in. */
function agentKey(json: string): string {
  try {
    const a = JSON.parse(json) as Record<string, unknown> & { account?: Record<string, unknown> };
    return JSON.stringify([a.mbox, a.mbox_sha1sum, a.openid, a.account?.homePage, a.account?.name]);
  } catch {
    return json;
  }
}

/** A state document's or an agent profile's key: its API and the parameters that name it. */
const documentKey = (api: string, q: URLSearchParams | Record<string, string>) => {
  const get = (k: string) => (q instanceof URLSearchParams ? q.get(k) : q[k]) ?? '';
  const names = ['activityId', 'registration', 'stateId', 'profileId'].map(get);
  return JSON.stringify([api, agentKey(get('agent')), ...names]);
};

export async function startLrs(): Promise<Lrs> {
  const storage = mkdtempSync(join(tmpdir(), 'casebook-lrs-'));
  const fetched = new Map<string, number>();
  let refusing = false;
  const documents = new Map<string, string>();

  // The LMS stub: the launch's fetch URL and the client check Learning Locker makes.
  const lms = createServer((request, response) => {
    if (cors(request, response)) return;
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const launch = /^\/fetch\/([\w-]+)$/.exec(url.pathname)?.[1];
    if (launch && request.method === 'POST') {
      const times = (fetched.get(launch) ?? 0) + 1;
      fetched.set(launch, times);
      // cmi5 8.2.3: a fetch URL answers once; a second ask gets an error in its body.
      const answer =
        times === 1
          ? { 'auth-token': BASIC }
          : { 'error-code': '1', 'error-text': 'The token of this launch was fetched already.' };
      response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(answer));
      return;
    }
    if (url.pathname === '/auth') {
      const ok = !refusing && request.headers.authorization === `Basic ${BASIC}`;
      response.writeHead(ok ? 200 : 404, { 'Content-Type': 'application/json' });
      response.end(ok ? JSON.stringify(CLIENT) : '{}');
      return;
    }
    response.writeHead(404).end();
  });
  const lmsUrl = await listen(lms);

  // The statement service reads its configuration from the environment when first loaded.
  Object.assign(process.env, {
    AUTH_REPO: 'fetch',
    LL_CLIENT_INFO_ENDPOINT: `${lmsUrl}/auth`,
    EVENTS_REPO: 'test',
    MODELS_REPO: 'memory',
    STORAGE_REPO: 'local',
    FS_LOCAL_STORAGE_DIR: storage,
    EXPRESS_MORGAN_DIRECTORY: join(storage, 'access-logs'),
    SERVICE_AWAIT_UPDATES: 'true',
    WINSTON_CONSOLE_LEVEL: 'error',
  });
  const require = createRequire(import.meta.url);
  const dist = 'xapi-statements/dist';
  const express = require('express') as () => import('node:http').RequestListener & {
    use: (...args: unknown[]) => void;
  };
  const config = require(`${dist}/config`).default;
  const presenter = require(`${dist}/expressPresenter`).default({
    llClientInfoEndpoint: config.llClientInfoEndpoint,
    customRoute: config.express.customRoute,
    customRouteText: config.express.customRouteText,
    morganDirectory: config.express.morganDirectory,
    bodyParserLimit: config.express.bodyParserLimit,
    service: require(`${dist}/serviceFactory`).default(),
    tracker: require(`${dist}/tracker`).default,
    translator: require(`${dist}/translatorFactory`).default(),
    logger: require(`${dist}/logger`).default,
  });
  const routes = require(`${dist}/utils/constants`);
  // The state and agent profile APIs: documents as the LMS left them (none: 404).
  const documentApi =
    (api: string) => async (request: IncomingMessage, response: ServerResponse) => {
      if (cors(request, response)) return;
      if (request.headers.authorization !== `Basic ${BASIC}`) {
        response.writeHead(401).end();
        return;
      }
      const query = new URL(request.url ?? '/', 'http://127.0.0.1').searchParams;
      const key = documentKey(api, query);
      if (request.method === 'GET') {
        const document = documents.get(key);
        if (document === undefined) response.writeHead(404).end();
        else response.writeHead(200, { 'Content-Type': 'application/json' }).end(document);
        return;
      }
      if (request.method === 'PUT' || request.method === 'POST') {
        documents.set(key, await body(request));
        response.writeHead(204).end();
        return;
      }
      response.writeHead(405).end();
    };

  const app = express();
  app.use(routes.aboutRoute, presenter.aboutRouter);
  app.use(`${routes.fullActivitiesRoute}/state`, documentApi('state'));
  app.use('/xAPI/agents/profile', documentApi('agent-profile'));
  app.use(routes.fullActivitiesRoute, presenter.fullActivitiesRouter);
  app.use(routes.statementsRoute, presenter.statementsRouter);

  const lrs = createServer(app);
  const lrsUrl = await listen(lrs);
  const endpoint = `${lrsUrl}/xAPI/`;

  return {
    endpoint,
    fetchUrl: (launch) => `${lmsUrl}/fetch/${launch}`,
    fetches: (launch) => fetched.get(launch) ?? 0,
    refuse: (on) => (refusing = on),
    putState: (query, document) =>
      documents.set(documentKey('state', query), JSON.stringify(document)),
    putAgentProfile: (query, document) =>
      documents.set(documentKey('agent-profile', query), JSON.stringify(document)),
    async statements(registration) {
      const all: Statement[] = [];
      let next: string | undefined =
        `${endpoint}statements?registration=${registration}&ascending=true&limit=100`;
      while (next) {
        const response: Response = await fetch(new URL(next, lrsUrl), {
          headers: { Authorization: `Basic ${BASIC}`, 'X-Experience-API-Version': '1.0.3' },
        });
        if (!response.ok)
          throw new Error(`The LRS answered ${response.status}: ${await response.text()}`);
        const page = (await response.json()) as { statements: Statement[]; more?: string };
        all.push(...page.statements);
        next = page.more || undefined;
      }
      return all;
    },
    async post(statements) {
      for (let i = 0; i < statements.length; i += 500) {
        const response = await fetch(`${endpoint}statements`, {
          method: 'POST',
          headers: {
            Authorization: `Basic ${BASIC}`,
            'X-Experience-API-Version': '1.0.3',
            'Content-Type': 'application/json',
          },
          body: JSON.stringify(statements.slice(i, i + 500)),
        });
        if (!response.ok)
          throw new Error(`The LRS answered ${response.status}: ${await response.text()}`);
      }
    },
    async close() {
      await Promise.all(
        [lms, lrs].map(
          (s) =>
            new Promise<void>((resolve) => {
              s.closeAllConnections();
              s.close(() => resolve());
            }),
        ),
      );
      rmSync(storage, { recursive: true, force: true });
    },
  };
}
