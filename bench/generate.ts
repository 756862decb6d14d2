/**
 * A deterministic generator of large, valid scenarios for the benchmark: the two
 * files' text (`scenario.md` and `machine.json`) exactly as an author would write
 * them, so the compile benchmark parses real text.
 *
 * Shape, laid out breadth first from the opening scene:
 * - mostly a branching tree: each scene has 2–3 choices, and most lead to a new scene
 *   of the next layer, so most scenes are reached by one path; now and then a choice
 *   merges into an existing scene of the next layer instead;
 * - two metrics (`trust`, `clarity`) adjusted by ±1 on some choices, two flags set on
 *   a few;
 * - about one scene in four guards one of its choices on a metric threshold, a flag,
 *   `visited` or `chose` (and `and`/`not` combinations). Guards are written to pass on
 *   the path that created the scene, so every scene stays reachable; `visited` and
 *   `chose` only name scenes and choices of the first layers, as an author would
 *   refer back to an early, memorable moment;
 * - every leaf's choices lead to one of three routers, whose `always` routes (on the
 *   metrics and flags, the last one unguarded) end in one of 3–5 endings;
 * - prose: a title, 2–4 paragraphs and usually a line of dialogue per scene; per
 *   choice a one-sentence label and a coaching paragraph or two.
 *
 * With `shape: 'merging'` it is laid out as the hand-written scenarios are: in layers
 * of equal width, where the first choices into a layer make its scenes and every later
 * one leads into one of them, so each scene is reached by several roads (about 2.5 on
 * average); and, as authors do, two more metrics (`energy`, `visibility`) that choices
 * move but no guard reads.
 *
 * Randomness comes from a seeded PRNG (mulberry32), never `Math.random`: the same
 * options always give the same text.
 */
import { mulberry32 } from '../src/engine/shuffle';

interface BehaviourRef {
  id: string;
  polarity: 'effective' | 'counterproductive';
}

export interface GenerateOptions {
  /** Total number of states in `machine.json`: scenes, routers and endings. */
  scenes: number;
  /** Behaviours of the course taxonomy that choices may be tagged with. */
  behaviours: readonly BehaviourRef[];
  seed?: number;
  /** `tree` (the default): mostly one road into each scene; `merging`: layers many roads lead into. */
  shape?: 'tree' | 'merging';
}

export interface GeneratedScenario {
  /** The scenario folder's name, equal to the machine's id. */
  folder: string;
  scenarioMd: string;
  machineJson: string;
  counts: {
    states: number;
    scenes: number;
    routers: number;
    endings: number;
    leaves: number;
    choices: number;
    merges: number;
    guardedChoices: number;
    layers: number;
  };
}

type Guard =
  | { type: 'metric'; params: { name: Metric; atLeast?: number; atMost?: number } }
  | { type: 'flag'; params: { name: Flag } }
  | { type: 'visited'; params: { state: string } }
  | { type: 'chose'; params: { event: string } }
  | { type: 'and'; guards: Guard[] }
  | { type: 'or'; guards: Guard[] }
  | { type: 'not'; guard: Guard };

type Action =
  | { type: 'adjust'; params: Partial<Record<Metric | Unread, number>> }
  | { type: 'set'; params: Partial<Record<Flag, boolean>> };

interface TransitionJson {
  target: string;
  guard?: Guard;
  actions?: Action[];
  meta?: { behaviours: string[] };
}

type Metric = 'trust' | 'clarity';
/** Metrics that choices move but no guard reads (merging shape only). */
type Unread = 'energy' | 'visibility';
const UNREAD: Unread[] = ['energy', 'visibility'];
type Flag = 'knows-the-cause' | 'escalated';
const METRICS: Metric[] = ['trust', 'clarity'];
const FLAGS: Flag[] = ['knows-the-cause', 'escalated'];

/** The context on arrival along the path that created a scene. */
interface PathContext {
  metrics: Record<Metric, number>;
  flags: Record<Flag, boolean>;
  /** Scenes of the first layers on this path (what `visited` guards may name). */
  earlyScenes: string[];
  /** Choices made in the first layers on this path (what `chose` guards may name). */
  earlyEvents: string[];
}

