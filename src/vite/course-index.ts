/**
 * Build-time: from the checked course to what the app ships — the index (cards and
 * diagnostics) in the first bundle, each compiled scenario as its own lazily loaded
 * module, so the library opens without the weight of every scenario. Each card's
 * figures come from the analysis the check already made: a scenario is analysed once.
 * Used by casebook-plugin.ts.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkCourseInDetail, sourcesOf } from '../check';
import type { CompiledScenario, CourseIndex, Focus, Taxonomy } from '../contract';
import { loadCourse } from '../disk/load';
import { scenarioFocus } from '../debrief';

export interface BuiltCourse {
  index: CourseIndex;
  scenarios: Map<string, CompiledScenario>;
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
  const course = resolve(root, dir);
  const index: CourseIndex = {
    diagnostics: result.diagnostics,
    scenarios: result.scenarios.map(({ folder, scenario, analysis, diagnostics }) => {
      if (!scenario || !analysis) return { folder, diagnostics };
      scenarios.set(scenario.id, scenario);
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
        },
      };
    }),
  };
  if (result.taxonomy) index.taxonomy = result.taxonomy;
  return { index, scenarios, folders, sources };
}
