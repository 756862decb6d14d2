/**
 * A cohort of learners as the cmi5 package would report them: each run's statements are
 * built with the delivery's own builders (initialized, one answered per decision,
 * completed, passed or failed, terminated), for a small two-decision scenario whose roads
 * and their numbers the insight tests know by heart.
 */
import type { Statement } from '@xapi/xapi';
import type { Behaviour, Outcome } from '../../src/contract';
import { DEFAULT_SCORE_RULE, scoreRun } from '../../src/delivery';
import { VERBS } from '../../src/delivery/cmi5/iris';
import {
  answeredStatement,
  completedStatement,
  judgedStatement,
  terminatedStatement,
  type SessionContext,
} from '../../src/delivery/cmi5/statements';
import type { Tag } from '../../src/debrief';

const COURSE = 'urn:casebook:course:demo';
const au = (scenario: string) => `${COURSE}:au:${scenario}`;
export const TEAM = 'https://example.org/xapi/extensions/team';
const SESSION_ID = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';

const behaviour = (
  id: string,
  domain: Behaviour['domain'],
  polarity: Behaviour['polarity'],
  pattern?: Behaviour['pattern'],
): Behaviour => ({
  id,
  label: id.replace(/-/g, ' '),
  description: '…',
  domain,
  polarity,
  ...(pattern ? { pattern } : {}),
});

interface Choice {
  label: string;
  tag: Tag;
  behaviours: Behaviour[];
}

/** The scenario: two decisions, three choices at the first, two at the second. */
const SCENES = {
  deadline: {
    title: 'The missed deadline',
    choices: {
      ASK: {
        label: 'Ask what happened',
        tag: 'leadership',
        behaviours: [behaviour('asks-open-question', 'leadership', 'effective')],
      },
      PUSH: {
        label: 'Push for new dates',
        tag: 'management',
        behaviours: [
          behaviour('sets-dates-alone', 'management', 'counterproductive', 'missed-deadlines'),
        ],
      },
      IGNORE: {
        label: 'Say nothing',
        tag: 'leadership',
        behaviours: [
          behaviour('avoids-conversation', 'leadership', 'counterproductive', 'low-trust'),
        ],
      },
    },
  },
  plan: {
    title: 'The plan',
    choices: {
      PLAN: {
        label: 'Agree owners and dates',
        tag: 'management',
        behaviours: [behaviour('agrees-owners', 'management', 'effective')],
      },
      VAGUE: {
        label: 'Leave it to the team',
        tag: 'management',
        behaviours: [behaviour('vague-ask', 'management', 'counterproductive', 'vague-delegation')],
      },
    },
  },
  escalation: {
    title: 'The escalation',
    choices: {
      ESCALATE: {
        label: 'Take it to your manager',
        tag: 'management',
        behaviours: [behaviour('escalates-early', 'management', 'effective')],
      },
    },
  },
} as const satisfies Record<string, { title: string; choices: Record<string, Choice> }>;

type SceneId = keyof typeof SCENES;
type Step = { [S in SceneId]: [S, keyof (typeof SCENES)[S]['choices']] }[SceneId];

const ROADS = {
  /** ASK → PLAN → strong. */
  good: {
    steps: [
      ['deadline', 'ASK'],
      ['plan', 'PLAN'],
    ] as Step[],
    ending: { id: 'on-track', outcome: 'strong' as Outcome },
  },
  /** PUSH → VAGUE → weak. */
  bad: {
    steps: [
      ['deadline', 'PUSH'],
      ['plan', 'VAGUE'],
    ] as Step[],
    ending: { id: 'slipped', outcome: 'weak' as Outcome },
  },
  /** ASK → VAGUE → mixed. */
  middle: {
    steps: [
      ['deadline', 'ASK'],
      ['plan', 'VAGUE'],
    ] as Step[],
    ending: { id: 'half-way', outcome: 'mixed' as Outcome },
  },
  /** IGNORE → ESCALATE → weak: a road to a scene the base cohort never reaches. */
  escalate: {
    steps: [
      ['deadline', 'IGNORE'],
      ['escalation', 'ESCALATE'],
    ] as Step[],
    ending: { id: 'escalated', outcome: 'weak' as Outcome },
  },
};

