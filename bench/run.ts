/**
 * `npm run bench`: generates large scenarios (1,000 and 10,000 states) of two shapes —
 * `tree` (mostly one road into each scene) and `merging` (layers that many roads lead
 * into, with metrics no guard reads, as hand-written scenarios are) — and measures, in
 * one run:
 *
 * - compile time (`compileScenario` on the two files' text) beside marked's lexer
 *   alone on the same Markdown body, the floor any Markdown-based compiler pays;
 * - the states the analysis explores and its time (`analyse`), beside @xstate/graph's
 *   `getShortestPaths` on the machine the engine plays: first probed once in a child
 *   process with a time budget (a run that never ends or runs out of memory cannot take
 *   the benchmark with it), then, when it finishes in time, timed interleaved with the
 *   analysis in this process, so both see the same machine load.
 *
 * Targets (docs/performance.md): compile within 2× of the lexer; the analysis of
 * 10,000 scenes under 1 s. Speed is measured here and never asserted in tests.
 *
 *   npm run bench                      # both shapes, 1,000 and 10,000
 *   npm run bench -- 1000 --reps 5     # other sizes or repetitions
 *   npm run bench -- --shape merging   # one shape
 *   npm run bench -- --markdown        # the table as Markdown, for the docs
 *   npm run bench -- --no-xstate       # skip @xstate/graph
 */
import { fork } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { Marked } from 'marked';
import { compileScenario } from '../src/compiler';
import { analyse } from '../src/engine';
import {
  loadTaxonomy,
  measure,
  measureInterleaved,
  prepare,
  ROOT,
  type Shape,
  type Timing,
} from './common';
import { shortestPaths, type GraphMessage } from './xstate-graph';

/** Time @xstate/graph may take per size, from when its machine is built. */
const GRAPH_BUDGET_MS = 120_000;
/** When @xstate/graph's probe took longer than this, it is not timed in process, and larger sizes of the shape are not tried. */
const GRAPH_SKIP_AFTER_MS = 30_000;

interface GraphResult {
  ms?: number;
  runs?: number;
  states?: number;
  shortest?: number | null;
  /** Why there is no time: did not finish, ran out of memory, skipped. */
  note?: string;
}

interface Row {
  shape: Shape;
  scenes: number;
  markdownKB: number;
  jsonKB: number;
  compile: Timing;
  lexer: Timing;
  analysis: Timing;
  states: number;
  runs: string;
  shortest?: number;
  longest?: number | 'unbounded';
  graph: GraphResult;
}

function args() {
  const argv = process.argv.slice(2);
  const sizes = argv.filter((a, i) => /^\d+$/.test(a) && argv[i - 1] !== '--reps').map(Number);
  const repsAt = argv.indexOf('--reps');
  const shapeAt = argv.indexOf('--shape');
  const shape = shapeAt >= 0 ? argv[shapeAt + 1] : undefined;
  return {
    sizes: sizes.length > 0 ? sizes : [1000, 10000],
    reps: repsAt >= 0 ? Number(argv[repsAt + 1]) : undefined,
    markdown: argv.includes('--markdown'),
    xstate: !argv.includes('--no-xstate'),
    shapes: (shape === 'tree' || shape === 'merging' ? [shape] : ['tree', 'merging']) as Shape[],
  };
}

function runGraph(scenes: number, shape: Shape, reps: number): Promise<GraphResult> {
  return new Promise((resolve) => {
    const child = fork(
      join(ROOT, 'bench', 'xstate-graph.ts'),
      [String(scenes), 'fair', String(reps), shape],
      {
        execArgv: [...process.execArgv, '--max-old-space-size=8192'],
        stdio: ['ignore', 'inherit', 'pipe', 'ipc'],
      },
    );
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const samples: number[] = [];
    let last: GraphResult = {};
    let timer: NodeJS.Timeout | undefined;
    let settled = false;
    const finish = (result: GraphResult) => {
      if (settled) return;
      settled = true;
      if (timer) clearTimeout(timer);
      if (child.exitCode === null) child.kill('SIGKILL');
      resolve(result);
    };
    child.on('message', (message: GraphMessage) => {
      if (message.type === 'ready') {
        timer = setTimeout(() => {
          const partial = samples.length > 0 ? ` (first run: ${fmt(samples[0] as number)} ms)` : '';
          finish({ ...last, note: `did not finish in ${GRAPH_BUDGET_MS / 1000} s${partial}` });
        }, GRAPH_BUDGET_MS);
      } else if (message.type === 'sample') {
        samples.push(message.ms);
        last = { states: message.states, shortest: message.shortest };
      } else if (message.type === 'done') {
        finish({
          ms: message.median,
          runs: message.runs,
          states: message.states,
          shortest: message.shortest,
        });
      } else {
        finish({ note: `failed: ${message.message}` });
      }
    });
    child.on('exit', (code, signal) => {
      const oom = /heap out of memory|Allocation failed/i.test(stderr);
      finish({
        ...last,
        note: oom
          ? 'ran out of memory (8 GB heap)'
          : `exited early (code ${code}, signal ${signal}): ${stderr.trim().split('\n').pop() ?? ''}`,
      });
    });
  });
}

