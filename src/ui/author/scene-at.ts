/**
 * Which scene a diagnostic is about, from where it points: the last scene whose state
 * (in machine.json) or section (in scenario.md) starts before the diagnostic. Author
 * mode uses it to take the author from a message to the scene on the map.
 */
import type { CompiledScenario, Diagnostic } from '../../contract';

export function sceneAt(scenario: CompiledScenario, d: Diagnostic): string | undefined {
  let found: { id: string; offset: number } | undefined;
  for (const scene of scenario.scenes) {
    for (const ref of [scene.source, scene.heading]) {
      if (!ref || ref.file !== d.file) continue;
      const offset = ref.range.start.offset;
      if (offset <= d.range.start.offset && (!found || offset > found.offset))
        found = { id: scene.id, offset };
    }
  }
  return found?.id;
}
