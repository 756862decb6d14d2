// The scenario map's drawing in chunks: a chunk of arrows, a chunk of scene boxes
// (each box a button, with what the analysis found written on it), and the hook that
// adds one chunk per frame. Chunks are memoised, so drawing the next chunk, or
// selecting a scene, re-renders only the chunks that change.
import { memo, useEffect, useState, type KeyboardEvent } from 'react';
import { BOX, type MapArrow, type MapScene } from './map-model';
import { kindWord, markLabel, outcomeWord } from './author-words';
import { t } from '../../i18n';
import '../../i18n/areas/author';

/** The second line of a box: the first mark, or what kind of scene it is. */
function sceneNote(scene: MapScene): string {
  if (scene.marks.length > 0) return `⚠ ${clip(markLabel(scene.marks[0] ?? 'unreachable'), 26)}`;
  if (scene.kind === 'ending')
    return t('author.map.endingNote', { outcome: outcomeWord(scene.outcome) });
  if (scene.kind === 'router') return t('author.map.routerNote');
  return clip(scene.title ?? '', 26);
}

/** The box's visible text first (so speech and sight agree), then what the box cannot fit. */
function sceneLabel(scene: MapScene): string {
  const visible = `${clip(scene.id, 24)} ${sceneNote(scene)}`.trim();
  const more = [
    scene.id.length > 24 ? scene.id : '',
    scene.title && scene.kind !== 'scene' ? scene.title : '',
    scene.kind === 'ending' ? '' : kindWord(scene.kind),
    ...scene.marks.slice(1).map(markLabel),
  ].filter(Boolean);
  return [visible, ...more].join(', ');
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** `items` in slices of `size` (one slice at least). */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += Math.max(1, size)) out.push(items.slice(i, i + size));
  return out.length > 0 ? out : [[]];
}

/**
 * How many of `total` chunks to draw: one more per frame until all are drawn. The next
 * chunk waits for the next frame and then for the end of its rendering (a task queued
 * from `requestAnimationFrame`), so each frame styles and lays out one chunk, never two.
 */
export function useProgressive(total: number): number {
  const [drawn, setDrawn] = useState({ total, shown: 1 });
  const shown = drawn.total === total ? drawn.shown : 1;
  useEffect(() => {
    if (shown >= total) return;
    let task: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      task = setTimeout(() => setDrawn({ total, shown: shown + 1 }), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(task);
    };
  }, [shown, total]);
  return shown;
}

export const ArrowChunk = memo(function ArrowChunk({
  arrows,
  marker,
}: {
  arrows: MapArrow[];
  /** The id of the arrowhead marker of this map. */
  marker: string;
}) {
  return (
    <g aria-hidden="true">
      {arrows.map((a) => (
        <polyline
          key={a.id}
          points={a.points.map((p) => `${p.x},${p.y}`).join(' ')}
          className={`arrow ${a.domain}${a.untaken ? ' untaken' : ''}`}
          markerEnd={`url(#${marker})`}
          data-arrow={a.id}
        >
          <title>{a.event ? `${a.from} → ${a.to}: ${a.event}` : `${a.from} → ${a.to}`}</title>
        </polyline>
      ))}
    </g>
  );
});

export const SceneChunk = memo(function SceneChunk({
  scenes,
  selected,
  onSelect,
}: {
  scenes: MapScene[];
  /** The selected scene, when it is in this chunk. */
  selected: string | undefined;
  onSelect: (scene: string) => void;
}) {
  const onKey = (id: string) => (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onSelect(id);
    }
  };
  return scenes.map((s) => (
    <g
      key={s.id}
      role="button"
      ref={focusable}
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
  ));
});

/**
 * Put an SVG element in the tab order. Set on the element itself: SVG attributes are case
 * sensitive, and a UI runtime that writes a `tabIndex` prop as it is spelt (not as React's
 * `tabindex`) leaves the map's scenes out of reach of the keyboard.
 */
function focusable(element: SVGGElement | null): void {
  element?.setAttribute('tabindex', '0');
}
