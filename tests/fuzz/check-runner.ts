/**
 * Runs fuzz cases in a worker thread (check-worker.ts) with a deadline, so a hang is a
 * failing case with its input shown instead of a stuck suite, and a stack overflow or
 * out-of-memory ends the worker, not the test. The worker gets the stack size asked
 * for; after a hang or a crash the next case starts a fresh one.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { rootPath } from '../support/paths';
import type { CheckReply, CheckRequest, Outcome } from './check-protocol';
import type { CourseFiles } from './mutation';

/**
 * A check with no answer after this long is a hang. The bound only tells a case that
 * never ends from one that ends: it is far above what the linear check takes even on
 * a loaded CI machine (the 20,000-transition cases take about 1 s unloaded and over
 * 5 s at a load of 12 on 2 cores), so a verdict never depends on the machine's speed.
 * How fast each hostile input is checked is measured by `npm run bench:hostile`.
 */
export const DEADLINE_MS = 60_000;

export interface Stack {
  name: string;
  /** The worker's stack size; undefined is Node's default for a thread. */
  stackSizeMb?: number;
}

/**
 * Node's default for a worker thread is a 4 MB stack; 1 MB is about what V8 allows the
 * main thread of `npm run check` (and a browser tab running author mode), so the two
 * put the depth at which a recursion overflows in two different places.
 */
export const STACKS: readonly Stack[] = [
  { name: "Node's default stack" },
  { name: 'a 1 MB stack', stackSizeMb: 1 },
];

export interface RunnerOptions {
  stack: Stack;
  deadlineMs?: number;
  /** The worker module (a test swaps in one that misbehaves on purpose). */
  module?: string;
  /** Heap limit of the worker, so an input that eats memory ends the worker, not the machine. */
  heapMb?: number;
  /**
   * Checked once by every new worker before its first case, with no deadline: a cold
   * worker compiles the checker as it goes and takes seconds over what a warm one does,
   * which would count against the first case after every restart.
   */
  warmUp?: CourseFiles;
}

/** tsx's ESM API (`tsx/esm/api`, its "import" export), found through tsx's own package.json. */
function tsxApi(): string {
  const manifest = createRequire(import.meta.url).resolve('tsx/package.json');
  const exports = (JSON.parse(readFileSync(manifest, 'utf8')) as TsxManifest).exports;
  return pathToFileURL(join(dirname(manifest), exports['./esm/api'].import.default)).href;
}

interface TsxManifest {
  exports: { './esm/api': { import: { default: string } } };
}

/** Loads TypeScript in the worker as tsx does for `npm run check`, then the worker module. */
const bootstrap = (module: string) =>
  `import(${JSON.stringify(tsxApi())}).then((tsx) => { tsx.register(); return import(${JSON.stringify(pathToFileURL(module).href)}); });`;

const request = (id: number, files: CourseFiles): CheckRequest => ({
  id,
  files: [...files].map(([path, bytes]) => [path, new Uint8Array(bytes)]),
});

export class CheckRunner {
  private worker?: Promise<Worker>;
  private next = 0;
  private started = 0;
  /** Each worker writes its cases in its own folder in here, so one ended mid-write disturbs no other. */
  private readonly scratch = mkdtempSync(join(tmpdir(), 'casebook-fuzz-'));

  constructor(private readonly options: RunnerOptions) {}

  private start(): Promise<Worker> {
    const worker = new Worker(
      bootstrap(this.options.module ?? rootPath('tests/fuzz/check-worker.ts')),
      {
        eval: true,
        workerData: { scratch: join(this.scratch, `worker-${++this.started}`) },
        resourceLimits: {
          maxOldGenerationSizeMb: this.options.heapMb ?? 2048,
          ...(this.options.stack.stackSizeMb
            ? { stackSizeMb: this.options.stack.stackSizeMb }
            : {}),
        },
      },
    );
    const warmUp = this.options.warmUp;
    return new Promise((resolve, reject) => {
      const onExit = (code: number) =>
        reject(new Error(`the check worker exited (${code}) while it started`));
      const onMessage = (m: CheckReply) => {
        if (m.kind === 'ready' && warmUp) return worker.postMessage(request(0, warmUp));
        if (m.kind !== 'ready' && m.id !== 0) return;
        worker.off('message', onMessage).off('error', reject).off('exit', onExit);
        resolve(worker);
      };
      worker.on('message', onMessage).on('error', reject).on('exit', onExit);
    });
  }

  private end(): void {
    const worker = this.worker;
    this.worker = undefined;
    void worker?.then((w) => w.terminate()).catch(() => undefined);
  }

  /** Start the worker now (a case starts it otherwise), so a broken harness fails here and not as a case. */
  async ready(): Promise<void> {
    this.worker ??= this.start();
    await this.worker;
  }

  /** Check `files` as a course; never rejects for anything the input does. */
  async check(files: CourseFiles): Promise<Outcome> {
    this.worker ??= this.start();
    const worker = await this.worker;
    const id = ++this.next;
    const deadline = this.options.deadlineMs ?? DEADLINE_MS;
    return new Promise<Outcome>((resolve) => {
      const finish = (outcome: Outcome, healthy: boolean) => {
        clearTimeout(timer);
        worker.off('message', onMessage).off('error', onError).off('exit', onExit);
        if (!healthy) this.end();
        resolve(outcome);
      };
      const onMessage = (m: CheckReply) => {
        if (m.kind === 'ready' || m.id !== id) return;
        finish(m.kind === 'threw' ? { kind: 'threw', error: m.error } : m, true);
      };
      const onError = (e: Error & { code?: string }) =>
        finish({ kind: 'crashed', error: `${e.code ?? e.name}: ${e.message}` }, false);
      const onExit = (code: number) =>
        finish({ kind: 'crashed', error: `the worker exited with code ${code}` }, false);
      const timer = setTimeout(() => finish({ kind: 'hung', afterMs: deadline }, false), deadline);
      worker.on('message', onMessage).on('error', onError).on('exit', onExit);
      const request: CheckRequest = {
        id,
        files: [...files].map(([p, b]) => [p, new Uint8Array(b)]),
      };
      worker.postMessage(request);
    });
  }

  async stop(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    await worker?.then((w) => w.terminate()).catch(() => undefined);
    rmSync(this.scratch, { recursive: true, force: true });
  }
}
