/**
 * Build-time: from the checked course to what the app ships — the index (cards and
 * diagnostics) in the first bundle, each compiled scenario as its own lazily loaded
 * module, so the library opens without the weight of every scenario. Each card's
 * figures come from the analysis the check already made: a scenario is analysed once.
 * Each translation (issue 18) is its own module too, and the card carries its words.
 * Used by casebook-plugin.ts.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkCourseInDetail, sourcesOf } from '../check';
import type {
  CompiledScenario,
  CourseIndex,
  Focus,
  ScenarioTranslation,
  Taxonomy,
  TaxonomyTranslation,
} from '../contract';
import { loadCourse } from '../disk/load';
import { scenarioFocus } from '../debrief';

export interface BuiltCourse {
  index: CourseIndex;
  scenarios: Map<string, CompiledScenario>;
  /** Issue 18: each playable scenario's translations that compiled, by scenario id. */
  translations: Map<string, ScenarioTranslation[]>;
  /** The taxonomy's translations that compiled (`behaviours.<lang>.json`). */
  taxonomyTranslations: TaxonomyTranslation[];
  /** Each scenario's folder on disk (where its `assets/` are). */
  folders: Map<string, string>;
  /** Text of every file read, for showing diagnostics with their source line. */
  sources: Map<string, string>;
}

function focusOf(scenario: CompiledScenario, taxonomy: Taxonomy | undefined): Focus {
  return scenarioFocus(scenario, taxonomy);
}

export function buildCourse(dir: string, root: string): BuiltCourse {
  const input = loadCourse(dir, root);
  const sources = sourcesOf(input);
  const result = checkCourseInDetail(input);
  const scenarios = new Map<string, CompiledScenario>();
  const folders = new Map<string, string>();
  const translations = new Map<string, ScenarioTranslation[]>();
  const course = resolve(root, dir);
  const index: CourseIndex = {
    diagnostics: result.diagnostics,
    scenarios: result.scenarios.map((entry) => {
      const { folder, scenario, analysis, diagnostics } = entry;
      if (!scenario || !analysis) return { folder, diagnostics };
      scenarios.set(scenario.id, scenario);
      const translated = entry.translations ?? [];
      if (translated.length > 0) translations.set(scenario.id, translated);
      const inside = join(course, folder);
      folders.set(scenario.id, existsSync(inside) ? inside : course);
      const longest = typeof analysis.longest === 'number' ? analysis.longest : null;
      return {
        folder,
        diagnostics,
        card: {
          id: scenario.id,
          title: scenario.title,
          summary: scenario.summary,
          audience: scenario.audience,
          minutes: scenario.minutes,
          focus: focusOf(scenario, result.taxonomy),
          decisions: { shortest: analysis.shortest ?? 0, longest },
          ...(translated.length > 0
            ? {
                translations: translated.map((t) => ({
                  lang: t.lang,
                  title: t.title ?? scenario.title,
                  summary: t.summary ?? scenario.summary,
                })),
              }
            : {}),
        },
      };
    }),
  };
  if (result.taxonomy) index.taxonomy = result.taxonomy;
  const taxonomyTranslations = result.taxonomy ? (result.taxonomyTranslations ?? []) : [];
  if (taxonomyTranslations.length > 0)
    index.taxonomyLanguages = taxonomyTranslations.map((t) => t.lang);
  return { index, scenarios, translations, taxonomyTranslations, folders, sources };
}
