/**
 * The hostile `scenario.md` inputs of issue 12, timed through the whole compiler: each is
 * put into the prose of a small valid scenario, compiled once, and reported with its time
 * and the diagnostics it got. `npx tsx bench/hostile-markdown.ts [name]` (the numbers in
 * docs/performance.md, "Hostile input", come from here).
 */
import { performance } from 'node:perf_hooks';
import { compileScenario } from '../src/compiler';
import { HOSTILE_MARKDOWN, hostileScenario } from '../tests/support/hostile-markdown';
import { loadTaxonomy } from './common';

const taxonomy = loadTaxonomy();
const only = process.argv[2];
for (const hostile of HOSTILE_MARKDOWN) {
  if (only && hostile.name !== only) continue;
  const input = hostileScenario(hostile.prose());
  const started = performance.now();
  const { diagnostics } = compileScenario(input, taxonomy);
  const ms = performance.now() - started;
  const codes = diagnostics.map(
    (d) => `${d.code}@${d.file.split('/').pop()}:${d.range.start.line}`,
  );
  const heap = process.memoryUsage().heapUsed / 2 ** 20;
  console.log(
    `${hostile.name.padEnd(26)} ${(input.scenarioMd?.text.length ?? 0).toLocaleString('en').padStart(11)} chars  ${ms.toFixed(0).padStart(7)} ms  heap ${heap.toFixed(0)} MB  ${diagnostics.length} diagnostics: ${codes.slice(0, 6).join(' ')}${codes.length > 6 ? ' …' : ''}`,
  );
}
