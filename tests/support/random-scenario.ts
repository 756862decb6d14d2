/**
 * Random compiled scenarios for property tests: scenes, routers and endings in a
 * random order that transitions only go forward in (so every scenario has finitely
 * many runs), with random guards (every kind, nested), actions, alternatives, shared
 * event names and routes with or without a fallback.
 */
import fc from 'fast-check';
import type {
  Action,
  CompiledScenario,
  Guard,
  Scene,
  SourceRef,
  Transition,
} from '../../src/contract';

const nowhere: SourceRef = {
  file: 'random',
  range: { start: { line: 1, col: 1, offset: 0 }, end: { line: 1, col: 1, offset: 0 } },
};
const METRICS = ['m0', 'm1'];
const FLAGS = ['f0', 'f1'];
const EVENTS = ['A', 'B', 'C', 'D'];

export function guardArb(states: string[]): fc.Arbitrary<Guard> {
  const leaf: fc.Arbitrary<Guard> = fc.oneof(
    fc
      .record({ name: fc.constantFrom(...METRICS), atLeast: fc.integer({ min: -2, max: 2 }) })
      .map((params) => ({ type: 'metric' as const, params })),
    fc
      .record({ name: fc.constantFrom(...METRICS), atMost: fc.integer({ min: -2, max: 2 }) })
      .map((params) => ({ type: 'metric' as const, params })),
    fc
      .record({ name: fc.constantFrom(...METRICS), equals: fc.integer({ min: -1, max: 1 }) })
      .map((params) => ({ type: 'metric' as const, params })),
    fc.constantFrom(...FLAGS).map((name) => ({ type: 'flag' as const, params: { name } })),
    fc.constantFrom(...states).map((state) => ({ type: 'visited' as const, params: { state } })),
    fc.constantFrom(...EVENTS).map((event) => ({ type: 'chose' as const, params: { event } })),
  );
  return fc.oneof(
    { weight: 4, arbitrary: leaf },
    { weight: 1, arbitrary: leaf.map((guard) => ({ type: 'not' as const, guard })) },
    {
      weight: 1,
      arbitrary: fc
        .array(leaf, { minLength: 1, maxLength: 3 })
        .map((guards) => ({ type: 'and' as const, guards })),
    },
    {
      weight: 1,
      arbitrary: fc
        .array(leaf, { minLength: 1, maxLength: 3 })
        .map((guards) => ({ type: 'or' as const, guards })),
    },
  );
}

const actionsArb: fc.Arbitrary<Action[]> = fc.array(
  fc.oneof(
    fc
      .record({ [METRICS[0] as string]: fc.integer({ min: -1, max: 1 }) })
      .map((params) => ({ type: 'adjust' as const, params })),
    fc
      .record({ [METRICS[1] as string]: fc.integer({ min: -1, max: 2 }) })
      .map((params) => ({ type: 'adjust' as const, params })),
    fc
      .record({ [FLAGS[0] as string]: fc.boolean() })
      .map((params) => ({ type: 'set' as const, params })),
    fc
      .record({ [FLAGS[1] as string]: fc.boolean() })
      .map((params) => ({ type: 'set' as const, params })),
  ),
  { maxLength: 2 },
);

interface Shape {
  kinds: ('scene' | 'router')[];
  endings: number;
}

export function randomScenario(): fc.Arbitrary<CompiledScenario> {
  return randomScenarioOf({ maxScenes: 6, loops: false });
}

/**
 * Random scenarios with loops and merges, as authors write them: a choice may lead
 * back to its own scene or an earlier one (with the metric moves of `actionsArb`, so
 * a loop can raise or lower a metric as often as a run likes) and many choices lead
 * into the same scenes. Routes still only go forward, so no run routes forever.
 */
export function randomLoopingScenario(): fc.Arbitrary<CompiledScenario> {
  return randomScenarioOf({ maxScenes: 5, loops: true });
}