interface ChoiceDraft {
  event: string;
  target: string;
  guard?: Guard;
  actions: Action[];
  behaviours: string[];
  label: string;
  coaching: string[];
}

interface SceneDraft {
  id: string;
  title: string;
  layer: number;
  context: PathContext;
  paragraphs: string[];
  dialogue?: string;
  choices: ChoiceDraft[];
}

/** Layers whose scenes and choices `visited` and `chose` guards may name. */
const EARLY_LAYERS = 3;
/** In the merging shape: the scenes `visited` guards may name (the first ones made), and `chose` only the opening's choices. */
const MEMORABLE = 4;
const ROUTERS = 3;
/** Chance that a choice leads to an existing scene of the next layer instead of a new one. */
const MERGE_CHANCE = 0.08;
/** Layers of the merging shape. */
const MERGING_LAYERS = 8;
/** Chance that one of a scene's choices (never the first) is guarded. */
const GUARD_CHANCE = 0.25;

export function generateScenario(options: GenerateOptions): GeneratedScenario {
  const rng = mulberry32(options.seed ?? 0x5eed ^ options.scenes);
  const text = new Text(rng);
  const merging = options.shape === 'merging';
  const folder = `generated-${merging ? 'merging-' : ''}${options.scenes}`;
  const effective = options.behaviours.filter((b) => b.polarity === 'effective').map((b) => b.id);
  const counterproductive = options.behaviours
    .filter((b) => b.polarity === 'counterproductive')
    .map((b) => b.id);
  if (effective.length === 0 || counterproductive.length === 0)
    throw new Error('The taxonomy needs effective and counterproductive behaviours.');

  const endingCount = 3 + Math.floor(rng() * 3);
  const contentBudget = options.scenes - ROUTERS - endingCount;
  if (contentBudget < 1) throw new Error(`Too few scenes: ${options.scenes}`);
  const width = merging ? Math.max(3, Math.ceil(contentBudget / MERGING_LAYERS)) : Infinity;

  const endings = Array.from({ length: endingCount }, (_, i) => ({
    id: `outcome-${i + 1}-${text.slug()}`,
    outcome: i === 0 ? 'strong' : i === endingCount - 1 ? 'weak' : 'mixed',
    title: text.title(),
    paragraphs: text.paragraphs(2, 3),
  }));
  const routers = Array.from({ length: ROUTERS }, (_, i) => ({
    id: `wrap-up-${i + 1}`,
    routes: routesFor(i, endings, rng),
  }));

  const scenes: SceneDraft[] = [];
  const layers: SceneDraft[][] = [];
  const newScene = (layer: number, context: PathContext): SceneDraft => {
    const scene: SceneDraft = {
      id: scenes.length === 0 ? 'opening' : `${text.slug()}-${scenes.length}`,
      title: text.title(),
      layer,
      context,
      paragraphs: text.paragraphs(2, 4),
      choices: [],
    };
    if (rng() < 0.8) scene.dialogue = text.dialogue();
    // Merging layers are wide: as in hand-written scenarios, only a few early moments are memorable.
    const memorable = merging ? scenes.length < MEMORABLE : layer < EARLY_LAYERS;
    if (memorable) scene.context.earlyScenes = [...context.earlyScenes, scene.id];
    scenes.push(scene);
    (layers[layer] ??= []).push(scene);
    return scene;
  };
  newScene(0, {
    metrics: { trust: 0, clarity: 0 },
    flags: { 'knows-the-cause': false, escalated: false },
    earlyScenes: [],
    earlyEvents: [],
  });

  let merges = 0;
  let guardedChoices = 0;
  let leaves = 0;
  // Breadth first: scenes are expanded in the order they were made.
  for (let next = 0; next < scenes.length; next++) {
    const scene = scenes[next] as SceneDraft;
    const count = rng() < 0.5 ? 2 : 3;
    const guarded = rng() < GUARD_CHANCE ? 1 + Math.floor(rng() * (count - 1)) : -1;
    const leaf =
      scenes.length >= contentBudget && (!merging || (layers[scene.layer + 1] ?? []).length === 0);
    if (leaf) leaves++;
    const mainRouter = routers[Math.floor(rng() * ROUTERS)] as (typeof routers)[number];
    const used = new Set<string>();
    for (let c = 0; c < count; c++) {
      const event = text.event(used);
      used.add(event);
      const actions = randomActions(rng);
      if (merging && rng() < 0.3)
        actions.push({
          type: 'adjust',
          params: { [UNREAD[Math.floor(rng() * 2)] as Unread]: rng() < 0.5 ? 1 : -1 },
        });
      const positive = actions.some(
        (a) => a.type === 'adjust' && Object.values(a.params).some((v) => (v ?? 0) > 0),
      );
      const negative = actions.some(
        (a) => a.type === 'adjust' && Object.values(a.params).some((v) => (v ?? 0) < 0),
      );
      const pool = positive && !negative ? effective : negative ? counterproductive : null;
      const behaviours = pickBehaviours(rng, pool ?? (rng() < 0.5 ? effective : counterproductive));
      const guard = c === guarded ? guardFor(scene, rng) : undefined;
      if (guard) guardedChoices++;
      const remembered = merging ? scene.layer === 0 : scene.layer < EARLY_LAYERS;
      const after = applied(scene.context, actions, remembered ? event : undefined);
      let target: string;
      if (leaf) {
        target = (
          rng() < 0.7 ? mainRouter : (routers[Math.floor(rng() * ROUTERS)] as typeof mainRouter)
        ).id;
      } else {
        const nextLayer = layers[scene.layer + 1] ?? [];
        const candidates = nextLayer.filter((s) => !scene.choices.some((ch) => ch.target === s.id));
        if (merging) {
          if (nextLayer.length < width && scenes.length < contentBudget) {
            target = newScene(scene.layer + 1, after).id;
          } else if (candidates.length > 0) {
            target = (candidates[Math.floor(rng() * candidates.length)] as SceneDraft).id;
            merges++;
          } else {
            target = mainRouter.id;
          }
        } else if (candidates.length > 0 && rng() < MERGE_CHANCE) {
          target = (candidates[Math.floor(rng() * candidates.length)] as SceneDraft).id;
          merges++;
        } else if (scenes.length < contentBudget) {
          target = newScene(scene.layer + 1, after).id;
        } else {
          // The budget ran out while laying out this scene's choices: the rest end the run.
          target = mainRouter.id;
        }
      }
      const choice: ChoiceDraft = {
        event,
        target,
        actions,
        behaviours,
        label: text.sentence(8, 18),
        coaching: text.paragraphs(1, rng() < 0.25 ? 2 : 1, 2, 3),
      };
      if (guard) choice.guard = guard;
      scene.choices.push(choice);
    }
  }

  const machine = {
    $schema: '../../schemas/machine.schema.json',
    id: folder,
    initial: 'opening',
    context: {
      trust: 0,
      clarity: 0,
      ...(merging ? { energy: 0, visibility: 0 } : {}),
      'knows-the-cause': false,
      escalated: false,
    },
    states: {} as Record<string, unknown>,
  };
  for (const scene of scenes) {
    machine.states[scene.id] = {
      on: Object.fromEntries(
        scene.choices.map((c) => {
          const t: TransitionJson = { target: c.target };
          if (c.guard) t.guard = c.guard;
          if (c.actions.length > 0) t.actions = c.actions;
          t.meta = { behaviours: c.behaviours };
          return [c.event, t];
        }),
      ),
    };
  }
  for (const router of routers) machine.states[router.id] = { always: router.routes };
  for (const ending of endings)
    machine.states[ending.id] = { type: 'final', meta: { outcome: ending.outcome } };

  const md: string[] = [
    '---',
    `title: ${text.title()} (${options.scenes.toLocaleString('en-GB')} scenes)`,
    `summary: "${text.sentence(14, 24)}"`,
    'audience: experienced-manager',
    `minutes: ${Math.max(10, Math.round(scenes.length / 100))}`,
    'showMetrics: false',
    'metrics:',
    '  trust: "Your team\'s trust in you"',
    '  clarity: Shared clarity on the plan',
    ...(merging ? ['  energy: The team’s energy', '  visibility: How visible the work is'] : []),
    '---',
    '',
    ...text.paragraphs(2, 2).flatMap((p) => [p, '']),
  ];
  for (const scene of scenes) {
    md.push(`## ${scene.id}: ${scene.title}`, '');
    scene.paragraphs.forEach((p, i) => {
      md.push(p, '');
      if (i === 0 && scene.dialogue) md.push(scene.dialogue, '');
    });
    for (const choice of scene.choices) {
      md.push(`### ${choice.event}`, '', choice.label, '');
      for (const p of choice.coaching) md.push(p, '');
    }
  }
  for (const ending of endings) {
    md.push(`## ${ending.id}: ${ending.title}`, '');
    for (const p of ending.paragraphs) md.push(p, '');
  }

  return {
    folder,
    scenarioMd: md.join('\n'),
    machineJson: `${JSON.stringify(machine, null, 2)}\n`,
    counts: {
      states: scenes.length + routers.length + endings.length,
      scenes: scenes.length,
      routers: routers.length,
      endings: endings.length,
      leaves,
      choices: scenes.reduce((n, s) => n + s.choices.length, 0),
      merges,
      guardedChoices,
      layers: layers.length,
    },
  };
}

