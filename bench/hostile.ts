/**
 * `npm run bench:hostile`: the hostile inputs of issue 12, each written as a course
 * folder and checked by `npm run check` in a child process with a deadline, so a hang,
 * a crash or running out of memory is a row of the table, not the end of the benchmark.
 * For each: the input's size, the wall time, and what the check said (exit code and the
 * diagnostic codes, or the crash). Compare trees with `--root <checkout>`.
 *
 *   npm run bench:hostile                      # every case, 120 s deadline each
 *   npm run bench:hostile -- --only minified   # cases whose name contains "minified"
 *   npm run bench:hostile -- --timeout 30      # another deadline (seconds)
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateScenario } from './generate';
import { loadTaxonomy, ROOT } from './common';

interface Case {
  name: string;
  /** Write the scenario folder(s) into `course` (behaviours.json is already there). */
  write(course: string): void;
}

const BASE = join(ROOT, 'scenarios/missed-deadline');
const baseMachine = () => JSON.parse(readFileSync(join(BASE, 'machine.json'), 'utf8'));
const baseMd = () => readFileSync(join(BASE, 'scenario.md'), 'utf8');

function scenario(course: string, machine: unknown, md: string, raw?: string): void {
  const dir = join(course, 'missed-deadline');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'machine.json'), raw ?? JSON.stringify(machine, null, 2));
  writeFileSync(join(dir, 'scenario.md'), md);
}

/** The first choice of the base scenario gets `guard`. */
function withGuard(guard: unknown) {
  const machine = baseMachine();
  machine.states.opening.on.ASK_WHAT_CHANGED.guard = guard;
  return machine;
}

/** machine.json text whose first choice has a guard of `not` nested `depth` deep (too deep for JSON.stringify). */
function nestedNotText(depth: number): string {
  const guard = `${'{"type":"not","guard":'.repeat(depth)}{"type":"flag","params":{"name":"knows-about-home"}}${'}'.repeat(depth)}`;
  return JSON.stringify(withGuard('GUARD'), null, 2).replace('"GUARD"', guard);
}

/** Markdown with `paragraph` as the first scene's text. */
function withParagraph(paragraph: string): string {
  return baseMd().replace(
    '## opening: Tuesday morning\n',
    `## opening: Tuesday morning\n\n${paragraph}\n`,
  );
}

function generated(course: string, scenes: number, minify: boolean): void {
  const g = generateScenario({ scenes, behaviours: loadTaxonomy().behaviours });
  const dir = join(course, g.folder);
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'machine.json'),
    minify ? JSON.stringify(JSON.parse(g.machineJson)) : g.machineJson,
  );
  writeFileSync(join(dir, 'scenario.md'), g.scenarioMd);
}

function wideContext(course: string, metrics: number): void {
  const context: Record<string, number> = {};
  for (let i = 0; i < metrics; i++) context[`m${i}`] = 0;
  const on: Record<string, unknown> = {};
  const read = 10;
  const tag = { behaviours: ['sets-clear-objectives'] };
  for (let k = 0; k < read; k++) {
    const params: Record<string, number> = {};
    for (let i = k; i < metrics; i += read) params[`m${i}`] = 1;
    on[`UP_${k}`] = { target: 'hub', actions: [{ type: 'adjust', params }], meta: tag };
  }
  on.FINISH = {
    target: 'end',
    guard: {
      type: 'and',
      guards: Array.from({ length: read }, (_, k) => ({
        type: 'metric',
        params: { name: `m${k}`, atLeast: 9 },
      })),
    },
    meta: tag,
  };
  const machine = {
    id: 'many-metrics',
    initial: 'hub',
    context,
    states: { hub: { on }, end: { type: 'final', meta: { outcome: 'strong' } } },
  };
  const labels = Object.keys(context).map((m) => `  ${m}: Metric ${m}\n`);
  let md = `---\ntitle: Many Metrics\nsummary: A loop over many metrics.\naudience: new-manager\nminutes: 5\nmetrics:\n${labels.join('')}---\n\nIntro.\n\n## hub: The hub\n\nYou are at the hub.\n\n`;
  for (const e of Object.keys(on)) md += `### ${e}\n\nDo ${e}.\n\nCoaching for ${e}.\n\n`;
  md += `## end: The end\n\nDone.\n`;
  const dir = join(course, 'many-metrics');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'machine.json'), JSON.stringify(machine));
  writeFileSync(join(dir, 'scenario.md'), md);
}

function chainedRouters(count: number) {
  const machine = baseMachine();
  const first = machine.initial;
  machine.initial = 'route-0';
  for (let i = 0; i < count; i++)
    machine.states[`route-${i}`] = {
      always: [{ target: i + 1 < count ? `route-${i + 1}` : first }],
    };
  return machine;
}

function manyBadTargets(count: number) {
  const machine = baseMachine();
  const on = machine.states.opening.on;
  for (let i = 0; i < count; i++) on[`GO_${i}`] = { target: `nowhere-${i}` };
  return machine;
}

