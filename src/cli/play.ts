/**
 * `scenario play <scenario-folder> (--choose EVENT,EVENT,… | --random N) [--stage STAGE] [--json]`:
 * an author checks the judgement a run gets without clicking through the browser. It
 * plays the run through the engine (the same player the learner's browser uses) and
 * prints its debrief: the Markdown report for one run, a line per run for `--random`,
 * or, with `--json`, one JSON line per run (`{ events, ending, debrief }`). Random runs
 * are seeds 1…N of `randomRun`, so the same N runs every time, on every machine.
 */
import { distance } from 'fastest-levenshtein';
import { formatDiagnostic, sourcesOf } from '../check';
import { compileCourse } from '../compiler';
import { AUDIENCES, type Audience, type CompiledScenario, type Taxonomy } from '../contract';
import { debrief, debriefMarkdown, type Debrief } from '../debrief';
import { readFolder } from './io';
import {
  choose,
  createPlayer,
  currentScene,
  isFinished,
  randomRun,
  startRun,
  traceRun,
  type Player,
} from '../engine';
import { isMistake, parseCommand, type Mistake } from './args';
import type { Io } from './io';

export const PLAY_USAGE =
  'Usage: npm run scenario -- play <scenario-folder> (--choose EVENT,EVENT,… | --random N) [--stage new-manager|experienced-manager|senior-leader] [--json]';

/** The most random runs one command plays: enough for any audit, few enough to finish. */
const MOST_RANDOM_RUNS = 100_000;

const PLAY = {
  options: {
    choose: { type: 'string' },
    random: { type: 'string' },
    stage: { type: 'string' },
    json: { type: 'boolean' },
  },
  allowPositionals: true,
  needs: {
    choose: 'the events to take, comma-separated, e.g. --choose ASK_WHAT_HAPPENED,AGREE_PLAN',
    random: 'how many runs, e.g. --random 50',
    stage: `a career stage: ${AUDIENCES.join(', ')}`,
  },
} as const;

interface PlayArgs {
  path: string;
  /** The events to take, or how many seeded random runs to play. */
  runs: { events: string[] } | { random: number };
  stage?: Audience;
  json: boolean;
}

function playArgs(args: readonly string[]): PlayArgs | Mistake {
  const parsed = parseCommand(args, PLAY);
  if (isMistake(parsed)) return parsed;
  const mistake = (text: string) => ({ mistake: text });
  const [path, ...extra] = parsed.positionals;
  if (path === undefined) return mistake('Give a scenario folder.');
  if (extra.length > 0)
    return mistake(
      `Give one folder, not ${parsed.positionals.length}: ${parsed.positionals.join(' ')}.`,
    );
  const { choose: events, random, stage, json } = parsed.values;
  if (events !== undefined && random !== undefined)
    return mistake('Give --choose or --random, not both.');
  if (events === undefined && random === undefined)
    return mistake('Say which run to play: --choose EVENT,EVENT,… or --random N.');
  if (stage !== undefined && !(AUDIENCES as readonly string[]).includes(stage))
    return mistake(`"${stage}" is not a career stage: use ${AUDIENCES.join(', ')}.`);
  let runs: PlayArgs['runs'];
  if (random !== undefined) {
    const n = Number(random);
    if (!/^\d+$/.test(random) || n < 1 || n > MOST_RANDOM_RUNS)
      return mistake(
        `--random needs a whole number of runs from 1 to ${MOST_RANDOM_RUNS}, not "${random}".`,
      );
    runs = { random: n };
  } else {
    const list = (events ?? '').split(',').map((e) => e.trim());
    if (list.some((e) => e === ''))
      return mistake(
        '--choose has an empty event: separate events with single commas, e.g. --choose A,B.',
      );
    runs = { events: list };
  }
  return { path, runs, json: json === true, ...(stage ? { stage: stage as Audience } : {}) };
}

