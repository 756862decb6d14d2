/**
 * Issue 18: a scenario and a taxonomy in another language, for the app. The translation
 * overlays words only: every id, event, transition, guard, condition and the
 * `contentHash` stay the source's, so a run's event log replays the same in every
 * language and a run saved in one shows its debrief in another. A part the translation
 * lacks keeps the source's words. Here, not in the compiler, so the learner's app can use
 * it without loading the compiler (src/ui may import src/engine).
 */
import type {
  Choice,
  CompiledScenario,
  Prose,
  Scene,
  ScenarioTranslation,
  Taxonomy,
  TaxonomyTranslation,
  TranslatedProse,
} from '../contract';

export function translateScenario(
  compiled: CompiledScenario,
  t: ScenarioTranslation,
): CompiledScenario {
  const scenes = new Map(t.scenes.map((s) => [s.id, s]));
  const metrics = new Map(t.metrics.map((m) => [m.id, m.label]));
  const cast = new Map(t.characters.map((c) => [c.id, c]));
  const out: CompiledScenario = {
    ...compiled,
    title: t.title ?? compiled.title,
    summary: t.summary ?? compiled.summary,
    briefing: overlay(compiled.briefing, t.briefing),
    metrics: compiled.metrics.map((m) => ({ ...m, label: metrics.get(m.id) ?? m.label })),
    scenes: compiled.scenes.map((scene): Scene => {
      const words = scenes.get(scene.id);
      if (!words) return scene;
      const choices = new Map(words.choices.map((c) => [c.event, c]));
      return {
        ...scene,
        ...(words.title !== undefined ? { title: words.title } : {}),
        prose: overlay(scene.prose, words.prose),
        choices: scene.choices.map((choice): Choice => {
          const c = choices.get(choice.event);
          if (!c) return choice;
          return {
            ...choice,
            label: c.label,
            labelInline: c.labelInline,
            coaching: overlay(choice.coaching, c.coaching),
          };
        }),
      };
    }),
    lang: t.lang,
  };
  if (compiled.characters)
    out.characters = compiled.characters.map((c) => {
      const words = cast.get(c.id);
      return {
        ...c,
        name: words?.name ?? c.name,
        ...(words?.role !== undefined ? { role: words.role } : {}),
      };
    });
  return out;
}

function overlay(prose: Prose, words: TranslatedProse | undefined): Prose {
  return words ? { ...prose, markdown: words.markdown, blocks: words.blocks } : prose;
}

/** The taxonomy with labels and descriptions in another language; ids, domains and patterns unchanged. */
export function translateTaxonomy(taxonomy: Taxonomy, t: TaxonomyTranslation): Taxonomy {
  const words = new Map(t.behaviours.map((b) => [b.id, b]));
  return {
    behaviours: taxonomy.behaviours.map((b) => {
      const w = words.get(b.id);
      return {
        ...b,
        label: w?.label ?? b.label,
        description: w?.description ?? b.description,
      };
    }),
  };
}