const CASES: Case[] = [
  {
    name: 'guard: not nested 10,000 deep',
    write: (c) => scenario(c, undefined, baseMd(), nestedNotText(10_000)),
  },
  {
    name: 'guard: not nested 2,000 deep',
    write: (c) => scenario(c, undefined, baseMd(), nestedNotText(2_000)),
  },
  {
    name: 'json: a value nested 100,000 deep',
    write: (c) => {
      const raw = JSON.stringify(baseMachine(), null, 2).replace(
        '"initial"',
        `"description": ${'['.repeat(100_000)}${']'.repeat(100_000)},\n  "initial"`,
      );
      scenario(c, undefined, baseMd(), raw);
    },
  },
  { name: 'scenes: 2,000 minified', write: (c) => generated(c, 2_000, true) },
  { name: 'scenes: 2,000 pretty-printed', write: (c) => generated(c, 2_000, false) },
  { name: 'scenes: 20,000 minified', write: (c) => generated(c, 20_000, true) },
  {
    name: 'diagnostics: 20,000 bad targets',
    write: (c) => scenario(c, manyBadTargets(20_000), baseMd()),
  },
  { name: 'routers: 4,500 chained', write: (c) => scenario(c, chainedRouters(4_500), baseMd()) },
  {
    name: 'markdown: 300 KB of _a_a',
    write: (c) => scenario(c, baseMachine(), withParagraph('_a'.repeat(150_000))),
  },
  {
    name: 'markdown: lists nested 2,200 deep',
    write: (c) =>
      scenario(
        c,
        baseMachine(),
        withParagraph(
          Array.from({ length: 2_200 }, (_, i) => `${'  '.repeat(i)}- item`).join('\n'),
        ),
      ),
  },
  {
    name: 'markdown: quotes nested 10,000 deep',
    write: (c) => scenario(c, baseMachine(), withParagraph(`${'>'.repeat(10_000)} deep`)),
  },
  {
    name: 'markdown: a 10 MB paragraph',
    write: (c) => scenario(c, baseMachine(), withParagraph('word '.repeat(2_000_000))),
  },
  { name: 'metrics: 2,000 and a loop', write: (c) => wideContext(c, 2_000) },
  {
    name: 'numbers: a metric of 1e400',
    write: (c) =>
      scenario(
        c,
        undefined,
        baseMd(),
        readFileSync(join(BASE, 'machine.json'), 'utf8').replace('"trust": 0', '"trust": 1e400'),
      ),
  },
];

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const root = arg('--root') ?? ROOT;
const only = arg('--only');
const deadline = Number(arg('--timeout') ?? 120) * 1000;
const tsx = join(ROOT, 'node_modules/.bin/tsx');
console.log(`Checking with ${root} (deadline ${deadline / 1000} s each)\n`);
console.log('| Input | Size | Time | What check said |');
console.log('| --- | ---: | ---: | --- |');
for (const c of CASES) {
  if (only && !c.name.includes(only)) continue;
  const course = mkdtempSync(join(tmpdir(), 'casebook-hostile-'));
  cpSync(join(ROOT, 'scenarios/behaviours.json'), join(course, 'behaviours.json'));
  c.write(course);
  const size = sizeOf(course);
  const start = performance.now();
  const run = spawnSync(tsx, [join(root, 'src/cli/check-main.ts'), '--json', course], {
    cwd: root,
    timeout: deadline,
    maxBuffer: 1 << 30,
    encoding: 'utf8',
  });
  const seconds = (performance.now() - start) / 1000;
  console.log(
    `| ${c.name} | ${(size / 1024).toFixed(0)} KB | ${seconds.toFixed(1)} s | ${verdict(run)} |`,
  );
  rmSync(course, { recursive: true, force: true });
}

function sizeOf(course: string): number {
  let total = 0;
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      const s = statSync(path);
      if (s.isDirectory()) walk(path);
      else total += s.size;
    }
  };
  walk(course);
  return total;
}

function verdict(run: ReturnType<typeof spawnSync>): string {
  const err = String(run.stderr ?? '');
  if (run.error && /ETIMEDOUT/.test(String(run.error)))
    return `**hang**: killed after ${deadline / 1000} s`;
  if (/heap out of memory/.test(err)) return '**crash**: JavaScript heap out of memory';
  const thrown = /^(\w*Error): (.*)$/m.exec(err);
  if (thrown && run.status !== 0 && run.status !== 1)
    return `**crash**: ${thrown[1]}: ${thrown[2]?.slice(0, 60)}`;
  try {
    const report = JSON.parse(String(run.stdout)) as { diagnostics?: { code: string }[] };
    const codes = new Map<string, number>();
    for (const d of report.diagnostics ?? []) codes.set(d.code, (codes.get(d.code) ?? 0) + 1);
    const listed = [...codes].slice(0, 4).map(([code, n]) => (n > 1 ? `${code} ×${n}` : code));
    return `exit ${run.status}; ${listed.length > 0 ? listed.join(', ') : 'no problems found'}${codes.size > 4 ? ', …' : ''}`;
  } catch {
    return `exit ${run.status}; ${err.split('\n')[0]?.slice(0, 80) ?? ''}`;
  }
}
