// The "Go to scene" list: every scene of the scenario, with what the analysis found
// on it, as one native select (a real control for keyboards and screen readers). A
// thousand options are a long task to render and lay out at once, so the list is
// filled a slice per task, the scene shown always among the first, and it has a
// fixed width, so no layout has to measure every option to size it.
import { useMemo } from 'react';
import type { CompiledScenario } from '../../contract';
import type { SceneMark } from './map-model';
import { markLabel } from './author-words';
import { useT } from '../i18n/use-t';
import '../../i18n/areas/author';
import { chunks, useProgressive } from './MapParts';

/** Options added per task: a few milliseconds of rendering each. */
const OPTIONS_PER_TASK = 150;

function optionLabel(scene: CompiledScenario['scenes'][number], marks: SceneMark[]): string {
  const title = scene.title ? `: ${scene.title}` : '';
  const found = marks.length > 0 ? ` (⚠ ${marks.map(markLabel).join(', ')})` : '';
  return `${scene.id}${title}${found}`;
}

export function ScenePicker({
  scenario,
  marks,
  selected,
  onSelect,
}: {
  scenario: CompiledScenario;
  marks: Map<string, SceneMark[]>;
  selected: string;
  onSelect: (scene: string) => void;
}) {
  const t = useT();
  const slices = useMemo(() => chunks(scenario.scenes, OPTIONS_PER_TASK), [scenario]);
  const shown = useProgressive(slices.length);
  const options = slices.slice(0, shown).flat();
  const chosen = scenario.scenes.find((s) => s.id === selected);
  // Until the list is full, the scene shown is listed first if its slice is not in yet.
  if (chosen && !options.includes(chosen)) options.unshift(chosen);
  return (
    <p className="scene-picker">
      <label htmlFor="scene-picker">{t('author.picker.label')}</label>{' '}
      <select id="scene-picker" value={selected} onChange={(e) => onSelect(e.target.value)}>
        {options.map((s) => (
          <option key={s.id} value={s.id}>
            {optionLabel(s, marks.get(s.id) ?? [])}
          </option>
        ))}
      </select>
    </p>
  );
}