/** Routes of router `index`: a strong ending for high metrics, mixed ones between, a fallback to the weak one. */
function routesFor(index: number, endings: { id: string }[], rng: () => number): TransitionJson[] {
  const at = (i: number) => (endings[i] as { id: string }).id;
  const threshold = () => 1 + Math.floor(rng() * 2);
  const strong: Guard[] = [
    {
      type: 'and',
      guards: [
        { type: 'metric', params: { name: 'trust', atLeast: 2 } },
        { type: 'metric', params: { name: 'clarity', atLeast: 2 } },
      ],
    },
    {
      type: 'and',
      guards: [
        { type: 'metric', params: { name: 'trust', atLeast: 1 } },
        { type: 'flag', params: { name: 'knows-the-cause' } },
      ],
    },
    {
      type: 'and',
      guards: [
        { type: 'metric', params: { name: 'clarity', atLeast: 2 } },
        { type: 'not', guard: { type: 'flag', params: { name: 'escalated' } } },
      ],
    },
  ];
  const routes: TransitionJson[] = [
    { target: at(0), guard: strong[index % strong.length] as Guard },
  ];
  const a = METRICS[index % METRICS.length] as Metric;
  const b = METRICS[(index + 1) % METRICS.length] as Metric;
  // Each middle ending catches runs the routes above it let through, so all are reachable.
  const middle: Guard[] = [
    { type: 'metric', params: { name: a, atLeast: threshold() } },
    { type: 'metric', params: { name: b, atLeast: threshold() } },
    {
      type: 'or',
      guards: [
        { type: 'flag', params: { name: 'knows-the-cause' } },
        { type: 'metric', params: { name: a, atLeast: 0 } },
      ],
    },
  ];
  for (let i = 1; i < endings.length - 1; i++)
    routes.push({ target: at(i), guard: middle[i - 1] as Guard });
  routes.push({ target: at(endings.length - 1) });
  return routes;
}

