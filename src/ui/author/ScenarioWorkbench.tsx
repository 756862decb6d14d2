// One scenario in author mode: its path statistics, its map, the scene the author
// picked on the map, and the player started from a scene. The analysis behind all
// four is the one `check` already ran, so opening the map costs no second analysis.
import { useMemo, useRef, useState } from 'react';
import type { CompiledScenario, Taxonomy } from '../../contract';
import { initialContext, usage, type Analysis, type Start } from '../../engine';
import { PathStats } from './PathStats';
import { PlayFromScene } from './PlayFromScene';
import { SceneReader } from './SceneReader';
import { ScenarioMap } from './ScenarioMap';
import { MARK_LABEL, sceneMarks } from './map-model';

export function ScenarioWorkbench({
  scenario,
  analysis,
  taxonomy,
  scene: chosen,
  onScene,
}: {
  scenario: CompiledScenario;
  analysis: Analysis | undefined;
  taxonomy: Taxonomy | undefined;
  /** The scene the reader shows (the first scene when none is chosen or it is gone). */
  scene: string | undefined;
  onScene: (scene: string) => void;
}) {
  const selected = scenario.scenes.some((s) => s.id === chosen) ? chosen : scenario.initial;
  const [start, setStart] = useState<(Start & { n: number }) | undefined>();
  const figures = useMemo(() => (analysis ? usage(analysis) : undefined), [analysis]);
  const marks = useMemo(() => sceneMarks(analysis), [analysis]);
  const reader = useRef<HTMLDivElement>(null);
  const player = useRef<HTMLDivElement>(null);
  const scene = scenario.scenes.find((s) => s.id === selected) ?? scenario.scenes[0];
  const select = (id: string) => {
    onScene(id);
    requestAnimationFrame(() => reader.current?.querySelector<HTMLElement>('h3')?.focus());
  };
  const play = (id: string) => {
    setStart({ scene: id, context: initialContext(scenario), n: (start?.n ?? 0) + 1 });
    requestAnimationFrame(() => player.current?.querySelector<HTMLElement>('h4')?.focus());
  };
  return (
    <div className="workbench">
      {analysis && <PathStats scenario={scenario} analysis={analysis} />}
      <ScenarioMap
        scenario={scenario}
        analysis={analysis}
        taxonomy={taxonomy}
        selected={selected}
        onSelect={select}
      />
      <div ref={reader} className="reader-slot">
        <p className="scene-picker">
          <label htmlFor="scene-picker">Go to scene</label>{' '}
          <select id="scene-picker" value={selected} onChange={(e) => select(e.target.value)}>
            {scenario.scenes.map((s) => (
              <option key={s.id} value={s.id}>
                {s.id}
                {s.title ? `: ${s.title}` : ''}
                {(marks.get(s.id) ?? []).length > 0
                  ? ` (⚠ ${(marks.get(s.id) ?? []).map((m) => MARK_LABEL[m]).join(', ')})`
                  : ''}
              </option>
            ))}
          </select>
        </p>
        {scene && (
          <SceneReader
            scenario={scenario}
            scene={scene}
            marks={marks.get(scene.id) ?? []}
            usage={figures}
            taxonomy={taxonomy}
            onPlay={play}
            onSelect={select}
          />
        )}
      </div>
      <div ref={player} className="player-slot">
        {start && <PlayFromScene key={start.n} scenario={scenario} start={start} usage={figures} />}
      </div>
    </div>
  );
}
