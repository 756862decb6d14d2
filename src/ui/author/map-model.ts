/**
 * The scenario map's model: scenes as boxes and choices (and routes) as arrows,
 * laid out top to bottom by dagre, each choice coloured by the domain of the
 * behaviours it is tagged with, and each scene marked with what the analysis found
 * (no run reaches it, a run gets stuck there, no run can finish from it). Pure data,
 * so the drawing and its tests read the same thing.
 */
import dagre from '@dagrejs/dagre';
import type { CompiledScenario, Outcome, SceneKind, Taxonomy } from '../../contract';
import { behaviourIndex, choiceTag, type Tag } from '../../debrief';
import { choiceId, routeId, transitionId, type Analysis } from '../../engine';

/** Management, leadership, both or untagged: the debrief's tag of a choice. */
export type ChoiceDomain = Tag;

export type SceneMark = 'unreachable' | 'unreachable-ending' | 'dead-end' | 'no-way-out';

export interface MapScene {
  id: string;
  kind: SceneKind;
  title?: string;
  outcome?: Outcome;
  marks: SceneMark[];
  /** Centre of the box. */
  x: number;
  y: number;
}

export interface MapArrow {
  /** `scene#EVENT#i` for a choice's i-th transition, `scene#always#i` for a route. */
  id: string;
  from: string;
  to: string;
  /** The event, or undefined for an `always` route. */
  event?: string;
  domain: ChoiceDomain;
  /** True when no complete run takes this way. */
  untaken: boolean;
  points: { x: number; y: number }[];
}

export interface ScenarioMap {
  width: number;
  height: number;
  scenes: MapScene[];
  arrows: MapArrow[];
}

export const BOX = { width: 184, height: 52 };

/**
 * Beyond this many scenes the map is not drawn (dagre needs seconds, and no one reads
 * a map that size); the scene list still reaches every scene. Measured in
 * `npm run bench:author`.
 */
export const MAP_SCENE_LIMIT = 1500;
/** Up to this many scenes dagre ranks with network simplex (compact, slower); beyond, by longest path. */
const CAREFUL_RANKING_LIMIT = 150;

export function sceneMarks(analysis: Analysis | undefined): Map<string, SceneMark[]> {
  const marks = new Map<string, SceneMark[]>();
  const mark = (scene: string, m: SceneMark) => marks.set(scene, [...(marks.get(scene) ?? []), m]);
  if (!analysis) return marks;
  analysis.unreachableScenes.forEach((s) => mark(s, 'unreachable'));
  analysis.unreachableEndings.forEach((s) => mark(s, 'unreachable-ending'));
  analysis.stuck.forEach((p) => mark(p.scene, 'dead-end'));
  analysis.endless.forEach((p) => mark(p.scene, 'no-way-out'));
  return marks;
}

export function layoutMap(
  scenario: CompiledScenario,
  analysis: Analysis | undefined,
  taxonomy: Taxonomy | undefined,
): ScenarioMap {
  const graph = new dagre.graphlib.Graph({ multigraph: true });
  graph.setGraph({
    rankdir: 'TB',
    ranker: scenario.scenes.length > CAREFUL_RANKING_LIMIT ? 'longest-path' : 'network-simplex',
    nodesep: 28,
    ranksep: 56,
    edgesep: 12,
    marginx: 8,
    marginy: 8,
  });
  graph.setDefaultEdgeLabel(() => ({}));
  // dagre keeps nodes and edges in plain objects keyed by their names, so a scene
  // named `constructor` or `__proto__` would find Object's own: it gets `n0`, `n1`, …
  const nodeOf = new Map<string, string>();
  scenario.scenes.forEach((scene, i) => {
    graph.setNode(`n${i}`, { ...BOX });
    if (!nodeOf.has(scene.id)) nodeOf.set(scene.id, `n${i}`);
  });
  const untakenChoices = new Set(analysis?.untakenChoices ?? []);
  const untakenRoutes = new Set(analysis?.untakenRoutes ?? []);
  // An analysis that stopped early has not seen every transition taken: mark none as untaken then.
  const taken = analysis?.complete ? analysis.graph.taken : undefined;
  const arrows: Omit<MapArrow, 'points'>[] = [];
  const behaviours = behaviourIndex(taxonomy);
  for (const scene of scenario.scenes) {
    for (const choice of scene.choices) {
      const domain = choiceTag(choice.behaviours, behaviours);
      choice.transitions.forEach((t, i) => {
        const id = transitionId(scene.id, choice.event, i);
        const untaken =
          untakenChoices.has(choiceId(scene.id, choice.event)) || (taken ? !taken.has(id) : false);
        arrows.push({ id, from: scene.id, to: t.target, event: choice.event, domain, untaken });
      });
    }
    scene.routes.forEach((t, i) => {
      const id = routeId(scene.id, i);
      arrows.push({
        id,
        from: scene.id,
        to: t.target,
        domain: 'untagged',
        untaken: untakenRoutes.has(id),
      });
    });
  }
  // Only arrows to a scene of the scenario are drawn; each is dagre's edge `e<i>`.
  const drawn = arrows.flatMap((a, i) => {
    const from = nodeOf.get(a.from);
    const to = nodeOf.get(a.to);
    return from && to ? [{ arrow: a, from, to, name: `e${i}` }] : [];
  });
  for (const e of drawn) graph.setEdge(e.from, e.to, {}, e.name);
  dagre.layout(graph);
  const marks = sceneMarks(analysis);
  const scenes = scenario.scenes.map((s, i): MapScene => {
    const node = graph.node(`n${i}`);
    return {
      id: s.id,
      kind: s.kind,
      ...(s.title ? { title: s.title } : {}),
      ...(s.outcome ? { outcome: s.outcome } : {}),
      marks: marks.get(s.id) ?? [],
      x: node.x,
      y: node.y,
    };
  });
  const label = graph.graph();
  return {
    width: Math.ceil(label.width ?? BOX.width),
    height: Math.ceil(label.height ?? BOX.height),
    scenes,
    arrows: drawn.map((e) => ({
      ...e.arrow,
      points: graph.edge(e.from, e.to, e.name)?.points ?? [],
    })),
  };
}
