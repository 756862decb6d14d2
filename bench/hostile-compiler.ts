/**
 * `npm run bench:hostile-compiler`: the compiler-stage hostile inputs of issue 12 that once took minutes or
 * crashed — the same scenario minified onto one line, 40,000 diagnostics printed, a
 * chain of 4,500 `always` routers, JSON and guards nested 100,000 deep — each timed
 * once in its own child process with a time budget, so a case that hangs or overflows
 * is reported as such instead of taking the bench with it.
 */
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { formatDiagnostic } from '../src/check/format';
import { compileCourse, compileScenario, type ScenarioInput } from '../src/compiler';
import type { Diagnostic } from '../src/contract';
import { loadTaxonomy } from './common';
import { generateScenario } from './generate';

const BUDGET_MS = 150_000;

const FRONT = ['---', 'title: T', 'summary: S.', 'audience: new-manager', 'minutes: 2', '---', ''];

function minified(scenes: number): () => string {
  const taxonomy = loadTaxonomy();
  const g = generateScenario({ scenes, behaviours: taxonomy.behaviours });
  const input: ScenarioInput = {
    folder: g.folder,
    scenarioMd: { path: `${g.folder}/scenario.md`, text: g.scenarioMd },
    machineJson: {
      path: `${g.folder}/machine.json`,
      text: JSON.stringify(JSON.parse(g.machineJson) as unknown),
    },
  };
  return () => {
    const r = compileScenario(input, taxonomy);
    return `${r.diagnostics.length} diagnostics, ${r.scenario ? 'compiled' : 'not compiled'}`;
  };
}

function printing(count: number): () => string {
  const lines = Array.from({ length: count }, (_, i) => `  "key-${i}": "value ${i}",`);
  const text = ['{', ...lines, '  "end": 0', '}'].join('\n');
  const at = (line: number) => ({ line, col: 3, offset: 0 });
  const diagnostics: Diagnostic[] = lines.map((_, i) => ({
    code: 'CB210',
    severity: 'error',
    message: 'Unknown key.',
    file: 'x/machine.json',
    range: { start: at(i + 2), end: { ...at(i + 2), col: 10 } },
  }));
  const sources = new Map([['x/machine.json', text]]);
  return () => {
    let chars = 0;
    for (const d of diagnostics) chars += formatDiagnostic(d, sources).length;
    return `${diagnostics.length} diagnostics, ${chars} characters`;
  };
}

function machineCase(machine: string, md = FRONT.join('\n')): () => string {
  const input: ScenarioInput = {
    folder: 'x',
    scenarioMd: { path: 'x/scenario.md', text: md },
    machineJson: { path: 'x/machine.json', text: machine },
  };
  return () => {
    const r = compileScenario(input);
    const codes = [...new Set(r.diagnostics.map((d) => d.code))].join(', ');
    return `${r.diagnostics.length} diagnostics (${codes})`;
  };
}

function routers(count: number): () => string {
  const states: Record<string, unknown> = { start: { on: { GO: 'r-0' } } };
  for (let i = 0; i < count; i++)
    states[`r-${i}`] = { always: [{ target: i + 1 < count ? `r-${i + 1}` : 'end' }] };
  states.end = { type: 'final', meta: { outcome: 'strong' } };
  return machineCase(JSON.stringify({ id: 'x', initial: 'start', context: {}, states }));
}

function deepJson(depth: number): () => string {
  const value = `${'['.repeat(depth)}${']'.repeat(depth)}`;
  return machineCase(`{ "id": "x", "initial": "a", "description": ${value}, "states": {} }`);
}

function deepBehaviours(depth: number): () => string {
  const text = `{ "behaviours": [${'['.repeat(depth)}${']'.repeat(depth)}] }`;
  return () => {
    const r = compileCourse({ taxonomy: { path: 'behaviours.json', text }, scenarios: [] });
    return `${r.diagnostics.length} diagnostics, taxonomy ${r.taxonomy ? 'kept' : 'refused'}`;
  };
}

function deepGuard(depth: number): () => string {
  const flag = '{ "type": "flag", "params": { "name": "f" } }';
  const guard = `${'{ "type": "not", "guard": '.repeat(depth)}${flag}${' }'.repeat(depth)}`;
  const machine = `{ "id": "x", "initial": "a", "context": { "f": false }, "states": { "a": { "on": { "GO": { "target": "b", "guard": ${guard} } } }, "b": { "type": "final", "meta": { "outcome": "strong" } } } }`;
  return machineCase(machine);
}

const CASES: Record<string, () => () => string> = {
  'minified-2000': () => minified(2_000),
  'minified-20000': () => minified(20_000),
  'print-40000': () => printing(40_000),
  'routers-4500': () => routers(4_500),
  'json-100000': () => deepJson(100_000),
  'behaviours-100000': () => deepBehaviours(100_000),
  'guard-100000': () => deepGuard(100_000),
};

const only = process.argv[2];
if (only) {
  const make = CASES[only];
  if (!make) throw new Error(`No case ${only}: ${Object.keys(CASES).join(', ')}`);
  const run = make();
  const start = performance.now();
  let what: string;
  try {
    what = run();
  } catch (error) {
    what = `threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`;
  }
  console.log(`${only}\t${Math.round(performance.now() - start)} ms\t${what}`);
} else {
  for (const name of Object.keys(CASES)) {
    const child = spawnSync(
      process.execPath,
      [...process.execArgv, process.argv[1] as string, name],
      { encoding: 'utf8', timeout: BUDGET_MS },
    );
    const out = child.stdout.trim();
    if (child.error || child.status !== 0 || out === '')
      console.log(
        `${name}\t${child.error ? `over ${BUDGET_MS / 1000} s (stopped)` : `exit ${child.status}: ${child.stderr.trim().split('\n').slice(-3).join(' ')}`}`,
      );
    else console.log(out);
  }
}