function randomScenarioOf(options: {
  maxScenes: number;
  /** Choices may lead back (loops); routers then always have a fallback route. */
  loops: boolean;
}): fc.Arbitrary<CompiledScenario> {
  const shape: fc.Arbitrary<Shape> = fc.record({
    kinds: fc.array(fc.constantFrom<'scene' | 'router'>('scene', 'scene', 'router'), {
      minLength: 1,
      maxLength: options.maxScenes,
    }),
    endings: fc.integer({ min: 1, max: 3 }),
  });
  const blank = { markdown: '', blocks: [], source: nowhere };
  return shape.chain(({ kinds, endings }) => {
    const ids = [
      ...kinds.map((k, i) => `${k}-${i}`),
      ...Array.from({ length: endings }, (_, i) => `ending-${i}`),
    ];
    const later = (i: number) => fc.constantFrom(...ids.slice(i + 1));
    // With loops, about one choice in three may go anywhere, back included.
    const choiceTarget = (i: number) =>
      options.loops
        ? fc.oneof(
            { weight: 2, arbitrary: later(i) },
            { weight: 1, arbitrary: fc.constantFrom(...ids) },
          )
        : later(i);
    const transition = (target: fc.Arbitrary<string>, guarded: boolean): fc.Arbitrary<Transition> =>
      fc
        .record({
          target,
          guard: guarded ? fc.option(guardArb(ids), { nil: undefined }) : fc.constant(undefined),
          actions: actionsArb,
        })
        .map(({ target: to, guard, actions }) =>
          guard
            ? { target: to, guard, actions, source: nowhere }
            : { target: to, actions, source: nowhere },
        );
    const scenes = kinds.map((kind, i): fc.Arbitrary<Scene> => {
      const base = { id: ids[i] as string, prose: blank, source: nowhere };
      if (kind === 'router') {
        return fc
          .tuple(
            fc.array(transition(later(i), true), { minLength: 0, maxLength: 2 }),
            transition(later(i), false),
            options.loops ? fc.constant(true) : fc.boolean(),
          )
          .map(([guarded, fallback, withFallback]) => ({
            ...base,
            kind,
            choices: [],
            routes: withFallback
              ? [...guarded, fallback]
              : guarded.length > 0
                ? guarded
                : [fallback],
          }));
      }
      return fc
        .uniqueArray(fc.constantFrom(...EVENTS), { minLength: 1, maxLength: 3 })
        .chain((events) =>
          fc
            .tuple(
              ...events.map(() =>
                fc.array(transition(choiceTarget(i), true), { minLength: 1, maxLength: 2 }),
              ),
            )
            .map((lists) => ({
              ...base,
              kind,
              routes: [],
              choices: events.map((event, j) => ({
                event,
                label: event,
                labelInline: [{ t: 'text' as const, v: event }],
                coaching: blank,
                behaviours: [],
                transitions: lists[j] as Transition[],
                heading: nowhere,
                source: nowhere,
              })),
            })),
        );
    });
    return fc.tuple(...scenes, fc.integer({ min: -1, max: 1 })).map((all) => {
      const start = all.pop() as number;
      const built = all as Scene[];
      const finals: Scene[] = ids.slice(kinds.length).map((id, i) => ({
        id,
        kind: 'ending',
        outcome: (['strong', 'mixed', 'weak'] as const)[i % 3],
        prose: blank,
        choices: [],
        routes: [],
        source: nowhere,
      }));
      return {
        formatVersion: 1,
        id: 'random',
        title: 'Random',
        summary: 'Random',
        audience: 'new-manager',
        minutes: 1,
        showMetrics: false,
        shuffle: false,
        briefing: blank,
        metrics: METRICS.map((id) => ({ id, label: id, initial: start })),
        flags: FLAGS.map((id) => ({ id, initial: false })),
        initial: ids[0] as string,
        scenes: [...built, ...finals],
        contentHash: 'random',
      } satisfies CompiledScenario;
    });
  });
}
