/**
 * What a learner's scenario chunk carries: the compiled scenario without what only
 * author mode reads — each prose block's Markdown and where it starts, and where the
 * `##` and `###` headings are in scenario.md. The learner renders `blocks` and labels,
 * never the Markdown they came from, and author mode compiles the author's own files
 * (and the dev server keeps the full scenario), so the learner's download is about a
 * third smaller (a 1,000-scene scenario's chunk by half: docs/performance.md).
 *
 * The copy keeps the `CompiledScenario` type: the fields it drops are read only by the
 * analysis, `check` and author mode (src/engine/analysis, src/check, src/ui/author),
 * none of which runs on a learner chunk.
 */
import type { Choice, CompiledScenario, Prose, Scene } from '../contract';

/** A prose block as the learner renders it: its blocks alone. */
function blocksOnly(prose: Prose): Prose {
  return { blocks: prose.blocks } as Prose;
}

function learnerChoice(choice: Choice): Choice {
  const copy: Partial<Choice> = { ...choice, coaching: blocksOnly(choice.coaching) };
  delete copy.heading;
  return copy as Choice;
}

function learnerScene(scene: Scene): Scene {
  const copy: Scene = {
    ...scene,
    prose: blocksOnly(scene.prose),
    choices: scene.choices.map(learnerChoice),
  };
  delete copy.heading;
  return copy;
}

/** A copy of `scenario` for the learner build, without Markdown source or scenario.md heading positions. */
export function forLearners(scenario: CompiledScenario): CompiledScenario {
  return {
    ...scenario,
    briefing: blocksOnly(scenario.briefing),
    scenes: scenario.scenes.map(learnerScene),
  };
}
