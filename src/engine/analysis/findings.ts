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
} from '../../contract';
import type { Analysis, Problem } from './analyse';
import { explainGuard, rangeText } from './explain';
import { limitDiagnostics, routerDiagnostics } from './limits';
import { overflowDiagnostics } from './overflow';
import { conditionalTextDiagnostics } from './conditional-findings';
import { idParts, routeId, transitionId } from '../ids';

interface Way {
  from: Scene;
  transition: Transition;
  /** `scene#EVENT#i` or `scene#always#i` */
  id: string;
  what: string;
}

/** Why a way is never taken, and the guard responsible when it is one. */
interface Reason {
  text: string;
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
          what: `the choice ${c.event} in "${from.id}"`,
        })),
      ),
      ...from.routes.map((t, i) => ({
        from,
        transition: t,
        id: routeId(from.id, i),
        what: `the route from "${from.id}"`,
      })),
    ])
    .filter((w) => w.transition.target === target && w.from.id !== target);
}

/** Why a transition is never taken. */
function whyNot(analysis: Analysis, way: Way): Reason {
  const { model } = analysis.graph;
  const arrival = analysis.arrivals[model.sceneIndex.get(way.from.id) ?? -1];
  if (!arrival) return { text: `"${way.from.id}" is never reached` };
  if (analysis.graph.passed.has(way.id) || !way.transition.guard)
    return { text: 'an earlier alternative always applies first' };
  const where = way.transition.guardSource ?? way.transition.source;
  const guard: RelatedLocation = {
    file: where.file,
    range: where.range,
    message: `the guard on ${way.what}, which no run that gets there passes`,
  };
  const reason = explainGuard(way.transition.guard, arrival, model);
  if (reason) return { text: reason, guard };
  const guardText = JSON.stringify(way.transition.guard);
  const ranges = model.metricIds
    .map((m, i) => ({ m, min: arrival.min[i] ?? 0, max: arrival.max[i] ?? 0 }))
    .filter(({ m }) => guardText.includes(`"name":"${m}"`))
    .map(({ m, min, max }) => rangeText(m, min, max));
  const text = `its conditions never hold for any run that gets there${ranges.length > 0 ? ` (there, ${ranges.join(' and ')})` : ''}`;
  return { text, guard };
}

function describeExample(example: Problem['example']): string {
  const metrics = Object.entries(example.metrics).map(([m, v]) => `${m} ${v}`);
  const set = Object.entries(example.flags)
    .filter(([, on]) => on)
    .map(([f]) => f);
  const flags = set.length > 0 ? `flags set: ${set.join(', ')}` : 'no flags set';
  return [...metrics, flags].join(', ');
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
    const text = reasons.map(({ way, reason }) => `${way.what} never leads there: ${reason.text}`);
    const more = ways.length > 3 ? ` (and ${ways.length - 3} more ways in)` : '';
    const code = scene.kind === 'ending' ? 'CB701' : 'CB702';
    const noun = scene.kind === 'ending' ? 'the ending' : 'the scene';
    const found = diagnostic(
      code,
      ...at(scene.source),
      `No run reaches ${noun} "${id}". ${capital(text.join('; '))}${more}.`,
    );
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
    let message: string;
    if (!waits.has(sceneId)) {
      message = `No run is ever offered ${event} in "${sceneId}": every run that gets there leaves at once by one of its "always" routes. Guard the routes so that some runs stay, or move the choice.`;
    } else if (!analysis.graph.offered.has(key)) {
      const reasons = choice.transitions.map((t, i) =>
        whyNot(analysis, {
          from: scene,
          transition: t,
          id: transitionId(sceneId, event, i),
          what: event,
        }),
      );
      message = `No run is ever offered ${event} in "${sceneId}": ${[...new Set(reasons.map((r) => r.text))].join('; ')}. Change the guard, or the actions that lead here.`;
    } else if (trapped.has(sceneId)) {
      continue;
    } else {
      message = `Every run that takes ${event} in "${sceneId}" gets stuck or goes round forever before any ending, so no complete run includes it.`;
    }
    out.push(diagnostic('CB703', ...at(choice.source), message));
  }

  for (const problem of analysis.stuck) {
    const scene = scenes.get(problem.scene);
    if (!scene) continue;
    const what =
      scene.kind === 'router'
        ? 'none of its "always" routes applies'
        : 'none of its choices is offered';
    const fix =
      scene.kind === 'router'
        ? 'Add a last route without a guard.'
        : 'Give it a choice without a guard.';
    out.push(
      diagnostic(
        'CB704',
        ...at(scene.source),
        `A run can get stuck in "${problem.scene}": ${what}, for example with ${describeExample(problem.example)}. ${fix}`,
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
        `A run that reaches "${problem.scene}" can never finish: from there every path goes round without reaching an ending (for example with ${describeExample(problem.example)}). Give the loop a way out to an ending.`,
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
      what: `the route to "${route.target}"`,
    });
    out.push(
      diagnostic(
        'CB706',
        ...at(route.source),
        `The route from "${sceneId}" to "${route.target}" is never taken: ${why.text}.`,
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

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
