/**
 * `npm run bench:insight`: cohort insight (issue 17) at 10,000, 100,000 and 1,000,000
 * statements. The statements are the generated cohort of bench/insight-statements.ts
 * (the bundled course's real machines and the cmi5 package's own builders), written once
 * to a file, one JSON statement a line; each size is its first N lines (the generator is
 * sequential, so a smaller cohort is the start of a larger one). For each size:
 *
 * - load: POST the statements in batches of 1,000 to a fresh server in its own process,
 *   the bench's Statements API (bench/insight-lrs.ts), and — at the sizes it can take —
 *   the test LRS (tests/e2e/lrs.ts) for comparison;
 * - read + fold: a fresh reader process pages through the server's `more` links with the
 *   insight reader (src/insight/lrs.ts) and folds every statement (src/insight/fold.ts),
 *   then makes the result: wall time, statements/s, pages, and its peak heap and RSS
 *   (sampled every page after a full collection, and the kernel's peak RSS);
 * - the fold alone, no HTTP: the same lines parsed and folded in a fresh process, next to
 *   parsing alone, so the fold's own share shows.
 *
 * Never a test (wall-clock time on a shared machine). Arguments: the sizes
 * (default 10000 100000 1000000). `CASEBOOK_BENCH_TEST_LRS_MAX` (default 100000): the
 * largest size also loaded into the test LRS (0: never).
 */
import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './common';
import { READ_VERBS, statementLines } from './insight-measure';
import { cohortStatements, loadCohortCourse } from './insight-statements';

const SIZES = process.argv.slice(2).map(Number);
if (SIZES.length === 0) SIZES.push(10_000, 100_000, 1_000_000);
const TEST_LRS_MAX = Number(process.env.CASEBOOK_BENCH_TEST_LRS_MAX ?? 100_000);
const BATCH = 1000;
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
/** The verbs the reader asks for, as the statements file writes them. */
const READ = new RegExp(
  `"verb":\\{"id":"(${READ_VERBS.map((v) => v.replace(/[.]/g, '\\.')).join('|')})"`,
);

/** A child's figures: `ms` and `statements` always, the rest as the child measures them. */
type Result = Record<string, number> & { ms: number; statements: number };

/** Run a bench child with `--expose-gc` and take its RESULT line. */
function child(script: string, args: string[]): Promise<Result> {
  return new Promise((resolve, reject) => {
    const p = spawn(TSX, ['--expose-gc', join(ROOT, 'bench', script), ...args], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    p.stdout.on('data', (c: Buffer) => (out += c.toString()));
    p.on('exit', (code) => {
      const line = out.split('\n').find((l) => l.startsWith('RESULT '));
      if (code !== 0 || !line) reject(new Error(`${script} failed (${code}):\n${out}`));
      else resolve(JSON.parse(line.slice(7)) as Result);
    });
  });
}

interface Served {
  endpoint: string;
  key: string;
  secret: string;
  stop: () => Promise<Result>;
}

function serve(kind: 'test' | 'bench'): Promise<Served> {
  return new Promise((resolve, reject) => {
    const p = spawn(TSX, ['--expose-gc', join(ROOT, 'bench', 'insight-serve.ts'), kind], {
      stdio: ['pipe', 'pipe', 'ignore'],
    });
    let out = '';
    let ready = false;
    const ended = new Promise<Result>((done, fail) =>
      p.on('exit', () => {
        const line = out.split('\n').find((l) => l.startsWith('RESULT '));
        if (line) done(JSON.parse(line.slice(7)) as Result);
        else fail(new Error(`The ${kind} server stopped:\n${out}`));
      }),
    );
    p.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /READY (\S+) (\S+) (\S+)/.exec(out);
      if (m && !ready) {
        ready = true;
        resolve({
          endpoint: m[1] as string,
          key: m[2] as string,
          secret: m[3] as string,
          stop: () => {
            p.stdin.end();
            return ended;
          },
        });
      }
    });
    ended.catch(reject);
  });
}

/** Generate the largest cohort once, to a file; returns it and the generation's figures. */
function generate(dir: string, count: number) {
  const file = join(dir, 'statements.ndjson');
  const fd = openSync(file, 'w');
  const start = performance.now();
  const course = loadCohortCourse();
  const ready = performance.now();
  let n = 0;
  let learners = 0;
  let chunk: string[] = [];
  // Ten times what the largest size needs: the generator stops at `count` statements.
  for (const statement of cohortStatements(course, { learners: Math.ceil(count / 10) })) {
    const name = (statement.actor as { account?: { name?: string } }).account?.name ?? '';
    learners = Math.max(learners, Number(name.replace('learner-', '')) + 1);
    chunk.push(JSON.stringify(statement));
    n += 1;
    if (chunk.length === 10_000 || n === count) {
      writeSync(fd, chunk.join('\n') + '\n');
      chunk = [];
    }
    if (n === count) break;
  }
  closeSync(fd);
  return { file, count: n, learners, courseMs: ready - start, ms: performance.now() - ready };
}

