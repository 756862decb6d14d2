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
 * none of which runs on a learner chunk. A translation's chunk (issue 18) is stripped the
 * same way: `translateScenario` overlays its blocks, and the learner never reads its Markdown.
 */
import type {
  Choice,
  CompiledScenario,
  Prose,
  Scene,
  ScenarioTranslation,
  TranslatedProse,
} from '../contract';

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

/** Translated prose as the learner renders it: its blocks alone. */
function translatedBlocks(prose: TranslatedProse | undefined): TranslatedProse | undefined {
  return prose && ({ blocks: prose.blocks } as TranslatedProse);
}

/** A copy of a translation for the learner build, without the translator's Markdown (as above). */
export function translationForLearners(t: ScenarioTranslation): ScenarioTranslation {
  const copy: ScenarioTranslation = {
    ...t,
    scenes: t.scenes.map((scene) => {
      const { prose, ...rest } = scene;
      const blocks = translatedBlocks(prose);
      return {
        ...rest,
        ...(blocks ? { prose: blocks } : {}),
        choices: scene.choices.map((choice) => {
          const { coaching, ...words } = choice;
          const kept = translatedBlocks(coaching);
          return kept ? { ...words, coaching: kept } : words;
        }),
      };
    }),
  };
  const briefing = translatedBlocks(t.briefing);
  if (briefing) copy.briefing = briefing;
  return copy;
}
