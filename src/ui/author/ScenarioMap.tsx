// The scenario map: every scene as a box and every choice as an arrow coloured by
// its domain, laid out top to bottom, with what the analysis found written on the
// boxes (not only coloured). Each box is a button: click it, or Tab to it and press
// Enter, to read the scene. Arrows are decoration for sighted authors; the scene
// reader lists the same choices as text. The layout comes from author mode's worker;
// a large map is drawn a chunk per frame, in stacked layers (`MapParts.tsx`).
import { useEffect, useId, useMemo, useState } from 'react';
import type { CompiledScenario } from '../../contract';
import { domainLabel, tagLabel } from '../../debrief';
import { BOX, MAP_SCENE_LIMIT, type ChoiceDomain, type ScenarioMap as MapModel } from './map-model';
import { markLabel } from './author-words';
import { formatNumber } from '../../i18n';
import { Rich } from '../i18n/Rich';
import { useActiveLanguage, useT, type Translate } from '../i18n/use-t';
import '../../i18n/areas/author';
import { ArrowChunk, SceneChunk, chunks, useProgressive } from './MapParts';

/** Scenes (and a like share of arrows) drawn per frame: each chunk is a few milliseconds of work. */
const SCENES_PER_CHUNK = 30;

/** The legend of the arrows' colours, in the debrief's words for the domains. */
function arrowLegend(domain: ChoiceDomain, t: Translate): string {
  if (domain === 'untagged')
    return t('author.map.untaggedOrRoute', { untagged: tagLabel('untagged') });
  return domain === 'both' ? tagLabel('both') : domainLabel(domain);
}

export function ScenarioMap({
  map,
  busy,
  ...props
}: Omit<Parameters<typeof DrawnMap>[0], 'map'> & {
  /** The layout, once the worker has made it. */
  map: MapModel | undefined;
  /** True while the layout is being made. */
  busy: boolean;
}) {
  const t = useT();
  const uid = useId();
  const scenes = props.scenario.scenes.length;
  if (scenes <= MAP_SCENE_LIMIT && map) return <DrawnMap map={map} {...props} />;
  if (scenes <= MAP_SCENE_LIMIT)
    return (
      <section className="scenario-map" aria-labelledby={`${uid}map-heading`} aria-busy={busy}>
        <h3 id={`${uid}map-heading`}>{t('author.map.heading')}</h3>
        <p className="hint">
          {busy ? t('author.map.laying', { scenes: formatNumber(scenes) }) : t('author.map.failed')}
        </p>
      </section>
    );
  return (
    <section className="scenario-map" aria-labelledby={`${uid}map-heading`}>
      <h3 id={`${uid}map-heading`}>{t('author.map.heading')}</h3>
      <p className="notice">
        <Rich
          id="author.map.tooLarge"
          values={{ scenes: formatNumber(scenes), limit: formatNumber(MAP_SCENE_LIMIT) }}
          parts={[<code />]}
        />
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
  map,
  selected,
  onSelect,
}: {
  scenario: CompiledScenario;
  map: MapModel;
  selected: string | undefined;
  onSelect: (scene: string) => void;
}) {
  const t = useT();
  // The scene boxes are memoised: a new language draws them afresh, in its words.
  const language = useActiveLanguage();
  const uid = useId();
  const marked = map.scenes.filter((s) => s.marks.length > 0);
  // A large map is drawn a chunk at a time, each in a task of its own, so drawing it
  // never blocks the page for long; the scene list reaches every scene meanwhile.
  const sceneChunks = useMemo(() => chunks(map.scenes, SCENES_PER_CHUNK), [map]);
  const arrowChunks = useMemo(
    () => chunks(map.arrows, Math.ceil(map.arrows.length / sceneChunks.length)),
    [map, sceneChunks],
  );
  const shown = useProgressive(sceneChunks.length);
  const [frame, setFrame] = useState<HTMLDivElement | null>(null);
  const scale = useFitScale(frame, map.width);
  const layer = {
    className: 'map-layer',
    width: map.width * scale,
    height: map.height * scale,
    viewBox: `0 0 ${map.width} ${map.height}`,
  };
  useEffect(() => {
    // Open on the first scene: centre it when the map is wider than its frame.
    const box = frame?.querySelector<SVGGElement>(`[data-scene="${scenario.initial}"]`);
    if (frame && box) {
      const left = box.getBoundingClientRect().left - frame.getBoundingClientRect().left;
      frame.scrollBy?.({ left: left - frame.clientWidth / 2 + (BOX.width * scale) / 2 });
    }
  }, [frame, map, scenario.initial, scale]);
  return (
    <section className="scenario-map" aria-labelledby={`${uid}map-heading`}>
      <h3 id={`${uid}map-heading`}>{t('author.map.heading')}</h3>
      <p className="hint">
        {t('author.map.size', { scenes: map.scenes.length, arrows: map.arrows.length })}{' '}
        {marked.length === 0
          ? t('author.map.noMarks')
          : t('author.map.marked', {
              count: marked.length,
              scenes: marked
                .map((s) => `${s.id} (${s.marks.map(markLabel).join(', ')})`)
                .join('; '),
            })}{' '}
        {t('author.map.choose')}
      </p>
      <ul className="map-legend" aria-label={t('author.map.legend')}>
        {(['management', 'leadership', 'both', 'untagged'] as const).map((d) => (
          <li key={d}>
            <svg width="36" height="10" aria-hidden="true">
              <line x1="0" y1="5" x2="36" y2="5" className={`arrow ${d}`} />
            </svg>
            {arrowLegend(d, t)}
          </li>
        ))}
        <li>
          <svg width="36" height="10" aria-hidden="true">
            <line x1="0" y1="5" x2="36" y2="5" className="arrow untaken" />
          </svg>
          {t('author.map.untaken')}
        </li>
      </ul>
      <div className="map-frame" ref={setFrame}>
        {/* Layers of one size, one per chunk: drawing a chunk lays out only its own layer. */}
        <div
          key={language}
          className="map-layers"
          role="group"
          aria-label={t('author.map.label', { title: scenario.title })}
          style={{ width: map.width * scale, height: map.height * scale }}
        >
          <svg {...layer} aria-hidden="true">
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
          </svg>
          {arrowChunks.slice(0, shown).map((arrows, i) => (
            <svg key={`arrows-${i}`} {...layer} aria-hidden="true">
              <ArrowChunk arrows={arrows} marker={`${uid}map-arrowhead`} />
            </svg>
          ))}
          {sceneChunks.slice(0, shown).map((scenes, i) => (
            <svg key={`scenes-${i}`} {...layer}>
              <SceneChunk
                scenes={scenes}
                selected={scenes.some((s) => s.id === selected) ? selected : undefined}
                onSelect={onSelect}
              />
            </svg>
          ))}
        </div>
      </div>
    </section>
  );
}