/** The one scenario in the folder, compiled without errors, or the exit code after saying why not. */
function loadScenario(
  path: string,
  io: Io,
): { scenario: CompiledScenario; taxonomy?: Taxonomy } | number {
  const input = readFolder(path, io);
  if (typeof input === 'number') return input;
  // Compiled, not analysed: any run the compiled machine allows can be played and debriefed.
  const check = compileCourse(input);
  if (check.scenarios.length !== 1) {
    io.err(
      check.scenarios.length === 0
        ? `${path}: no scenario found.`
        : `${path} is a course of ${check.scenarios.length} scenarios: give one scenario folder, e.g. ${check.scenarios[0]?.folder ?? '<scenario-folder>'}.`,
    );
    return 2;
  }
  const [only] = check.scenarios;
  const errors = [...check.diagnostics, ...(only?.diagnostics ?? [])].filter(
    (d) => d.severity === 'error',
  );
  const scenario = only?.scenario;
  if (errors.length > 0 || !scenario) {
    const sources = sourcesOf(input);
    for (const d of errors) io.err(formatDiagnostic(d, sources));
    io.err('Fix these errors first (npm run check shows all problems).');
    return 1;
  }
  return { scenario, ...(check.taxonomy ? { taxonomy: check.taxonomy } : {}) };
}

/** Why `events` cannot be played as given, in words naming what was offered; undefined when it can. */
function refusal(player: Player, events: readonly string[]): string | undefined {
  let snapshot = startRun(player);
  for (const [i, event] of events.entries()) {
    const scene = currentScene(player, snapshot);
    if (isFinished(snapshot)) {
      const left = events.slice(i);
      return `The run reached the ending "${scene.id}" after decision ${i}; ${left.length} more event${left.length === 1 ? '' : 's'} given: ${left.join(', ')}.`;
    }
    const next = choose(player, snapshot, event);
    if (next) {
      snapshot = next;
      continue;
    }
    const offered = scene.choices
      .filter((c) => snapshot.can({ type: c.event }))
      .map((c) => c.event);
    const near = offered.find((o) => distance(o, event) <= 2 && o !== event);
    return [
      `Decision ${i + 1} (scene "${scene.id}"): "${event}" is not offered here.`,
      `Offered: ${offered.join(', ')}.`,
      ...(near ? [`Did you mean ${near}?`] : []),
    ].join(' ');
  }
  return undefined;
}

interface Played {
  events: string[];
  debrief: Debrief;
}

function jsonLine({ events, debrief: d }: Played): string {
  const ending = d.ending ? { id: d.ending.id, outcome: d.ending.outcome } : null;
  return JSON.stringify({ events, ending, debrief: d });
}

/** One line for a run of many: its seed, its ending and its reading. */
function runLine(seed: number, { events, debrief: d }: Played): string {
  const ending = d.ending ? `${d.ending.id} (${d.ending.outcome})` : 'not finished';
  return `Run ${seed}: ${events.join(', ')} → ${ending}: ${d.diagnosis.title}.`;
}

export function runPlay(args: readonly string[], io: Io): number {
  const read = playArgs(args);
  if (isMistake(read)) {
    io.err(`${read.mistake}\n${PLAY_USAGE}`);
    return 2;
  }
  const loaded = loadScenario(read.path, io);
  if (typeof loaded === 'number') return loaded;
  const player = createPlayer(loaded.scenario);
  const profile = read.stage ? { stage: read.stage } : {};
  const play = (events: string[]): Played => ({
    events,
    debrief: debrief(loaded.scenario, traceRun(player, events), loaded.taxonomy, profile),
  });
  if ('events' in read.runs) {
    const refused = refusal(player, read.runs.events);
    if (refused) {
      io.err(refused);
      return 1;
    }
    const played = play(read.runs.events);
    io.out(read.json ? jsonLine(played) : debriefMarkdown(played.debrief).trimEnd());
    return 0;
  }
  for (let seed = 1; seed <= read.runs.random; seed++) {
    const played = play(randomRun(player, seed));
    io.out(read.json ? jsonLine(played) : runLine(seed, played));
  }
  return 0;
}