async function load(file: string, count: number, server: Served) {
  const headers = {
    Authorization: `Basic ${Buffer.from(`${server.key}:${server.secret}`).toString('base64')}`,
    'X-Experience-API-Version': '1.0.3',
    'Content-Type': 'application/json',
  };
  const start = performance.now();
  let batch: string[] = [];
  let expected = 0;
  const post = async () => {
    const response = await fetch(`${server.endpoint}statements`, {
      method: 'POST',
      headers,
      body: `[${batch.join(',')}]`,
    });
    if (!response.ok) throw new Error(`POST answered ${response.status}: ${await response.text()}`);
    await response.arrayBuffer();
    batch = [];
  };
  for await (const line of statementLines(file, count)) {
    batch.push(line);
    if (READ.test(line)) expected += 1;
    if (batch.length === BATCH) await post();
  }
  if (batch.length > 0) await post();
  return { ms: performance.now() - start, expected };
}

interface Row {
  size: number;
  source: string;
  loadMs?: number;
  /** Statements of the verbs the reader asks for: what it should read back. */
  expected?: number;
  read: Result;
  server?: Result;
}

async function throughServer(kind: 'test' | 'bench', file: string, size: number): Promise<Row> {
  const server = await serve(kind);
  try {
    const { ms: loadMs, expected } = await load(file, size, server);
    const read = await child('insight-read.ts', [server.endpoint, server.key, server.secret]);
    const source = kind === 'test' ? 'test LRS' : 'bench LRS';
    return { size, source, loadMs, expected, read, server: await server.stop() };
  } catch (error) {
    await server.stop().catch(() => undefined);
    throw error;
  }
}

const f = (n: number | undefined, digits = 0) =>
  n === undefined || Number.isNaN(n)
    ? '–'
    : n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

function print(rows: Row[], generated: ReturnType<typeof generate>) {
  console.log(
    `Machine: ${cpus()[0]?.model ?? 'unknown'}, ${cpus().length} cores, ${f(totalmem() / 2 ** 30)} GB; Node ${process.version}; load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  console.log(
    `Generated ${f(generated.count)} statements (${f(generated.learners)} learners × 9 scenarios) in ${f(generated.ms / 1000, 1)} s (${f(generated.count / (generated.ms / 1000))}/s; course compiled and analysed in ${f(generated.courseMs / 1000, 1)} s)`,
  );
  console.log(
    '| statements | source | load s | load st/s | read+fold s | st/s | result() ms | pages | read back | peak heap MB | peak RSS MB | server RSS MB |',
  );
  console.log('|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    const s = r.read.ms / 1000;
    const load =
      r.loadMs === undefined ? ['–', '–'] : [f(r.loadMs / 1000, 1), f(r.size / (r.loadMs / 1000))];
    const back = `${f(r.read.read)}${r.expected === undefined ? '' : ` of ${f(r.expected)}`}`;
    const rss = Math.max(r.read.rssMB ?? 0, r.read.maxRssMB ?? 0);
    console.log(
      `| ${f(r.size)} | ${r.source} | ${load.join(' | ')} | ${f(s, 2)} | ${f(r.read.statements / s)} | ${f(r.read.resultMs)} | ${f(r.read.pages)} | ${back} | ${f(r.read.heapMB)} | ${f(rss)} | ${r.server ? f(r.server.maxRssMB) : '–'} |`,
    );
  }
  // How time and memory grow from one size to the next, per source.
  for (const source of new Set(rows.map((r) => r.source))) {
    const of = rows.filter((r) => r.source === source);
    const steps = of.slice(1).map((r, i) => {
      const p = of[i] as Row;
      const heap = (x: Row) => (x.read.heapMB ?? 0) - (x.read.baseHeapMB ?? 0);
      return `${f(p.size)} → ${f(r.size)}: time ×${f(r.read.ms / p.read.ms, 1)}, heap above start ×${f(heap(r) / heap(p), 1)} (${f(heap(p))} → ${f(heap(r))} MB)`;
    });
    if (steps.length > 0) console.log(`${source}: ${steps.join('; ')}`);
  }
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'casebook-insight-'));
  try {
    const largest = Math.max(...SIZES);
    const generated = generate(dir, largest);
    const rows: Row[] = [];
    for (const size of SIZES) {
      const count = Math.min(size, generated.count);
      rows.push(await throughServer('bench', generated.file, count));
      if (count <= TEST_LRS_MAX) rows.push(await throughServer('test', generated.file, count));
      const parse = await child('insight-fold.ts', [generated.file, String(count), 'parse']);
      const fold = await child('insight-fold.ts', [generated.file, String(count), 'fold']);
      rows.push({ size: count, source: 'parse alone (no HTTP)', read: { ...parse, pages: NaN } });
      rows.push({ size: count, source: 'parse + fold (no HTTP)', read: { ...fold, pages: NaN } });
      console.error(`${count} statements measured`);
    }
    print(rows, generated);
    for (const r of rows) console.error(JSON.stringify(r));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
