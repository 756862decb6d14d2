/**
 * The insight bench's server child: the test LRS (`test`: tests/e2e/lrs.ts, as the e2e
 * tests start it) or the bench's own Statements API (`bench`: bench/insight-lrs.ts), in
 * a process of its own so that neither its store nor its work is counted in the reader's
 * memory or time. Prints `READY <endpoint> <key> <secret>`; when its stdin closes it
 * prints a RESULT line with its own peak memory and exits.
 */
import { startLrs } from '../tests/e2e/lrs';
import { startBenchLrs } from './insight-lrs';
import { peakMemory, printResult } from './insight-measure';

const kind = process.argv[2];
if (kind !== 'test' && kind !== 'bench') throw new Error('Usage: insight-serve.ts test|bench');

const peak = peakMemory();
const timer = setInterval(() => peak.sample(), 200);
const server =
  kind === 'test'
    ? { ...(await startLrs()), key: 'casebook-test', secret: 'not-a-secret' }
    : await startBenchLrs();
console.log(`READY ${server.endpoint} ${server.key} ${server.secret}`);
process.stdin.resume();
process.stdin.on('end', () => {
  clearInterval(timer);
  printResult(peak.report());
  void server.close().then(() => process.exit(0));
});
