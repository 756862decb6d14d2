/**
 * A generated cohort for cohort insight (issue 17): the xAPI statements the cmi5 package
 * would send for N learners playing the bundled course, built with the delivery's own
 * builders and roads walked through the real machines. Each learner has a skill drawn
 * from a seeded PRNG that tilts their choices towards effective behaviours (so shares
 * are uneven and some roads are rare); some runs stop before an ending, some learners
 * try a scenario again weeks later, a little better. A run's decisions are read as the
 * package reads them (`readNew` on a saved run), so every field is the package's.
 *
 * `cohortStatements` is a generator: it yields one statement at a time and keeps only
 * per-road caches, so a million statements never sit in memory together. The same
 * options give the same statements, ids and times included, on every machine.
 */
import type { Statement } from '@xapi/xapi';
import { checkCourseInDetail } from '../src/check';
import type { CompiledScenario } from '../src/contract';
import { behaviourIndex } from '../src/debrief';
import { DEFAULT_SCORE_RULE, scoreRun } from '../src/delivery';
import { readNew, type Follow, type Reading } from '../src/delivery/cmi5/decisions';
import { CMI5_EXTENSIONS, VERBS } from '../src/delivery/cmi5/iris';
import { endingVerbs, type Recorded } from '../src/delivery/cmi5/move-on';
import {
  answeredStatement,
  completedStatement,
  judgedStatement,
  terminatedStatement,
  type SessionContext,
} from '../src/delivery/cmi5/statements';
import { loadCourse } from '../src/disk/load';
import {
  choose,
  createPlayer,
  isFinished,
  offeredChoices,
  startRun,
  timedChoice,
  type Player,
  type RunSnapshot,
} from '../src/engine';
import { mulberry32 } from '../src/engine/shuffle';
import { emptyProgress } from '../src/progress';
import { ROOT } from './common';

/** The context extension the generated LMS puts a learner's team in (a grouping insight can filter by). */
export const TEAM_EXTENSION = 'https://lms.example.org/xapi/extensions/team';

export interface CohortOptions {
  learners: number;
  /** Draws everything; the same seed gives the same statements. */
  seed?: number;
  /** The course's id in its IRIs (`urn:casebook:course:<course>:au:<scenario>`). */
  course?: string;
  /** Learners per team (teams are `team-1`, `team-2`, …). */
  teamSize?: number;
  /** The first run starts on or after this day; runs spread over `months`. */
  start?: Date;
  months?: number;
  /** The scenarios each learner plays, by id; every scenario of the course by default. */
  scenarios?: string[];
  /** Share of runs left before an ending, and of learners who play a scenario again. */
  unfinished?: number;
  retakes?: number;
}

interface Step {
  snapshot: RunSnapshot;
  offered: { event: string; lean: number }[];
}

interface ScenarioPlan {
  scenario: CompiledScenario;
  player: Player;
  follow: Follow;
  /** The snapshot and offered choices after each road prefix (events joined by a space). */
  prefixes: Map<string, Step>;
  /** The package's reading of each road (decisions without a run id, the ending). */
  readings: Map<string, Reading>;
}

/** The bundled course, compiled and analysed as `npm run package` builds it, ready to walk. */
export interface CohortCourse {
  scenarios: ScenarioPlan[];
}

export function loadCohortCourse(folder = 'scenarios'): CohortCourse {
  const checked = checkCourseInDetail(loadCourse(folder, ROOT));
  const behaviours = behaviourIndex(checked.taxonomy);
  const scenarios = checked.scenarios.map(({ scenario, analysis, folder: name }) => {
    if (!scenario || !analysis) throw new Error(`${name} does not compile: the cohort needs it.`);
    const longest = typeof analysis.longest === 'number' ? analysis.longest : null;
    return {
      scenario,
      player: createPlayer(scenario),
      follow: { scenario, behaviours, roads: { shortest: analysis.shortest ?? 0, longest } },
      prefixes: new Map(),
      readings: new Map(),
    };
  });
  return { scenarios };
}

