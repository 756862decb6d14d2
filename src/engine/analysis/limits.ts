/**
 * What an analysis that stopped at its limit can and cannot say. CB707 names the loop
 * that kept making new states (the scene, the choice, the metric and the guard that
 * reads it) and lists what is therefore unknown rather than unreachable; nothing that
 * needs the whole space is stated as fact. CB604 (every route of a router guarded)
 * speaks only where neither logic nor the runs show that the routes cover every case.
 */
import { diagnostic } from '../../contract/catalogue';
import type { CompiledScenario, Diagnostic, WordingValue } from '../../contract';
import { phrase, words } from '../../i18n/diagnostic-words';
import { choiceIn, joined, routeFrom } from './explain';
import type { Analysis, Undecided } from './analyse';
import { coversEveryCase } from './cover';
import type { Growth } from './growth';
import { MEMORY_LIMIT_BYTES } from './explore';
import { idParts } from '../ids';

const SHOWN = 4;

export function routerDiagnostics(scenario: CompiledScenario, analysis: Analysis): Diagnostic[] {
  const stuck = new Set(analysis.stuck.map((p) => p.scene));
  const out: Diagnostic[] = [];
  for (const scene of scenario.scenes) {
    const last = scene.routes.at(-1);
    if (scene.kind !== 'router' || !last?.guard) continue;
    // A finished analysis has the answer: the router never strands a run, or CB704 / CB702 say it does or is never reached.
    if (analysis.complete || stuck.has(scene.id)) continue;
    if (coversEveryCase(scene.routes.map((r) => r.guard))) continue;
    out.push(
      diagnostic(
        'CB604',
        last.source.file,
        last.source.range,
        words('diagnostics.CB604.allGuarded', { scene: scene.id }),
      ),
    );
  }
  return out;
}

export function limitDiagnostics(scenario: CompiledScenario, analysis: Analysis): Diagnostic[] {
  if (analysis.complete) return [];
  const states = phrase('diagnostics.CB707.states', {
    count: analysis.states,
    reason: stopReasonText(analysis),
  });
  const unknown = undecidedText(analysis.undecided);
  const first = scenario.scenes.find((s) => s.id === scenario.initial) ?? scenario.scenes[0];
  const g = analysis.growth;
  const { scene: sceneId, event = '' } = idParts(g?.choices[0] ?? '');
  const choice = scenario.scenes
    .find((s) => s.id === sceneId)
    ?.choices.find((c) => c.event === event);
  const where = choice?.source ?? first?.source;
  if (!where) return [];
  if (!g || !choice) {
    return [
      diagnostic(
        'CB707',
        where.file,
        where.range,
        words('diagnostics.CB707.tooMany', { states, unknown }),
      ),
    ];
  }
  const events = g.choices.map((c) => idParts(c).event ?? c);
  const loop =
    events.length === 1
      ? phrase('diagnostics.CB707.loopOne', { event, scene: g.scene })
      : phrase('diagnostics.CB707.loopMany', {
          events: joined(events, 'diagnostics.join.then'),
          scene: g.scene,
        });
  const shown = g.metrics.slice(0, SHOWN).map((m) =>
    phrase('diagnostics.CB707.change', {
      name: m.name,
      amount: String(Math.abs(m.change)),
      direction: m.change > 0 ? 'higher' : 'lower',
    }),
  );
  const others = g.metrics.length - shown.length;
  const changes = joined(shown, 'diagnostics.join.and');
  const change =
    others > 0
      ? phrase('diagnostics.CB707.moreMetrics', { changes, count: others, n: String(others) })
      : changes;
  const grown = g.metrics[0] as Growth['metrics'][number];
  const reader = g.readBy
    ? phrase('diagnostics.CB707.readBy', { step: stepText(g.readBy), metric: grown.name })
    : phrase('diagnostics.CB707.readByGuard', { metric: grown.name });
  return [
    diagnostic(
      'CB707',
      where.file,
      where.range,
      words('diagnostics.CB707.loop', {
        states,
        scene: g.scene,
        loop,
        change,
        reader,
        unknown,
        event,
        metric: grown.name,
        bound: grown.change > 0 ? 'atMost' : 'atLeast',
      }),
    ),
  ];
}

/** Why the search stopped, when it was not the plain state limit. */
function stopReasonText(analysis: Analysis): WordingValue {
  const width = analysis.graph.model.width;
  switch (analysis.graph.stoppedBy) {
    case 'memory':
      return phrase('diagnostics.CB707.stoppedByMemory', {
        megabytes: String(Math.round(MEMORY_LIMIT_BYTES / 2 ** 20)),
        width,
      });
    case 'work':
      return phrase('diagnostics.CB707.stoppedByWork', { width });
    case 'states':
      return phrase('diagnostics.CB707.stoppedByStates');
    default:
      return '';
  }
}

/** `scene#EVENT#i` → `the choice EVENT in "scene"`; `scene#always#i` → `the route from "scene"`. */
function stepText(id: string): WordingValue {
  const { scene, event } = idParts(id);
  return event === undefined ? routeFrom(scene) : choiceIn(event, scene);
}

function undecidedText(undecided: Undecided | undefined): WordingValue {
  if (!undecided) return '';
  const names = (items: string[], show: (s: string) => WordingValue) => {
    const listed = joined(items.slice(0, SHOWN).map(show), 'diagnostics.join.comma');
    return items.length > SHOWN
      ? phrase('diagnostics.CB707.andMore', { names: listed, more: String(items.length - SHOWN) })
      : listed;
  };
  const quote = (s: string) => `"${s}"`;
  const { endings, scenes, choices, routes } = undecided;
  const parts = [
    endings.length > 0 &&
      phrase('diagnostics.CB707.whetherEndings', {
        count: endings.length,
        names: names(endings, quote),
      }),
    scenes.length > 0 &&
      phrase('diagnostics.CB707.whetherScenes', {
        count: scenes.length,
        names: names(scenes, quote),
      }),
    choices.length > 0 &&
      phrase('diagnostics.CB707.whetherChoices', {
        choices: names(choices, (c) => {
          const { scene, event } = idParts(c);
          return phrase('diagnostics.CB707.eventIn', { event: event ?? '', scene });
        }),
      }),
    routes.length > 0 &&
      phrase('diagnostics.CB707.whetherRoutes', {
        count: routes.length,
        n: String(routes.length),
      }),
  ].filter((p): p is Exclude<typeof p, false> => p !== false);
  if (parts.length === 0) return phrase('diagnostics.CB707.lowerBounds');
  return phrase('diagnostics.CB707.cannotTell', {
    parts: joined(parts, 'diagnostics.join.semicolonOr'),
  });
}