function randomActions(rng: () => number): Action[] {
  const actions: Action[] = [];
  const roll = rng();
  const delta = () => (rng() < 0.55 ? 1 : -1);
  if (roll < 0.5) {
    actions.push({
      type: 'adjust',
      params: { [METRICS[Math.floor(rng() * 2)] as Metric]: delta() },
    });
  } else if (roll < 0.65) {
    actions.push({ type: 'adjust', params: { trust: delta(), clarity: delta() } });
  }
  if (rng() < 0.05)
    actions.push({ type: 'set', params: { [FLAGS[Math.floor(rng() * 2)] as Flag]: true } });
  return actions;
}

function applied(context: PathContext, actions: Action[], event?: string): PathContext {
  const next: PathContext = {
    metrics: { ...context.metrics },
    flags: { ...context.flags },
    earlyScenes: context.earlyScenes,
    earlyEvents: event ? [...context.earlyEvents, event] : context.earlyEvents,
  };
  for (const action of actions) {
    if (action.type === 'adjust') {
      for (const m of METRICS) next.metrics[m] += action.params[m] ?? 0;
    } else {
      for (const f of FLAGS) if (action.params[f] !== undefined) next.flags[f] = !!action.params[f];
    }
  }
  return next;
}

/** A guard that passes on the path that created `scene` (other paths, through merges, may fail it). */
function guardFor(scene: SceneDraft, rng: () => number): Guard {
  const { metrics, flags, earlyScenes, earlyEvents } = scene.context;
  const metric = (): Guard => {
    const name = METRICS[Math.floor(rng() * 2)] as Metric;
    const value = metrics[name];
    return rng() < 0.6
      ? { type: 'metric', params: { name, atLeast: value - Math.floor(rng() * 2) } }
      : { type: 'metric', params: { name, atMost: value + Math.floor(rng() * 2) } };
  };
  const flag = (): Guard => {
    const name = FLAGS[Math.floor(rng() * 2)] as Flag;
    const guard: Guard = { type: 'flag', params: { name } };
    return flags[name] ? guard : { type: 'not', guard };
  };
  const roll = rng();
  if (roll < 0.4) return metric();
  if (roll < 0.6) return flag();
  if (roll < 0.72 && earlyScenes.length > 0)
    return {
      type: 'visited',
      params: { state: earlyScenes[Math.floor(rng() * earlyScenes.length)] as string },
    };
  if (roll < 0.84 && earlyEvents.length > 0)
    return {
      type: 'chose',
      params: { event: earlyEvents[Math.floor(rng() * earlyEvents.length)] as string },
    };
  return { type: 'and', guards: [metric(), flag()] };
}

