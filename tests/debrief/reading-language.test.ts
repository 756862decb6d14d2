// Issue 18 item 3: a whole debrief reads in one language. The bundled missed-deadline runs
// (every playthrough script of it), debriefed with German active and the scenario and
// taxonomy in German, share no generated sentence with the English debrief of the same
// runs: not the reading, its rule, evidence and risk, the path's reasons and focus, the
// profile's reading and suggestions, the reflection prompts, the problems or the Markdown
// report. Switching back to English gives the English words again, unchanged.
import { readdirSync, readFileSync } from 'node:fs';
import type { Messages } from '@lingui/core';
import { afterEach, describe, expect, it } from 'vitest';
import type { CompiledScenario, Taxonomy } from '../../src/contract';
import {
  capabilityMap,
  debrief,
  debriefMarkdown,
  PLAN_QUESTIONS,
  problemText,
  promptsFor,
  type Debrief,
} from '../../src/debrief';
import type { DebriefProblem } from '../../src/debrief/problems';
import { createPlayer, traceRun, translateScenario, translateTaxonomy } from '../../src/engine';
import { activate } from '../../src/i18n';
import { en } from '../../src/i18n/catalogs/en';
import { switchLanguage } from '../../src/ui/i18n/load-language';
import { buildCourse } from '../../src/vite/course-index';
import { ROOT, rootPath } from '../support/paths';

const ID = 'missed-deadline';
const course = buildCourse('scenarios', ROOT);
const source = course.scenarios.get(ID);
const taxonomy = course.index.taxonomy;
const scenarioDe = course.translations.get(ID)?.find((t) => t.lang === 'de');
const taxonomyDe = course.taxonomyTranslations.find((t) => t.lang === 'de');
if (!source || !taxonomy || !scenarioDe || !taxonomyDe)
  throw new Error('missed-deadline, the taxonomy and their German translations must compile');
const cards = course.index.scenarios.flatMap((s) => (s.card ? [s.card] : []));

const dir = rootPath('tests/fixtures/playthroughs');
const runs = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map(
    (f) =>
      JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')) as {
        scenario: string;
        steps: { choose?: string; refused?: boolean }[];
      },
  )
  .filter((s) => s.scenario === `scenarios/${ID}`)
  .map((s) => s.steps.flatMap((step) => (step.choose && !step.refused ? [step.choose] : [])));

/** Every answer id the reflection may hold: the run's own prompts' and the earlier fixed ones. */
const ANSWERS = { 'went-well': 'x', 'do-differently': 'x', 'at-work': 'x', 'gone-now': 'x' };

const PROBLEMS: DebriefProblem[] = [
  { code: 'unknown-behaviour', decision: 0, choice: 'Q', behaviour: 'gone' },
  { code: 'untagged-choice', decision: 1, choice: 'Q' },
  { code: 'scenario-changed', decision: 2, event: 'GONE' },
];

/** The debriefs of every run, and the sentences the debrief wrote for them, in the active language. */
function sentences(scenario: CompiledScenario, tax: Taxonomy) {
  const profile = { stage: 'new-manager', demands: 'direction' } as const;
  const debriefs: Debrief[] = runs.map((events) =>
    debrief(scenario, traceRun(createPlayer(scenario), events), tax, profile),
  );
  const out: string[] = [];
  for (const d of debriefs) {
    const { diagnosis, recommendation } = d;
    out.push(diagnosis.title, diagnosis.summary, diagnosis.risk ?? '');
    out.push(...(diagnosis.evidence ?? []).map((e) => e.text), diagnosis.basis?.rule ?? '');
    out.push(recommendation.title, ...recommendation.reasons, ...recommendation.focus);
    out.push(...promptsFor(d, ANSWERS).map((p) => p.question));
    const report = debriefMarkdown(d, {
      answers: Object.fromEntries(promptsFor(d, ANSWERS).map((p) => [p.id, '…'])),
      plan: { what: '…', who: '…', when: '…', due: '2026-12-01' },
    });
    // The report's own words: every line that is not the scenario's or a number.
    out.push(...report.split('\n'));
  }
  const ended = debriefs.map((d, i) => ({
    debrief: d,
    scenarioId: ID,
    endedAt: `2026-12-0${String(i + 1)}T10:00:00Z`,
  }));
  for (const stage of ['new-manager', 'experienced-manager', 'senior-leader'] as const) {
    const map = capabilityMap(ended, cards, { stage, demands: 'both' });
    out.push(map.reading?.title ?? '', map.reading?.summary ?? '');
    out.push(...map.recommendation.reasons, ...map.recommendation.focus);
    out.push(...map.suggestions.map((s) => s.why));
    const none = capabilityMap([], cards, { stage });
    out.push(...none.recommendation.reasons, ...none.recommendation.focus);
  }
  out.push(...capabilityMap([], cards, {}).recommendation.reasons);
  out.push(...PROBLEMS.map(problemText));
  out.push(PLAN_QUESTIONS.what, PLAN_QUESTIONS.who, PLAN_QUESTIONS.when, PLAN_QUESTIONS.due);
  // A line of only numbers, marks or Markdown (a table rule, "1 → 2") is no sentence.
  return { debriefs, words: out.filter((s) => /\p{L}{3}/u.test(s)) };
}

afterEach(() => activate('en', en as unknown as Messages));

describe('a whole debrief in the learner’s language', () => {
  it('has runs of a bundled scenario to read', () => {
    expect(runs.length).toBeGreaterThan(3);
  });

  it('writes no English sentence once German is active', async () => {
    const english = sentences(source, taxonomy);
    await switchLanguage('de');
    const german = sentences(
      translateScenario(source, scenarioDe),
      translateTaxonomy(taxonomy, taxonomyDe),
    );
    const inEnglish = new Set(english.words);
    expect(german.words.filter((s) => inEnglish.has(s))).toEqual([]);
    // Not even an English phrase inside a German sentence (the scenario's names aside).
    const englishWords = /\b(the|and|your|you|decisions?|which|with|run|ending)\b/i;
    expect(german.words.filter((s) => englishWords.test(s))).toEqual([]);
    // A German label keeps its first letter's case rule: a verb is lower-cased in a list, umlaut or not.
    expect(german.words.some((s) => s.includes(': beginnt mit einer offenen Frage, hört zu'))).toBe(
      true,
    );
    // The structure does not depend on the language.
    expect(german.debriefs.map((d) => d.diagnosis.kind)).toEqual(
      english.debriefs.map((d) => d.diagnosis.kind),
    );
  });

  it('gives the English words again after switching back', async () => {
    const before = sentences(source, taxonomy);
    await switchLanguage('de');
    sentences(source, taxonomy);
    await switchLanguage('en');
    const after = sentences(source, taxonomy);
    expect(after.words).toEqual(before.words);
    expect(after.debriefs).toEqual(before.debriefs);
  });
});
