/**
 * What the benchmark scripts share: the course taxonomy, a generated scenario
 * compiled once and checked (the benchmark refuses to time a scenario that does not
 * compile cleanly), and timing helpers (median of repetitions after a warm-up).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { compileScenario, parseTaxonomy, sourceFile, type ScenarioInput } from '../src/compiler';
import { parseFrontMatter } from '../src/compiler/frontmatter';
import type { CompiledScenario, Taxonomy } from '../src/contract';
import { generateScenario, type GeneratedScenario } from './generate';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

export function loadTaxonomy(): Taxonomy {
  const path = join(ROOT, 'scenarios', 'behaviours.json');
  const parsed = parseTaxonomy(sourceFile('behaviours.json', readFileSync(path, 'utf8')));
  if (!parsed.taxonomy || parsed.diagnostics.length > 0)
    throw new Error(
      `scenarios/behaviours.json does not load: ${JSON.stringify(parsed.diagnostics)}`,
    );
  return parsed.taxonomy;
}

export interface Prepared {
  generated: GeneratedScenario;
  input: ScenarioInput;
  /** The Markdown after the front matter: exactly what the compiler hands to marked's lexer. */
  body: string;
  compiled: CompiledScenario;
}

export type Shape = 'tree' | 'merging';

/** Generate a scenario of `scenes` states and compile it once; throw unless it compiles with no error and no warning. */
export function prepare(scenes: number, taxonomy: Taxonomy, shape: Shape = 'tree'): Prepared {
  const generated = generateScenario({ scenes, behaviours: taxonomy.behaviours, shape });
  const input: ScenarioInput = {
    folder: generated.folder,
    scenarioMd: { path: `${generated.folder}/scenario.md`, text: generated.scenarioMd },
    machineJson: { path: `${generated.folder}/machine.json`, text: generated.machineJson },
  };
  const result = compileScenario(input, taxonomy);
  if (!result.scenario || result.diagnostics.length > 0) {
    const shown = result.diagnostics
      .slice(0, 10)
      .map(
        (d) =>
          `${d.file}:${d.range.start.line}:${d.range.start.col}: ${d.severity}: ${d.message} [${d.code}]`,
      );
    throw new Error(
      `The generated ${scenes}-scene scenario does not compile cleanly (${result.diagnostics.length} diagnostics):\n${shown.join('\n')}`,
    );
  }
  const front = parseFrontMatter(
    sourceFile(input.scenarioMd?.path ?? '', generated.scenarioMd),
  ).front;
  if (!front) throw new Error('The generated front matter does not parse.');
  return {
    generated,
    input,
    body: generated.scenarioMd.slice(front.bodyOffset),
    compiled: result.scenario,
  };
}

export interface Timing {
  median: number;
  min: number;
  samples: number[];
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * Time each of `fns` the same way, interleaved (a, b, a, b, …) so that both see the
 * same conditions on a shared machine: `warmup` untimed rounds, then the median of
 * `reps` timed calls each (ms).
 */
export function measureInterleaved(fns: (() => unknown)[], warmup: number, reps: number): Timing[] {
  let sink: unknown;
  for (let i = 0; i < warmup; i++) for (const fn of fns) sink = fn();
  const samples: number[][] = fns.map(() => []);
  for (let i = 0; i < reps; i++) {
    fns.forEach((fn, j) => {
      const start = performance.now();
      sink = fn();
      samples[j]?.push(performance.now() - start);
    });
  }
  if (sink === Symbol.for('never')) console.log(sink);
  return samples.map((s) => ({ median: median(s), min: Math.min(...s), samples: s }));
}

/** Time `fn`: `warmup` untimed calls, then the median of `reps` timed ones (ms). */
export function measure(fn: () => unknown, warmup: number, reps: number): Timing {
  let sink: unknown;
  for (let i = 0; i < warmup; i++) sink = fn();
  const samples: number[] = [];
  for (let i = 0; i < reps; i++) {
    const start = performance.now();
    sink = fn();
    samples.push(performance.now() - start);
  }
  if (sink === Symbol.for('never')) console.log(sink);
  return { median: median(samples), min: Math.min(...samples), samples };
}
