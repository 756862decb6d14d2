/**
 * What the insight bench's child processes share: the peak memory of the process as it
 * works (the heap and RSS sampled whenever the caller says so, after a full collection
 * at the start when `--expose-gc` gave one, and the kernel's own peak RSS), a line reader
 * of the generated statements file, the verbs read, and the one JSON line a child prints for the bench.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { VERBS } from '../src/delivery/cmi5/iris';

/** The verbs the reader asks the LRS for: those the fold counts (decisions and endings). */
export const READ_VERBS: string[] = [VERBS.answered, VERBS.completed, VERBS.passed, VERBS.failed];

export interface Peak {
  /** Sample now (cheap: call it every page or every few thousand statements). */
  sample: () => void;
  /** MB: the heap in use and the RSS at their highest, and at the start. */
  report: () => { heapMB: number; rssMB: number; maxRssMB: number; baseHeapMB: number };
}

const MB = 1024 * 1024;

export function peakMemory(): Peak {
  (globalThis as { gc?: () => void }).gc?.();
  const base = process.memoryUsage();
  let heap = base.heapUsed;
  let rss = base.rss;
  return {
    sample() {
      const m = process.memoryUsage();
      heap = Math.max(heap, m.heapUsed);
      rss = Math.max(rss, m.rss);
    },
    report() {
      this.sample();
      return {
        heapMB: heap / MB,
        rssMB: rss / MB,
        maxRssMB: (process.resourceUsage().maxRSS * 1024) / MB,
        baseHeapMB: base.heapUsed / MB,
      };
    },
  };
}

/** The first `count` lines of a statements file (one JSON statement a line). */
export async function* statementLines(file: string, count: number): AsyncGenerator<string> {
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    if (n >= count) break;
    n += 1;
    yield line;
  }
  lines.close();
}

/** A child's result, on stdout as one line the bench picks out. */
export function printResult(result: Record<string, unknown>): void {
  console.log(`RESULT ${JSON.stringify(result)}`);
}