function pickBehaviours(rng: () => number, pool: string[]): string[] {
  const first = pool[Math.floor(rng() * pool.length)] as string;
  if (rng() < 0.6) return [first];
  const second = pool[Math.floor(rng() * pool.length)] as string;
  return second === first ? [first] : [first, second];
}

const NAMES = [
  'Adaeze',
  'Tomás',
  'Rosa',
  'Callum',
  'Priya',
  'Hannah',
  'Jonas',
  'Mei',
  'Olu',
  'Sanna',
];
const SUBJECTS = [
  'the team',
  'your manager',
  'the client',
  'the project board',
  'finance',
  'the new hire',
  'the account lead',
  'everyone in the room',
  'the steering group',
  'the night shift',
];
const VERBS = [
  'has been waiting for',
  'keeps coming back to',
  'quietly worries about',
  'has not mentioned',
  'asked twice about',
  'is still unsure of',
  'wants a decision on',
  'has already heard about',
  'seems relieved by',
  'is frustrated with',
  'never agreed to',
  'needs more time for',
];
const OBJECTS = [
  'the revised forecast',
  'the budget review',
  'the quarterly plan',
  'the handover notes',
  'the missed deadline',
  'the rota for next month',
  'the supplier contract',
  'the restructure',
  'the launch date',
  'the customer complaint',
  'the hiring freeze',
  'the new reporting line',
  'the training schedule',
  'the audit findings',
];
const TAILS = [
  'and nobody has said so out loud',
  'although the numbers look fine on paper',
  'which makes the next hour matter more than it should',
  'because the last attempt went badly',
  'even though it was agreed in principle weeks ago',
  'and the pressure is starting to show',
  'so every small delay now feels personal',
  'while the date on the calendar does not move',
];
const OPENERS = [
  'By mid-morning',
  'Before you can answer',
  'Across the table',
  'On the shared screen',
  'In the corridor afterwards',
  'Later that afternoon',
  'For a moment',
  'Without looking up',
];
const VERB_WORDS = [
  'ASK',
  'NAME',
  'OFFER',
  'ACCEPT',
  'PUSH',
  'PAUSE',
  'ESCALATE',
  'AGREE',
  'SHARE',
  'CHALLENGE',
  'DELEGATE',
  'RECAP',
];
const OBJECT_WORDS = [
  'THE_DATES',
  'THE_IMPACT',
  'HELP',
  'THE_PLAN',
  'FOR_DETAIL',
  'THE_RISK',
  'TO_ROSA',
  'THE_WORKLOAD',
  'THE_GAP',
  'ON_PURPOSE',
  'A_CHECK_IN',
  'THE_BUDGET',
  'BACK',
  'THE_PRIORITY',
];
const SLUGS = [
  'hallway',
  'budget-talk',
  'stand-up',
  'one-to-one',
  'client-call',
  'late-email',
  'review',
  'handover',
  'escalation',
  'planning',
  'retro',
  'offsite',
];
const TITLE_WORDS = [
  'Monday',
  'morning',
  'the',
  'numbers',
  'a',
  'quiet',
  'word',
  'after',
  'call',
  'last',
  'minutes',
  'what',
  'nobody',
  'said',
  'plan',
  'B',
  'before',
  'review',
  'room',
];
const COACH = [
  'Naming the impact plainly and without blame keeps the standard clear.',
  'Asking before deciding what the problem is earns trust you will need later.',
  'It feels efficient, but it leaves the cause untouched and the work on your desk.',
  'A dated follow-up turns good intentions into a commitment you both see through.',
  'Reassurance with nothing behind it changes nothing about next week.',
  'Taking the competing demand to the people who can settle it removes the cause.',
  'Sheltering behind process avoids owning a decision that is yours to make.',
  'Inviting them to draft the plan makes it their plan, provided the dates are specific.',
];