/** The 1- and 5-minute load averages: other work on the machine makes every figure slower. */
function load(): string {
  const [one, five] = loadavg();
  return `${(one ?? 0).toFixed(2)} / ${(five ?? 0).toFixed(2)}`;
}

function fmt(ms: number): string {
  return ms >= 100 ? ms.toFixed(0) : ms.toFixed(1);
}

function ratio(a: number, b: number): string {
  return `${(a / b).toFixed(2)}×`;
}

function table(rows: Row[], markdown: boolean): string {
  const head = [
    'shape',
    'scenes',
    'markdown KB',
    'compile ms',
    'lexer ms',
    'compile/lexer',
    'analysis ms',
    'states',
    'runs',
    '@xstate/graph ms',
    'graph states',
    'graph/analysis',
  ];
  const body = rows.map((r) => [
    r.shape,
    r.scenes.toLocaleString('en-GB'),
    r.markdownKB.toFixed(0),
    fmt(r.compile.median),
    fmt(r.lexer.median),
    ratio(r.compile.median, r.lexer.median),
    fmt(r.analysis.median),
    r.states.toLocaleString('en-GB'),
    r.runs,
    // A time from the probe alone (one run in the child process, too slow to interleave) is marked.
    r.graph.ms !== undefined
      ? `${fmt(r.graph.ms)}${r.graph.note === 'probe' ? ' (one run)' : ''}`
      : (r.graph.note ?? '—'),
    r.graph.states !== undefined ? r.graph.states.toLocaleString('en-GB') : '—',
    r.graph.ms !== undefined ? ratio(r.graph.ms, r.analysis.median) : '—',
  ]);
  if (markdown) {
    const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
    return [line(head), line(head.map(() => '---')), ...body.map(line)].join('\n');
  }
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join('  ');
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

async function main(): Promise<void> {
  const options = args();
  const cpu = cpus();
  console.log(
    `Node ${process.version} on ${process.platform}/${process.arch}; CPU: ${cpu[0]?.model ?? 'unknown'} × ${cpu.length} cores; ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM; load average ${load()}`,
  );
  const taxonomy = loadTaxonomy();
  const lexer = new Marked();
  const rows: Row[] = [];
  for (const shape of options.shapes) {
    let skipGraph: string | undefined;
    for (const scenes of options.sizes) {
      const warmup = scenes <= 2000 ? 3 : 1;
      const reps = options.reps ?? (scenes <= 2000 ? 15 : 7);
      console.log(`\n${shape}, ${scenes.toLocaleString('en-GB')} scenes: generating and checking…`);
      const { generated, input, body, compiled } = prepare(scenes, taxonomy, shape);
      const c = generated.counts;
      console.log(
        `  ${c.scenes} scenes with choices (${c.leaves} leaves), ${c.routers} routers, ${c.endings} endings; ${c.choices} choices, ${c.merges} merges, ${c.guardedChoices} guarded; ${c.layers} layers. Compiles with no diagnostics.`,
      );
      console.log(`  timing: ${warmup} warm-up + median of ${reps} runs each`);
      const [compile, lex] = measureInterleaved(
        [() => compileScenario(input, taxonomy), () => lexer.lexer(body)],
        warmup,
        reps,
      ) as [Timing, Timing];
      const result = analyse(compiled);
      console.log(`  analysis: ${describe(result, scenes)}`);
      let graph: GraphResult = { note: 'not run (--no-xstate)' };
      let analysis: Timing | undefined;
      if (options.xstate && skipGraph) graph = { note: skipGraph };
      else if (options.xstate) {
        console.log('  @xstate/graph getShortestPaths: probing once in a child process…');
        const probe = await runGraph(scenes, shape, 0);
        if (probe.ms !== undefined && probe.ms <= GRAPH_SKIP_AFTER_MS) {
          console.log(
            `  probe took ${fmt(probe.ms)} ms: timing it interleaved with the analysis, in this process`,
          );
          const run = shortestPaths(compiled);
          let found = run();
          const graphReps = Math.max(3, Math.min(reps, scenes <= 2000 ? 7 : 3));
          const [a, g] = measureInterleaved(
            [() => analyse(compiled), () => (found = run())],
            1,
            graphReps,
          ) as [Timing, Timing];
          analysis = a;
          graph = { ms: g.median, runs: graphReps, states: found.states, shortest: found.shortest };
        } else {
          graph = probe.ms !== undefined ? { ...probe, note: 'probe' } : probe;
          skipGraph = `skipped: ${scenes.toLocaleString('en-GB')} scenes took over ${GRAPH_SKIP_AFTER_MS / 1000} s`;
        }
        if (graph.shortest !== undefined && graph.shortest !== (result.shortest ?? null))
          console.log(
            `  ! @xstate/graph's shortest run is ${graph.shortest}, the analysis' ${result.shortest}`,
          );
        else if (graph.states !== undefined)
          console.log(
            `  @xstate/graph agrees on the shortest run (${graph.shortest}); it tells apart ${graph.states.toLocaleString('en-GB')} states, the analysis ${result.states.toLocaleString('en-GB')}`,
          );
      }
      rows.push({
        shape,
        scenes,
        markdownKB: generated.scenarioMd.length / 1024,
        jsonKB: generated.machineJson.length / 1024,
        compile,
        lexer: lex,
        analysis: analysis ?? measure(() => analyse(compiled), warmup, reps),
        states: result.states,
        runs: `${result.complete ? '' : '≥ '}${String(result.runs)}`,
        ...(result.shortest !== undefined ? { shortest: result.shortest } : {}),
        ...(result.longest !== undefined ? { longest: result.longest } : {}),
        graph,
      });
    }
  }

  console.log(`\n${table(rows, options.markdown)}\n`);
  console.log(`Load average at the end: ${load()} (on ${cpus().length} cores)`);
  for (const r of rows) {
    const compileOk = r.compile.median <= 2 * r.lexer.median;
    console.log(
      `${r.shape}, ${r.scenes} scenes: compile ${ratio(r.compile.median, r.lexer.median)} the lexer (target ≤ 2×: ${compileOk ? 'met' : 'NOT met'}); machine.json ${r.jsonKB.toFixed(0)} KB` +
        (r.scenes >= 10000
          ? `; analysis ${fmt(r.analysis.median)} ms (target < 1000 ms: ${r.analysis.median < 1000 ? 'met' : 'NOT met'})`
          : ''),
    );
  }
}

function describe(result: ReturnType<typeof analyse>, scenes: number): string {
  const model = result.graph.model;
  const findings = [
    result.complete
      ? ''
      : `exploration hit its state limit (${result.growth ? 'a loop grows' : 'too many combinations'})`,
    result.unreachableScenes.length ? `${result.unreachableScenes.length} unreachable scenes` : '',
    result.unreachableEndings.length
      ? `unreachable endings: ${result.unreachableEndings.join(', ')}`
      : '',
    result.untakenChoices.length ? `${result.untakenChoices.length} untaken choices` : '',
    result.stuck.length ? `${result.stuck.length} stuck` : '',
  ].filter(Boolean);
  return `${result.states} states (${(result.states / scenes).toFixed(1)} per scene; context slots: ${model.metricIds.length} metrics, ${model.flagIds.length} flags, ${model.visitedIds.length} visited + ${model.choseIds.length} chose bits), ${result.runs} complete runs, shortest ${result.shortest}, longest ${result.longest}; ${findings.length ? findings.join('; ') : 'every scene, choice and ending reachable'}`;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