/** How far a choice leans to effective behaviour: effective minus counterproductive ones. */
function leanOf(plan: ScenarioPlan, ids: readonly string[]): number {
  let lean = 0;
  for (const id of ids) {
    const b = plan.follow.behaviours.get(id);
    if (b) lean += b.polarity === 'effective' ? 1 : -1;
  }
  return lean;
}

function stepAt(plan: ScenarioPlan, events: readonly string[]): Step {
  const key = events.join(' ');
  let step = plan.prefixes.get(key);
  if (step) return step;
  const { player } = plan;
  const before = events.length === 0 ? undefined : stepAt(plan, events.slice(0, -1));
  const snapshot = before
    ? choose(player, before.snapshot, events[events.length - 1] as string)
    : startRun(player);
  if (!snapshot) throw new Error(`${plan.scenario.id}: the road "${key}" is not playable.`);
  const timed = timedChoice(player, snapshot);
  const choices = [...offeredChoices(player, snapshot, 1), ...(timed ? [timed] : [])];
  step = {
    snapshot,
    offered: isFinished(snapshot)
      ? []
      : choices.map((c) => ({ event: c.event, lean: leanOf(plan, c.behaviours) })),
  };
  plan.prefixes.set(key, step);
  return step;
}

/** A road through the machine: each choice weighed by the learner's skill and its lean. */
function walk(plan: ScenarioPlan, skill: number, random: () => number): string[] {
  const events: string[] = [];
  for (let guard = 0; guard < 200; guard++) {
    const { offered } = stepAt(plan, events);
    if (offered.length === 0) break;
    // Skill 0 prefers counterproductive choices, 1 effective ones; 0.5 is indifferent.
    const weights = offered.map((c) => Math.exp(2.2 * (skill - 0.5) * 2 * c.lean));
    let pick = random() * weights.reduce((a, b) => a + b, 0);
    let chosen = offered[offered.length - 1];
    for (let i = 0; i < offered.length; i++) {
      pick -= weights[i] as number;
      if (pick <= 0) {
        chosen = offered[i];
        break;
      }
    }
    events.push((chosen as { event: string }).event);
  }
  return events;
}

/** The package's reading of a road, as a session reports a saved run of it. */
function readingOf(plan: ScenarioPlan, events: string[]): Reading {
  const key = events.join(' ');
  let reading = plan.readings.get(key);
  if (reading) return reading;
  const progress = emptyProgress();
  const now = '2026-01-01T00:00:00.000Z';
  progress.runs.r = {
    id: 'r',
    scenarioId: plan.scenario.id,
    contentHash: plan.scenario.contentHash,
    seed: 1,
    events,
    startedAt: now,
    updatedAt: now,
    status: isFinished(stepAt(plan, events).snapshot) ? 'complete' : 'active',
  };
  reading = readNew(progress, plan.follow, { events: new Map(), ended: new Set() });
  plan.readings.set(key, reading);
  return reading;
}

