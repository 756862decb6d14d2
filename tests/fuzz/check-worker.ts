/**
 * The worker thread that runs one fuzz case exactly as `npm run check -- --strict`
 * would: the files are written to a scratch course folder, read back by the CLI's
 * loader, checked by the CLI's `checkCourse` (compiler, analysis, quality gate) and
 * every diagnostic is printed by the CLI's formatter. It runs in its own thread, with
 * its own stack size, so the test can end it when it hangs and a stack overflow or an
 * out-of-memory ends only this thread.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { checkCourse } from '../../src/check/check-course';
import { formatDiagnostic, summary } from '../../src/check/format';
import { loadCourse } from '../../src/disk/load';
import type { CheckReply, CheckRequest } from './check-protocol';

const scratch = (workerData as { scratch: string }).scratch;
const COURSE = 'course';

function run(request: CheckRequest): CheckReply {
  const root = join(scratch, COURSE);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  for (const [path, bytes] of request.files) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), bytes);
  }
  const input = loadCourse(COURSE, scratch);
  const result = checkCourse(input, { strict: true });
  const sources = new Map<string, string>();
  for (const file of [
    input.taxonomy,
    ...input.scenarios.flatMap((s) => [s.scenarioMd, s.machineJson]),
  ])
    if (file) sources.set(file.path, file.text);
  const all = [...result.diagnostics, ...result.scenarios.flatMap((s) => s.diagnostics)];
  let printed = 0;
  for (const d of all) printed += formatDiagnostic(d, sources).length;
  printed += summary(result.scenarios.length, all).length;
  return {
    id: request.id,
    kind: 'checked',
    prefix: `${COURSE}/`,
    taxonomy: result.taxonomy !== undefined,
    diagnostics: result.diagnostics,
    scenarios: result.scenarios.map((s) => ({
      folder: s.folder,
      playable: s.scenario !== undefined,
      diagnostics: s.diagnostics,
    })),
    printed,
  };
}

parentPort?.on('message', (request: CheckRequest) => {
  let reply: CheckReply;
  try {
    reply = run(request);
  } catch (error) {
    const stack = error instanceof Error ? (error.stack ?? error.message) : String(error);
    reply = { id: request.id, kind: 'threw', error: stack.split('\n').slice(0, 12).join('\n') };
  }
  parentPort?.postMessage(reply);
});
parentPort?.postMessage({ kind: 'ready' });
