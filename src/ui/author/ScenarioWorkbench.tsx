// One scenario in author mode: its path statistics, its map, the scene the author
// picked on the map, and the player started from a scene. The analysis behind all
// four is the one `check` already ran (its figures came back from the worker with
// the check), so opening the map costs no second analysis; the map's layout and the
// player's from-here analysis are asked of the worker too.
import { useCallback, useRef, useState } from 'react';
import type { CompiledScenario, Taxonomy } from '../../contract';
import { initialContext, type Start } from '../../engine';
import { PathStats } from './PathStats';
import { PlayFromScene } from './PlayFromScene';
import { SceneReader } from './SceneReader';
import { MAP_SCENE_LIMIT } from './map-model';
import { ScenePicker } from './ScenePicker';
import { ScenarioMap } from './ScenarioMap';
import { useLatestAnswer } from './useLatestAnswer';
import type { AuthorWork, CheckedScenario } from './work/protocol';

/** Enough for any hand-written scenario; beyond it the figures say "at least". */
const FROM_HERE_LIMIT = 50_000;

export function ScenarioWorkbench({
  request,
  checked,
  scenario,
  taxonomy,
  work,
  scene: chosen,
  onScene,
}: {
  /** The check this scenario comes from (the worker keeps its analysis under this number). */
  request: number;
  checked: CheckedScenario;
  scenario: CompiledScenario;
  taxonomy: Taxonomy | undefined;
  work: AuthorWork;
  /** The scene the reader shows (the first scene when none is chosen or it is gone). */
  scene: string | undefined;
  onScene: (scene: string) => void;
}) {
  const { folder, analysis, usage: figures, marks } = checked;
  const selected =
    chosen && scenario.scenes.some((s) => s.id === chosen) ? chosen : scenario.initial;
  const [start, setStart] = useState<(Start & { n: number }) | undefined>();
  const drawn = scenario.scenes.length <= MAP_SCENE_LIMIT;
  const askLayout = useCallback(() => work.layout(request, folder), [work, request, folder]);
  const layout = useLatestAnswer(drawn ? askLayout : undefined);
  const fromHere = useCallback(
    (from: Start) => work.fromHere(request, folder, from, FROM_HERE_LIMIT),
    [work, request, folder],
  );
  const reader = useRef<HTMLDivElement>(null);
  const player = useRef<HTMLDivElement>(null);
  const scene = scenario.scenes.find((s) => s.id === selected) ?? scenario.scenes[0];
  const select = useCallback(
    (id: string) => {
      onScene(id);
      requestAnimationFrame(() => reader.current?.querySelector<HTMLElement>('h3')?.focus());
    },
    [onScene],
  );
  const play = (id: string) => {
    setStart({ scene: id, context: initialContext(scenario), n: (start?.n ?? 0) + 1 });
    requestAnimationFrame(() => player.current?.querySelector<HTMLElement>('h4')?.focus());
  };
  return (
    <div className="workbench">
      {analysis && <PathStats scenario={scenario} analysis={analysis} />}
      <ScenarioMap
        scenario={scenario}
        map={layout.answer}
        busy={layout.busy}
        selected={selected}
        onSelect={select}
      />
      <div ref={reader} className="reader-slot">
        <ScenePicker scenario={scenario} marks={marks} selected={selected} onSelect={select} />
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
        {start && (
          <PlayFromScene
            key={start.n}
            scenario={scenario}
            start={start}
            usage={figures}
            fromHere={fromHere}
          />
        )}
      </div>
    </div>
  );
}