/** A version 4 UUID from the PRNG: statement ids and registrations, repeatable. */
function uuid(random: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = ((parseInt(hex[16] as string, 16) & 3) | 8).toString(16);
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

const DAY = 86_400_000;
const withId = (random: () => number, s: Statement): Statement => ({ id: uuid(random), ...s });

interface Attempt {
  plan: ScenarioPlan;
  learner: number;
  skill: number;
  start: number;
  registration: string;
  recorded: Recorded;
  team: string;
}

/** Every statement of one run (one cmi5 session), oldest first. */
function* runStatements(a: Attempt, random: () => number, o: Required<CohortOptions>) {
  const { plan } = a;
  let events = walk(plan, a.skill, random);
  const unfinished = random() < o.unfinished;
  if (unfinished) events = events.slice(0, Math.floor(random() * events.length));
  const reading = readingOf(plan, events);
  const runId = `r-${a.learner}-${a.start.toString(36)}`;
  const actor = {
    objectType: 'Agent' as const,
    name: `Learner ${a.learner}`,
    account: { homePage: 'https://lms.example.org', name: `learner-${a.learner}` },
  };
  const session: SessionContext = {
    actor,
    registration: a.registration,
    activityId: `urn:casebook:course:${o.course}:au:${encodeURIComponent(plan.scenario.id)}`,
    contextTemplate: {
      extensions: { [CMI5_EXTENSIONS.sessionId]: uuid(random), [TEAM_EXTENSION]: a.team },
    },
    masteryScore: DEFAULT_SCORE_RULE.passScore / 100,
    initializedAt: new Date(a.start),
  };
  let at = a.start;
  yield withId(random, {
    actor,
    verb: { id: VERBS.initialized, display: { 'en-US': 'initialized' } },
    object: { objectType: 'Activity', id: session.activityId },
    context: { ...session.contextTemplate, registration: session.registration },
    timestamp: new Date(at).toISOString(),
  });
  for (const d of reading.decisions) {
    const took = Math.round(6_000 + random() * 80_000);
    at += took;
    yield withId(random, answeredStatement(session, { ...d, runId, took }, new Date(at)));
  }
  const ending = reading.endings[0];
  if (ending) {
    at += 1000;
    const score = scoreRun(DEFAULT_SCORE_RULE, plan.scenario.id, ending);
    const launch = { moveOn: 'CompletedAndPassed', launchMode: 'Normal' } as const;
    for (const verb of endingVerbs(
      { ...launch, masteryScore: session.masteryScore },
      score,
      a.recorded,
    )) {
      const end = { ...ending, runId };
      if (verb === 'completed') {
        a.recorded.completed = true;
        yield withId(random, completedStatement(session, end, new Date(at)));
      } else {
        a.recorded.judged = true;
        yield withId(random, judgedStatement(session, verb, score, end, new Date(at)));
      }
    }
  }
  at += 500 + Math.round(random() * 5000);
  yield withId(random, terminatedStatement(session, new Date(at)));
}

const DEFAULTS: Required<CohortOptions> = {
  learners: 0,
  seed: 17,
  course: 'casebook',
  teamSize: 25,
  start: new Date('2026-01-05T08:00:00.000Z'),
  months: 6,
  unfinished: 0.06,
  retakes: 0.15,
  scenarios: [],
};

/**
 * The cohort's statements, learner by learner: each plays every scenario of the course
 * once (a new cmi5 registration for the course), and some play one again later, in a
 * new registration, with a little more skill.
 */
export function* cohortStatements(
  course: CohortCourse,
  options: CohortOptions,
): Generator<Statement> {
  const o = { ...DEFAULTS, ...options };
  const random = mulberry32(o.seed);
  const span = o.months * 30 * DAY;
  const plans =
    o.scenarios.length === 0
      ? course.scenarios
      : course.scenarios.filter((p) => o.scenarios.includes(p.scenario.id));
  for (let learner = 0; learner < o.learners; learner++) {
    const skill = Math.min(1, Math.max(0, (random() + random() + random()) / 3));
    const team = `team-${Math.floor(learner / o.teamSize) + 1}`;
    const begins = o.start.getTime() + Math.floor(random() * span * 0.7);
    const registration = uuid(random);
    let day = begins;
    for (const plan of plans) {
      day += Math.floor(random() * 5 * DAY) + Math.floor(random() * 8) * 3_600_000;
      const recorded = { completed: false, judged: false };
      yield* runStatements(
        { plan, learner, skill, start: day, registration, recorded, team },
        random,
        o,
      );
      if (random() < o.retakes) {
        const later = day + 14 * DAY + Math.floor(random() * 42 * DAY);
        const again = { completed: false, judged: false };
        const better = Math.min(1, skill + 0.1 + random() * 0.2);
        yield* runStatements(
          {
            plan,
            learner,
            skill: better,
            start: later,
            registration: uuid(random),
            recorded: again,
            team,
          },
          random,
          o,
        );
      }
    }
  }
}
