/**
 * The insight bench's fold-alone child: the first N statements of the generated file,
 * parsed and folded (`createFold`), no HTTP. With `parse` as the mode it only parses
 * them, so the bench can tell the fold's share from JSON's. Run by bench/insight.ts
 * (`tsx --expose-gc bench/insight-fold.ts FILE N fold|parse`); prints one RESULT line.
 */
import { createFold } from '../src/insight/fold';
import { peakMemory, printResult, statementLines } from './insight-measure';

const [file, countText, mode] = process.argv.slice(2);
const count = Number(countText);
if (!file || !count || (mode !== 'fold' && mode !== 'parse'))
  throw new Error('Usage: insight-fold.ts FILE COUNT fold|parse');

const peak = peakMemory();
const fold = createFold({});
let sink = 0;
let n = 0;
const start = performance.now();
for await (const line of statementLines(file, count)) {
  const statement: unknown = JSON.parse(line);
  if (mode === 'fold') fold.add(statement);
  else sink += typeof statement === 'object' ? 1 : 0;
  n += 1;
  if (n % 5000 === 0) peak.sample();
}
const addMs = performance.now() - start;
const before = performance.now();
const insight = mode === 'fold' ? fold.result() : undefined;
const resultMs = performance.now() - before;
printResult({
  statements: n,
  ms: addMs + resultMs,
  resultMs,
  read: insight?.statements.read ?? sink,
  learners: insight?.learners ?? 0,
  ...peak.report(),
});
