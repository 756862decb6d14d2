/**
 * The analysis as diagnostics, at the state's or choice's line in machine.json (the
 * compiled scenario carries those positions), each saying why in the scenario's own
 * terms — which metric never gets high enough, which flag is never set — and, for a
 * scene or ending no run reaches, pointing at the guards that keep runs out too. What a run cannot do (CB701–CB703,
 * CB706) is only said of an analysis that finished; `limits.ts` says what an unfinished
 * one could not tell.
 */
import { diagnostic } from '../../contract/catalogue';
import type {
  CompiledScenario,
  Diagnostic,
  RelatedLocation,
  Scene,
  Transition,
  Worded,
  WordingValue,
} from '../../contract';
import { phrase, words } from '../../i18n/diagnostic-words';
import { englishOf } from '../../i18n/wording';
import type { Analysis, Problem } from './analyse';
import { choiceIn, explainGuard, joined, rangeText, routeFrom } from './explain';
import { limitDiagnostics, routerDiagnostics } from './limits';
import { overflowDiagnostics } from './overflow';
import { conditionalTextDiagnostics } from './conditional-findings';
import { idParts, routeId, transitionId } from '../ids';

interface Way {
  from: Scene;
  transition: Transition;
  /** `scene#EVENT#i` or `scene#always#i` */
  id: string;
  /** The way in words (`the choice EVENT in "scene"`). */
  what: WordingValue;
  /** The same to start a sentence (`The choice …`). */
  start?: WordingValue;
}

/** Why a way is never taken, and the guard responsible when it is one. */
interface Reason {
  text: WordingValue;
  guard?: RelatedLocation;
}

function waysInto(scenario: CompiledScenario, target: string): Way[] {
  return scenario.scenes
    .flatMap((from) => [
      ...from.choices.flatMap((c) =>
        c.transitions.map((t, i) => ({
          from,
          transition: t,
          id: transitionId(from.id, c.event, i),
          what: choiceIn(c.event, from.id),
          start: choiceIn(c.event, from.id, true),
        })),
      ),
      ...from.routes.map((t, i) => ({
        from,
        transition: t,
        id: routeId(from.id, i),
        what: routeFrom(from.id),
        start: routeFrom(from.id, true),
      })),
    ])
    .filter((w) => w.transition.target === target && w.from.id !== target);
}

/** Why a transition is never taken. */
function whyNot(analysis: Analysis, way: Way): Reason {
  const { model } = analysis.graph;
  const arrival = analysis.arrivals[model.sceneIndex.get(way.from.id) ?? -1];
  if (!arrival)
    return { text: phrase('diagnostics.analysis.neverReached', { scene: way.from.id }) };
  if (analysis.graph.passed.has(way.id) || !way.transition.guard)
    return { text: phrase('diagnostics.analysis.earlierFirst') };
  const where = way.transition.guardSource ?? way.transition.source;
  const guard: RelatedLocation = {
    file: where.file,
    range: where.range,
    ...words('diagnostics.analysis.guardOn', { way: way.what }),
  };
  const reason = explainGuard(way.transition.guard, arrival, model);
  if (reason) return { text: reason, guard };
  const guardText = JSON.stringify(way.transition.guard);
  const ranges = model.metricIds
    .map((m, i) => ({ m, min: arrival.min[i] ?? 0, max: arrival.max[i] ?? 0 }))
    .filter(({ m }) => guardText.includes(`"name":"${m}"`))
    .map(({ m, min, max }) => rangeText(m, min, max));
  const text =
    ranges.length > 0
      ? phrase('diagnostics.analysis.neverHoldThere', {
          ranges: joined(ranges, 'diagnostics.join.and'),
        })
      : phrase('diagnostics.analysis.neverHold');
  return { text, guard };
}

function describeExample(example: Problem['example']): WordingValue {
  const metrics = Object.entries(example.metrics).map(([m, v]) => `${m} ${v}`);
  const set = Object.entries(example.flags)
    .filter(([, on]) => on)
    .map(([f]) => f);
  const flags =
    set.length > 0
      ? phrase('diagnostics.analysis.flagsSet', { flags: set.join(', ') })
      : phrase('diagnostics.analysis.noFlags');
  return metrics.length > 0
    ? phrase('diagnostics.analysis.example', { metrics: metrics.join(', '), flags })
    : flags;
}

/** Each reason once, in the order given (two that read the same in English count as one, as before). */
function distinct(reasons: readonly WordingValue[]): WordingValue[] {
  const seen = new Set<string>();
  return reasons.filter((r) => {
    const text = typeof r === 'object' && !('list' in r) ? englishOf(r) : JSON.stringify(r);
    if (seen.has(text)) return false;
    seen.add(text);
    return true;
  });
}

