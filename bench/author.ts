/**
 * `npm run bench:author`: what author mode computes after the check, on generated
 * scenarios of growing size — the map's layout (dagre), the per-scene and per-choice
 * run counts (`usage`), and the "from here" analysis the player runs after every
 * choice (from the middle of the scenario), on the largest bundled scenario and on
 * generated ones. The check itself is `npm run bench`. The same script then runs
 * `bench/author-browser.ts`: author mode in Chromium, its main thread's long tasks.
 * Prints medians in ms; never run as a test.
 *
 *   npm run bench:author                 # 50, 200 and 1,000 scenes
 *   npm run bench:author -- 100 400      # other sizes
 */
import { cpus, loadavg } from 'node:os';
import type { CompiledScenario, Taxonomy } from '../src/contract';
import { analyse, initialContext, usage } from '../src/engine';
import { layoutMap } from '../src/ui/author/map-model';
import { checkCourseInDetail } from '../src/check/check-course';
import { loadCourse } from '../src/disk/load';
import { loadTaxonomy, measure, prepare, ROOT } from './common';

function row(compiled: CompiledScenario, taxonomy: Taxonomy, label: string): string {
  const scenes = compiled.scenes.length;
  const analysis = analyse(compiled);
  const reps = scenes >= 1000 ? 5 : 15;
  const layout = measure(() => layoutMap(compiled, analysis, taxonomy), 2, reps);
  const figures = measure(() => usage(analysis), 2, reps);
  const middle = compiled.scenes.filter((s) => s.kind === 'scene')[
    Math.floor(compiled.scenes.length / 2)
  ];
  const start = { scene: middle?.id ?? compiled.initial, context: initialContext(compiled) };
  const fromHere = measure(() => analyse(compiled, 50_000, start), 2, reps);
  const arrows = compiled.scenes.reduce(
    (n, s) => n + s.routes.length + s.choices.reduce((m, c) => m + c.transitions.length, 0),
    0,
  );
  return `| ${label} | ${scenes.toLocaleString('en')} | ${arrows.toLocaleString('en')} | ${layout.median.toFixed(1)} | ${figures.median.toFixed(1)} | ${fromHere.median.toFixed(1)} |`;
}

const sizes = process.argv
  .slice(2)
  .filter((a) => /^\d+$/.test(a))
  .map(Number);
const taxonomy = loadTaxonomy();
console.log(
  `Node ${process.version}, ${cpus().length} cores, load ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
console.log(
  '| scenario | scenes | arrows | map layout (ms) | runs per scene and choice (ms) | from-here analysis (ms) |',
);
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
const bundled = checkCourseInDetail(loadCourse('scenarios', ROOT)).scenarios.flatMap((s) =>
  s.scenario ? [s.scenario] : [],
);
const largest = bundled.reduce((a, b) => (b.scenes.length > a.scenes.length ? b : a));
console.log(row(largest, taxonomy, `${largest.id} (largest bundled)`));
for (const scenes of sizes.length > 0 ? sizes : [50, 200, 1000])
  console.log(row(prepare(scenes, taxonomy).compiled, taxonomy, 'generated'));
