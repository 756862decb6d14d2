/**
 * A stand-in for check-worker.ts that misbehaves on purpose, so the runner's handling
 * of hangs, crashes and stack sizes is tested without waiting for a compiler bug. What
 * it does is named by the first file of the request.
 */
import { parentPort } from 'node:worker_threads';
import type { CheckReply, CheckRequest } from './check-protocol';

/** How deep a plain recursion gets before the stack runs out. */
function depth(): number {
  let reached = 0;
  const down = (n: number): void => {
    reached = n;
    down(n + 1);
  };
  try {
    down(1);
  } catch {
    // the stack ran out: `reached` is as far as it went
  }
  return reached;
}

parentPort?.on('message', ({ id, files }: CheckRequest) => {
  const what = files[0]?.[0];
  if (what === 'hang') for (;;);
  if (what === 'exit') process.exit(3);
  const reply: CheckReply = {
    id,
    kind: 'checked',
    prefix: 'course/',
    taxonomy: true,
    diagnostics: [],
    scenarios: [],
    printed: what === 'depth' ? depth() : 0,
  };
  parentPort?.postMessage(reply);
});
parentPort?.postMessage({ kind: 'ready' });
