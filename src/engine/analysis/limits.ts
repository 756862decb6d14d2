/**
 * What an analysis that stopped at its limit can and cannot say. CB707 names the loop
 * that kept making new states (the scene, the choice, the metric and the guard that
 * reads it) and lists what is therefore unknown rather than unreachable; nothing that
 * needs the whole space is stated as fact. CB604 (every route of a router guarded)
 * speaks only where neither logic nor the runs show that the routes cover every case.
 */
import { diagnostic } from '../../contract/catalogue';
import type { CompiledScenario, Diagnostic } from '../../contract';
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
        `Every "always" route of "${scene.id}" has a guard, and the analysis stopped before it could check every run that gets here; if none passes, the run is stuck. Add a last route without a guard as the fallback, e.g. { "target": "<ending>" }.`,
      ),
    );
  }
  return out;
}

export function limitDiagnostics(scenario: CompiledScenario, analysis: Analysis): Diagnostic[] {
  if (analysis.complete) return [];
  const states = `${analysis.states.toLocaleString('en')} states${stopReasonText(analysis)}`;
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
        `The analysis stopped after ${states} without following every run: the guards tell apart more combinations of metrics, flags and history than it can explore. ${unknown} Read fewer metrics or flags in guards, or split the scenario.`,
      ),
    ];
  }
  const events = g.choices.map((c) => idParts(c).event ?? c);
  const loop =
    events.length === 1
      ? `the choice ${event} comes back to "${g.scene}"`
      : `the choices ${events.join(', then ')} come back to "${g.scene}"`;
  const shown = g.metrics
    .slice(0, SHOWN)
    .map((m) => `${m.name} ${Math.abs(m.change)} ${m.change > 0 ? 'higher' : 'lower'}`);
  const others = g.metrics.length - shown.length;
  const change = `${shown.join(' and ')}${others > 0 ? ` (and ${others} more metrics)` : ''}`;
  const grown = g.metrics[0] as Growth['metrics'][number];
  const reader = g.readBy
    ? `${stepText(g.readBy)} reads ${grown.name}`
    : `a guard reads ${grown.name}`;
  const bound = grown.change > 0 ? 'at most' : 'at least';
  return [
    diagnostic(
      'CB707',
      where.file,
      where.range,
      `The analysis stopped after ${states} without following every run. In "${g.scene}", ${loop} with ${change} each time round, and the guard of ${reader}, so every time round makes a new state. ${unknown} Give the loop an end its guards can see (for example, offer ${event} only while ${grown.name} is ${bound} some value), or stop the loop from changing ${grown.name}.`,
    ),
  ];
}

/** Why the search stopped, when it was not the plain state limit. */
function stopReasonText(analysis: Analysis): string {
  const width = analysis.graph.model.width.toLocaleString('en');
  switch (analysis.graph.stoppedBy) {
    case 'memory':
      return ` (its memory limit, about ${Math.round(MEMORY_LIMIT_BYTES / 2 ** 20)} MB: every state holds all ${width} metrics, flags and history bits of the context)`;
    case 'work':
      return ` (its work limit for a context this wide: every state holds all ${width} metrics, flags and history bits)`;
    case 'states':
      return ` (its limit)`;
    default:
      return '';
  }
}

/** `scene#EVENT#i` → `the choice EVENT in "scene"`; `scene#always#i` → `the route from "scene"`. */
function stepText(id: string): string {
  const { scene, event } = idParts(id);
  return event === undefined ? `the route from "${scene}"` : `the choice ${event} in "${scene}"`;
}

function undecidedText(undecided: Undecided | undefined): string {
  if (!undecided) return '';
  const names = (items: string[], show: (s: string) => string) => {
    const listed = items.slice(0, SHOWN).map(show);
    const more = items.length > SHOWN ? ` and ${items.length - SHOWN} more` : '';
    return `${listed.join(', ')}${more}`;
  };
  const quote = (s: string) => `"${s}"`;
  const parts = [
    undecided.endings.length > 0 &&
      `whether any run reaches the ending${undecided.endings.length === 1 ? '' : 's'} ${names(undecided.endings, quote)}`,
    undecided.scenes.length > 0 &&
      `whether any run reaches the scene${undecided.scenes.length === 1 ? '' : 's'} ${names(undecided.scenes, quote)}`,
    undecided.choices.length > 0 &&
      `whether a complete run takes ${names(undecided.choices, (c) => {
        const { scene, event } = idParts(c);
        return `${event ?? ''} in "${scene}"`;
      })}`,
    undecided.routes.length > 0 &&
      `whether runs take ${undecided.routes.length} route${undecided.routes.length === 1 ? '' : 's'} not yet seen taken`,
  ].filter((p): p is string => typeof p === 'string');
  if (parts.length === 0)
    return 'Every ending, scene and choice was seen in some run, but the run counts are only lower bounds.';
  return `Until the analysis can finish, it cannot tell ${parts.join('; or ')}.`;
}