export interface RunSpec {
  learner: string;
  road: keyof typeof ROADS;
  scenario?: string;
  run?: string;
  /** When the run starts. */
  start: Date;
  /** From `initialized` to `completed`, in ms. */
  tookMs?: number;
  team?: string;
  registration?: string;
  /** Stop before the ending (a run left unfinished). */
  unfinished?: boolean;
}

const email = (learner: string) => `mailto:${learner}@example.org`;

/** A registration (a UUID, as xAPI asks) of its own for each learner name. */
export function registrationOf(name: string): string {
  let hash = 0x811c9dc5;
  for (const c of name) hash = Math.imul(hash ^ c.charCodeAt(0), 0x01000193) >>> 0;
  return `00000000-0000-4000-8000-${hash.toString(16).padStart(12, '0')}`;
}

/** Every statement of one run, oldest first. */
export function runStatements(spec: RunSpec): Statement[] {
  const scenario = spec.scenario ?? 'missed-deadline';
  const runId = spec.run ?? `${spec.learner}-${spec.start.getTime()}`;
  const took = spec.tookMs ?? 120_000;
  const session: SessionContext = {
    actor: { objectType: 'Agent', name: `Learner ${spec.learner}`, mbox: email(spec.learner) },
    registration: spec.registration ?? registrationOf(spec.learner),
    activityId: au(scenario),
    contextTemplate: {
      extensions: { [SESSION_ID]: `session-${runId}`, ...(spec.team ? { [TEAM]: spec.team } : {}) },
    },
    initializedAt: spec.start,
  };
  const at = (ms: number) => new Date(spec.start.getTime() + ms);
  const road = ROADS[spec.road];
  const initialized: Statement = {
    actor: session.actor,
    verb: { id: VERBS.initialized },
    object: { objectType: 'Activity', id: session.activityId },
    context: { ...session.contextTemplate, registration: session.registration },
    timestamp: spec.start.toISOString(),
  };
  const out: Statement[] = [initialized];
  road.steps.forEach(([sceneId, event], i) => {
    const scene = SCENES[sceneId];
    const choices = scene.choices as Record<string, Choice>;
    const choice = choices[event as string] as Choice;
    out.push(
      answeredStatement(
        session,
        {
          runId,
          number: i + 1,
          scene: { id: sceneId, title: scene.title },
          event: event as string,
          label: choice.label,
          offered: Object.entries(choices).map(([e, c]) => ({ event: e, label: c.label })),
          behaviours: choice.behaviours,
          tag: choice.tag,
          progress: Math.round(((i + 1) / (road.steps.length + 1)) * 100),
          took: 10_000,
        },
        at(((i + 1) * took) / (road.steps.length + 1)),
      ),
    );
  });
  if (!spec.unfinished) {
    const ending = { runId, ...road.ending };
    const score = scoreRun(DEFAULT_SCORE_RULE, scenario, road.ending);
    out.push(completedStatement(session, ending, at(took)));
    out.push(judgedStatement(session, score.passed ? 'passed' : 'failed', score, ending, at(took)));
  }
  out.push(terminatedStatement(session, at(took + 1000)));
  return out;
}

/** A seeded shuffle (mulberry32), so an order-independence test is repeatable. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  let a = seed >>> 0;
  const random = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

const MARCH = new Date('2026-03-02T09:00:00.000Z');
export const APRIL = new Date('2026-04-06T09:00:00.000Z');

/**
 * The base cohort: six learners take the good road, five the bad one, one the middle;
 * learner i's run takes 100 + 10·i seconds (so the median is 155 s).
 */
export function baseCohort(): RunSpec[] {
  const roads: (keyof typeof ROADS)[] = [
    ...Array(6).fill('good'),
    ...Array(5).fill('bad'),
    'middle',
  ];
  return roads.map((road, i) => ({
    learner: `l${i}`,
    road,
    start: new Date(MARCH.getTime() + i * 3_600_000),
    tookMs: 100_000 + 10_000 * i,
    team: i % 2 === 0 ? 'north' : 'south',
  }));
}