export function analysisDiagnostics(scenario: CompiledScenario, analysis: Analysis): Diagnostic[] {
  const out: Diagnostic[] = [];
  const scenes = new Map(scenario.scenes.map((s) => [s.id, s]));
  const at = (ref: { file: string; range: Diagnostic['range'] }) => [ref.file, ref.range] as const;

  for (const id of [...analysis.unreachableScenes, ...analysis.unreachableEndings]) {
    const scene = scenes.get(id);
    const ways = waysInto(scenario, id);
    if (!scene || ways.length === 0 || id === scenario.initial) continue;
    const reasons = ways.slice(0, 3).map((w) => ({ way: w, reason: whyNot(analysis, w) }));
    const text = reasons.map(({ way, reason }, i) =>
      phrase('diagnostics.analysis.neverLeads', {
        way: i === 0 ? (way.start ?? way.what) : way.what,
        reason: reason.text,
      }),
    );
    const more =
      ways.length > 3
        ? phrase('diagnostics.analysis.moreWays', {
            count: ways.length - 3,
            n: String(ways.length - 3),
          })
        : '';
    const values = { scene: id, reasons: joined(text, 'diagnostics.join.semicolon'), more };
    const found =
      scene.kind === 'ending'
        ? diagnostic('CB701', ...at(scene.source), words('diagnostics.CB701.unreachable', values))
        : diagnostic('CB702', ...at(scene.source), words('diagnostics.CB702.unreachable', values));
    const related = reasons.flatMap(({ reason }) => (reason.guard ? [reason.guard] : []));
    out.push(related.length > 0 ? { ...found, related } : found);
  }

  const unreachable = new Set(analysis.unreachableScenes);
  const { graph } = analysis;
  const trapped = new Set([...analysis.stuck, ...analysis.endless].map((p) => p.scene));
  const waits = new Set(
    graph.nodeScene
      .filter((_, id) => graph.nodeKind[id] === 'scene')
      .map((i) => graph.model.scenes[i]?.scene.id),
  );
  for (const key of analysis.untakenChoices) {
    const { scene: sceneId, event = '' } = idParts(key);
    const scene = scenes.get(sceneId);
    const choice = scene?.choices.find((c) => c.event === event);
    if (!scene || !choice || unreachable.has(sceneId)) continue;
    let message: Worded;
    if (!waits.has(sceneId)) {
      message = words('diagnostics.CB703.leavesAtOnce', { event, scene: sceneId });
    } else if (!analysis.graph.offered.has(key)) {
      const reasons = choice.transitions.map((t, i) =>
        whyNot(analysis, {
          from: scene,
          transition: t,
          id: transitionId(sceneId, event, i),
          what: event,
        }),
      );
      message = words('diagnostics.CB703.notOffered', {
        event,
        scene: sceneId,
        reasons: joined(distinct(reasons.map((r) => r.text)), 'diagnostics.join.semicolon'),
      });
    } else if (trapped.has(sceneId)) {
      continue;
    } else {
      message = words('diagnostics.CB703.neverCompletes', { event, scene: sceneId });
    }
    out.push(diagnostic('CB703', ...at(choice.source), message));
  }

  for (const problem of analysis.stuck) {
    const scene = scenes.get(problem.scene);
    if (!scene) continue;
    const values = { scene: problem.scene, example: describeExample(problem.example) };
    out.push(
      diagnostic(
        'CB704',
        ...at(scene.source),
        scene.kind === 'router'
          ? words('diagnostics.CB704.router', values)
          : words('diagnostics.CB704.scene', values),
      ),
    );
  }

  for (const problem of analysis.endless) {
    const scene = scenes.get(problem.scene);
    if (!scene) continue;
    out.push(
      diagnostic(
        'CB705',
        ...at(scene.source),
        words('diagnostics.CB705.endless', {
          scene: problem.scene,
          example: describeExample(problem.example),
        }),
      ),
    );
  }

  const arrived = (id: string) => !unreachable.has(id) && !analysis.unreachableEndings.includes(id);
  for (const key of analysis.untakenRoutes) {
    const { scene: sceneId, index = 0 } = idParts(key);
    const scene = scenes.get(sceneId);
    const route = scene?.routes[index];
    if (!scene || !route || !arrived(sceneId) || !arrived(route.target)) continue;
    const why = whyNot(analysis, {
      from: scene,
      transition: route,
      id: key,
      what: phrase('diagnostics.analysis.routeTo', { scene: route.target }),
    });
    out.push(
      diagnostic(
        'CB706',
        ...at(route.source),
        words('diagnostics.CB706.untaken', {
          scene: sceneId,
          target: route.target,
          reason: why.text,
        }),
      ),
    );
  }

  out.push(
    ...routerDiagnostics(scenario, analysis),
    ...limitDiagnostics(scenario, analysis),
    ...overflowDiagnostics(analysis),
    ...conditionalTextDiagnostics(scenario, analysis),
  );
  return out;
}
