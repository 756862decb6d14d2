/**
 * The analysis as diagnostics, at the state's or choice's line in machine.json (the
 * compiled scenario carries those positions), each saying why in the scenario's own
 * terms — which metric never gets high enough, which flag is never set.
 */
import { diagnostic } from '../../contract/catalogue';
import type { CompiledScenario, Diagnostic, Scene, Transition } from '../../contract';
import type { Analysis, Problem } from './analyse';
import { explainGuard } from './explain';

interface Way {
  from: Scene;
  transition: Transition;
  /** `scene#EVENT#i` or `scene#always#i` */
  id: string;
  what: string;
}

function waysInto(scenario: CompiledScenario, target: string): Way[] {
  return scenario.scenes
    .flatMap((from) => [
      ...from.choices.flatMap((c) =>
        c.transitions.map((t, i) => ({
          from,
          transition: t,
          id: `${from.id}#${c.event}#${i}`,
          what: `the choice ${c.event} in "${from.id}"`,
        })),
      ),
      ...from.routes.map((t, i) => ({
        from,
        transition: t,
        id: `${from.id}#always#${i}`,
        what: `the route from "${from.id}"`,
      })),
    ])
    .filter((w) => w.transition.target === target && w.from.id !== target);
}

/** Why a transition is never taken. */
function whyNot(analysis: Analysis, way: Way): string {
  const { model, arrivals } = analysis.graph;
  const arrival = arrivals[model.sceneIndex.get(way.from.id) ?? -1];
  if (!arrival) return `"${way.from.id}" is never reached`;
  if (analysis.graph.passed.has(way.id) || !way.transition.guard)
    return 'an earlier alternative always applies first';
  const reason = explainGuard(way.transition.guard, arrival, model);
  if (reason) return reason;
  const guardText = JSON.stringify(way.transition.guard);
  const ranges = model.metricIds
    .map((m, i) => ({ m, min: arrival.min[i] ?? 0, max: arrival.max[i] ?? 0 }))
    .filter(({ m }) => guardText.includes(`"name":"${m}"`))
    .map(({ m, min, max }) =>
      min === max ? `${m} is ${min}` : `${m} is between ${min} and ${max}`,
    );
  return `its conditions never hold for any run that gets there${ranges.length > 0 ? ` (there, ${ranges.join(' and ')})` : ''}`;
}

function describe(example: Problem['example']): string {
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
    const reasons = ways
      .slice(0, 3)
      .map((w) => `${w.what} never leads there: ${whyNot(analysis, w)}`);
    const more = ways.length > 3 ? ` (and ${ways.length - 3} more ways in)` : '';
    const code = scene.kind === 'ending' ? 'CB701' : 'CB702';
    const noun = scene.kind === 'ending' ? 'the ending' : 'the scene';
    out.push(
      diagnostic(
        code,
        ...at(scene.source),
        `No run reaches ${noun} "${id}". ${capital(reasons.join('; '))}${more}.`,
      ),
    );
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
    const [sceneId = '', event = ''] = key.split('#');
    const scene = scenes.get(sceneId);
    const choice = scene?.choices.find((c) => c.event === event);
    if (!scene || !choice || unreachable.has(sceneId)) continue;
    let message: string;
    if (!waits.has(sceneId)) {
      message = `No run is ever offered ${event} in "${sceneId}": every run that gets there leaves at once by one of its "always" routes. Guard the routes so that some runs stay, or move the choice.`;
    } else if (!analysis.graph.offered.has(key)) {
      const reasons = choice.transitions.map((t, i) =>
        whyNot(analysis, { from: scene, transition: t, id: `${key}#${i}`, what: '' }),
      );
      message = `No run is ever offered ${event} in "${sceneId}": ${[...new Set(reasons)].join('; ')}. Change the guard, or the actions that lead here.`;
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
        `A run can get stuck in "${problem.scene}": ${what}, for example with ${describe(problem.example)}. ${fix}`,
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
        `A run that reaches "${problem.scene}" can never finish: from there every path goes round without reaching an ending (for example with ${describe(problem.example)}). Give the loop a way out to an ending.`,
      ),
    );
  }

  const arrived = (id: string) => !unreachable.has(id) && !analysis.unreachableEndings.includes(id);
  for (const key of analysis.untakenRoutes) {
    const [sceneId = '', , index = '0'] = key.split('#');
    const scene = scenes.get(sceneId);
    const route = scene?.routes[Number(index)];
    if (!scene || !route || !arrived(sceneId) || !arrived(route.target)) continue;
    const why = whyNot(analysis, { from: scene, transition: route, id: key, what: '' });
    out.push(
      diagnostic(
        'CB706',
        ...at(route.source),
        `The route from "${sceneId}" to "${route.target}" is never taken: ${why}.`,
      ),
    );
  }

  if (!analysis.complete) {
    const first = scenes.get(scenario.initial) ?? scenario.scenes[0];
    if (first) {
      out.push(
        diagnostic(
          'CB707',
          ...at(first.source),
          `The analysis stopped after ${analysis.states.toLocaleString('en')} states, so the findings are partial. This usually means a loop lets a metric grow without limit; give the loop a guard that ends it.`,
        ),
      );
    }
  }
  return out;
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
