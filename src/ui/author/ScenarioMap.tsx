// The scenario map: every scene as a box and every choice as an arrow coloured by
// its domain, laid out top to bottom, with what the analysis found written on the
// boxes (not only coloured). Each box is a button: click it, or Tab to it and press
// Enter, to read the scene. Arrows are decoration for sighted authors; the scene
// reader lists the same choices as text.
import { useEffect, useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { CompiledScenario, Taxonomy } from '../../contract';
import type { Analysis } from '../../engine';
import { DOMAIN_LABEL, TAG_LABEL } from '../../debrief';
import {
  BOX,
  MAP_SCENE_LIMIT,
  MARK_LABEL,
  layoutMap,
  type ChoiceDomain,
  type MapScene,
} from './map-model';

/** The legend of the arrows' colours, in the debrief's words for the domains. */
const ARROW_LEGEND: Record<ChoiceDomain, string> = {
  ...DOMAIN_LABEL,
  both: TAG_LABEL.both,
  untagged: `${TAG_LABEL.untagged}, or a route`,
};

/** The second line of a box: the first mark, or what kind of scene it is. */
function sceneNote(scene: MapScene): string {
  if (scene.marks.length > 0) return `⚠ ${clip(MARK_LABEL[scene.marks[0] ?? 'unreachable'], 26)}`;
  if (scene.kind === 'ending') return `ending · ${scene.outcome}`;
  if (scene.kind === 'router') return 'routes on arrival';
  return clip(scene.title ?? '', 26);
}

/** The box's visible text first (so speech and sight agree), then what the box cannot fit. */
function sceneLabel(scene: MapScene): string {
  const visible = `${clip(scene.id, 24)} ${sceneNote(scene)}`.trim();
  const more = [
    scene.id.length > 24 ? scene.id : '',
    scene.title && scene.kind !== 'scene' ? scene.title : '',
    scene.kind === 'ending' ? '' : scene.kind,
    ...scene.marks.slice(1).map((m) => MARK_LABEL[m]),
  ].filter(Boolean);
  return [visible, ...more].join(', ');
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export function ScenarioMap(props: Parameters<typeof DrawnMap>[0]) {
  const uid = useId();
  const scenes = props.scenario.scenes.length;
  if (scenes <= MAP_SCENE_LIMIT) return <DrawnMap {...props} />;
  return (
    <section className="scenario-map" aria-labelledby={`${uid}map-heading`}>
      <h3 id={`${uid}map-heading`}>Map</h3>
      <p className="notice">
        This scenario has {scenes.toLocaleString('en')} scenes; the map is drawn for up to{' '}
        {MAP_SCENE_LIMIT.toLocaleString('en')}. Use the scene list to read any scene, or{' '}
        <code>npm run scenario -- graph</code> for the whole graph.
      </p>
    </section>
  );
}

/** Smallest scale the map shrinks to to fit its frame; below it, the frame scrolls. */
const MIN_SCALE = 0.75;

/** The scale that fits `width` into the element's width (1 at most, MIN_SCALE at least), following resizes. */
function useFitScale(element: HTMLElement | null, width: number): number {
  const [available, setAvailable] = useState<number | undefined>();
  useEffect(() => {
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => setAvailable(entry?.contentRect.width));
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  if (!available || width <= available) return 1;
  return Math.max(MIN_SCALE, available / width);
}

function DrawnMap({
  scenario,
  analysis,
  taxonomy,
  selected,
  onSelect,
}: {
  scenario: CompiledScenario;
  analysis: Analysis | undefined;
  taxonomy: Taxonomy | undefined;
  selected: string | undefined;
  onSelect: (scene: string) => void;
}) {
  const uid = useId();
  const map = useMemo(
    () => layoutMap(scenario, analysis, taxonomy),
    [scenario, analysis, taxonomy],
  );
  const marked = map.scenes.filter((s) => s.marks.length > 0);
  const [frame, setFrame] = useState<HTMLDivElement | null>(null);
  const scale = useFitScale(frame, map.width);
  useEffect(() => {
    // Open on the first scene: centre it when the map is wider than its frame.
    const box = frame?.querySelector<SVGGElement>(`[data-scene="${scenario.initial}"]`);
    if (frame && box) {
      const left = box.getBoundingClientRect().left - frame.getBoundingClientRect().left;
      frame.scrollBy?.({ left: left - frame.clientWidth / 2 + (BOX.width * scale) / 2 });
    }
  }, [frame, map, scenario.initial, scale]);
  const onKey = (id: string) => (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onSelect(id);
    }
  };
  return (
    <section className="scenario-map" aria-labelledby={`${uid}map-heading`}>
      <h3 id={`${uid}map-heading`}>Map</h3>
      <p className="hint">
        {map.scenes.length} scenes, {map.arrows.length} ways between them.{' '}
        {marked.length === 0
          ? 'The analysis found no unreachable scene, dead end or unreachable ending.'
          : `${marked.length} marked by the analysis: ${marked.map((s) => `${s.id} (${s.marks.map((m) => MARK_LABEL[m]).join(', ')})`).join('; ')}.`}{' '}
        Choose a scene to read it.
      </p>
      <ul className="map-legend" aria-label="Legend">
        {(['management', 'leadership', 'both', 'untagged'] as const).map((d) => (
          <li key={d}>
            <svg width="36" height="10" aria-hidden="true">
              <line x1="0" y1="5" x2="36" y2="5" className={`arrow ${d}`} />
            </svg>
            {ARROW_LEGEND[d]}
          </li>
        ))}
        <li>
          <svg width="36" height="10" aria-hidden="true">
            <line x1="0" y1="5" x2="36" y2="5" className="arrow untaken" />
          </svg>
          No complete run takes it
        </li>
      </ul>
      <div className="map-frame" ref={setFrame}>
        <svg
          width={map.width * scale}
          height={map.height * scale}
          viewBox={`0 0 ${map.width} ${map.height}`}
          role="group"
          aria-label={`Map of ${scenario.title}`}
        >
          <defs>
            <marker
              id={`${uid}map-arrowhead`}
              viewBox="0 0 10 10"
              refX="9"
              refY="5"
              markerWidth="7"
              markerHeight="7"
              orient="auto-start-reverse"
            >
              <path d="M0,0 L10,5 L0,10 z" className="arrowhead" />
            </marker>
          </defs>
          <g aria-hidden="true">
            {map.arrows.map((a) => (
              <polyline
                key={a.id}
                points={a.points.map((p) => `${p.x},${p.y}`).join(' ')}
                className={`arrow ${a.domain}${a.untaken ? ' untaken' : ''}`}
                markerEnd={`url(#${uid}map-arrowhead)`}
                data-arrow={a.id}
              >
                <title>{a.event ? `${a.from} → ${a.to}: ${a.event}` : `${a.from} → ${a.to}`}</title>
              </polyline>
            ))}
          </g>
          {map.scenes.map((s) => (
            <g
              key={s.id}
              role="button"
              tabIndex={0}
              aria-label={sceneLabel(s)}
              aria-pressed={selected === s.id}
              className={`map-scene kind-${s.kind}${s.outcome ? ` ${s.outcome}` : ''}${s.marks.length > 0 ? ' marked' : ''}${selected === s.id ? ' selected' : ''}`}
              data-scene={s.id}
              transform={`translate(${s.x - BOX.width / 2},${s.y - BOX.height / 2})`}
              onClick={() => onSelect(s.id)}
              onKeyDown={onKey(s.id)}
            >
              <rect width={BOX.width} height={BOX.height} rx={s.kind === 'ending' ? 18 : 4} />
              <text x={8} y={19}>
                <tspan className="map-id">{clip(s.id, 24)}</tspan>{' '}
                <tspan x={8} y={38} className="map-note">
                  {sceneNote(s)}
                </tspan>
              </text>
            </g>
          ))}
        </svg>
      </div>
    </section>
  );
}
