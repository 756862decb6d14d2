/**
 * The insight bench's reader child: what an L&D lead's CLI or worker does with an LRS —
 * page through it with the insight reader (`readLrs`: each verb the fold counts through
 * its `more` links, at the reader's own page size) and fold every page's statements, then make the result.
 * Samples its memory every page (after a full collection at the start: run it with
 * `--expose-gc`). Run by bench/insight.ts (`insight-read.ts ENDPOINT KEY SECRET`); prints
 * one RESULT line.
 */
import { createFold } from '../src/insight/fold';
import { readLrs } from '../src/insight/lrs';
import { peakMemory, printResult, READ_VERBS } from './insight-measure';

const [endpoint, key, secret] = process.argv.slice(2);
if (!endpoint || !key || !secret) throw new Error('Usage: insight-read.ts ENDPOINT KEY SECRET');

const peak = peakMemory();
const fold = createFold({});
const start = performance.now();
const progress = await readLrs({ endpoint, key, secret, verbs: READ_VERBS }, (statements) => {
  for (const statement of statements) fold.add(statement);
  peak.sample();
});
const readMs = performance.now() - start;
const before = performance.now();
const insight = fold.result();
const resultMs = performance.now() - before;
printResult({
  statements: progress.statements,
  pages: progress.pages,
  ms: readMs + resultMs,
  resultMs,
  read: insight.statements.read,
  learners: insight.learners,
  ...peak.report(),
});
