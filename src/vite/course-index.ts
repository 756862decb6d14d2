/**
 * Build-time: from the checked course to what the app ships — the index (cards and
 * diagnostics) in the first bundle, each compiled scenario as its own lazily loaded
 * module, so the library opens without the weight of every scenario.
 */
import { checkCourse } from '../check/check-course';
import { loadCourse } from '../disk/load';
import type { CompiledScenario, CourseIndex, Focus, Taxonomy } from '../contract';
import { analyse } from '../engine';
import { scenarioFocus } from '../debrief';

export interface BuiltCourse {
  index: CourseIndex;
  scenarios: Map<string, CompiledScenario>;
  /** Text of every file read, for showing diagnostics with their source line. */
  sources: Map<string, string>;
}

function focusOf(scenario: CompiledScenario, taxonomy: Taxonomy | undefined): Focus {
  return scenarioFocus(scenario, taxonomy);
}

export function buildCourse(dir: string, root: string): BuiltCourse {
  const input = loadCourse(dir, root);
  const sources = new Map<string, string>();
  for (const file of [
    input.taxonomy,
    ...input.scenarios.flatMap((s) => [s.scenarioMd, s.machineJson]),
  ]) {
    if (file) sources.set(file.path, file.text);
  }
  const result = checkCourse(input);
  const scenarios = new Map<string, CompiledScenario>();
  const index: CourseIndex = {
    diagnostics: result.diagnostics,
    scenarios: result.scenarios.map(({ folder, scenario, diagnostics }) => {
      if (!scenario) return { folder, diagnostics };
      scenarios.set(scenario.id, scenario);
      const analysis = analyse(scenario);
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
  return { index, scenarios, sources };
}