/** English-ish prose of realistic length, from the seeded PRNG. */
class Text {
  constructor(private readonly rng: () => number) {}

  private pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.rng() * list.length)] as T;
  }

  private between(min: number, max: number): number {
    return min + Math.floor(this.rng() * (max - min + 1));
  }

  sentence(minWords = 8, maxWords = 20): string {
    const parts: string[] = [];
    if (this.rng() < 0.4) parts.push(`${this.pick(OPENERS)},`);
    parts.push(this.rng() < 0.5 ? this.pick(NAMES) : this.pick(SUBJECTS));
    parts.push(this.pick(VERBS), this.pick(OBJECTS));
    let words = parts.join(' ').split(' ').length;
    const target = this.between(minWords, maxWords);
    while (words < target) {
      const tail = this.rng() < 0.15 ? `*${this.pick(TAILS)}*` : this.pick(TAILS);
      parts.push(`${this.rng() < 0.5 ? ',' : ''} ${tail}`.trim());
      words += tail.split(' ').length;
    }
    const out = parts.join(' ').replace(/ ,/g, ',');
    return `${out.charAt(0).toUpperCase()}${out.slice(1)}.`;
  }

  paragraph(minSentences = 2, maxSentences = 4): string {
    const n = this.between(minSentences, maxSentences);
    return Array.from({ length: n }, () =>
      this.rng() < 0.2 ? this.pick(COACH) : this.sentence(),
    ).join(' ');
  }

  paragraphs(min: number, max: number, minSentences = 2, maxSentences = 4): string[] {
    return Array.from({ length: this.between(min, max) }, () =>
      this.paragraph(minSentences, maxSentences),
    );
  }

  dialogue(): string {
    return `> **${this.pick(NAMES)}:** "${this.sentence(8, 16)}"`;
  }

  title(): string {
    const words = Array.from({ length: this.between(2, 5) }, () => this.pick(TITLE_WORDS));
    const joined = words.join(' ');
    return `${joined.charAt(0).toUpperCase()}${joined.slice(1)}`;
  }

  slug(): string {
    return this.pick(SLUGS);
  }

  event(used: ReadonlySet<string>): string {
    for (;;) {
      const name = `${this.pick(VERB_WORDS)}_${this.pick(OBJECT_WORDS)}`;
      if (!used.has(name)) return name;
    }
  }
}
