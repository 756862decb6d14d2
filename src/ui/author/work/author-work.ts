/**
 * Author mode's heavy work as plain functions: the strict check of picked files, the
 * dagre layout of a scenario's map, and the analysis from a scene. The worker exposes
 * these; where there is no `Worker` (unit tests in jsdom) the page calls them itself,
 * through the same async interface. The last few checks' compiled scenarios and
 * analyses stay here, so the page asks for a layout or a from-here analysis by check
 * and folder instead of sending a large scenario back.
 */
import { checkCourseInDetail, type ScenarioCheck } from '../../../check';
import { analyse, usage, type Analysis } from '../../../engine';
import { courseFromFiles } from '../../authoring';
import { layoutMap, sceneMarks } from '../map-model';
import type { Taxonomy } from '../../../contract';
import type { AnalysisSummary, AuthorCheck, AuthorWork, CheckedScenario } from './protocol';

/** Checks kept for later layouts and from-here analyses: the newest and the one still shown. */
const KEPT = 2;

interface Kept {
  scenarios: Map<string, ScenarioCheck>;
  taxonomy?: Taxonomy;
}

export function summarise(analysis: Analysis): AnalysisSummary {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { graph, arrivals, ...summary } = analysis;
  return summary;
}

function shown(s: ScenarioCheck): CheckedScenario {
  return {
    folder: s.folder,
    playable: Boolean(s.scenario),
    ...(s.compiled ? { compiled: s.compiled } : {}),
    ...(s.analysis ? { analysis: summarise(s.analysis), usage: usage(s.analysis) } : {}),
    marks: sceneMarks(s.analysis),
    diagnostics: s.diagnostics,
  };
}

export function createAuthorWork(where: 'worker' | 'page'): AuthorWork {
  const kept = new Map<number, Kept>();
  return {
    async check(request, files, fallback) {
      const input = courseFromFiles(files);
      if (!input.taxonomy && fallback)
        input.taxonomy = { path: "behaviours.json (this app's course)", text: fallback };
      const result = checkCourseInDetail(input, { strict: true });
      kept.set(request, {
        scenarios: new Map(result.scenarios.map((s) => [s.folder, s])),
        ...(result.taxonomy ? { taxonomy: result.taxonomy } : {}),
      });
      for (const old of kept.keys()) if (kept.size > KEPT) kept.delete(old);
      const answer: AuthorCheck = {
        request,
        diagnostics: result.diagnostics,
        scenarios: result.scenarios.map(shown),
      };
      if (result.taxonomy) answer.taxonomy = result.taxonomy;
      return answer;
    },
    async layout(request, folder) {
      const check = kept.get(request);
      const s = check?.scenarios.get(folder);
      return s?.compiled ? layoutMap(s.compiled, s.analysis, check?.taxonomy) : undefined;
    },
    async fromHere(request, folder, start, limit) {
      const compiled = kept.get(request)?.scenarios.get(folder)?.compiled;
      return compiled ? summarise(analyse(compiled, limit, start)) : undefined;
    },
    async where() {
      return where;
    },
  };
}
