/**
 * The quality gate of `check --strict`: what a scenario needs before learners meet it,
 * beyond being correct. Runs long enough to mean something (longest at least 6
 * decisions, shortest complete run at least 4), at least three reachable endings that
 * differ in outcome (strong, mixed and weak), and choices that show both domains
 * (management and leadership) and both polarities (effective and counterproductive).
 * Every choice tagged and coached is already a warning (CB505, CB410). And the best
 * answer must not be guessable by its length: of five or more decisions with one best
 * option, at most 40% may have it as the longest label (CB807).
 * Used by check-course.ts when asked for `strict` (`check --strict`, author mode).
 */
import { diagnostic } from '../contract/catalogue';
import type { CompiledScenario, Diagnostic, Taxonomy } from '../contract';
import type { Analysis } from '../engine';
import { bestOptionDecisions } from './best-option';

const QUALITY = { longest: 6, shortest: 4, endings: 3 } as const;

/** CB807 speaks from this many decisions with one best option, and allows this share of them to be the longest label. */
const BEST_IS_LONGEST = { decisions: 5, share: 0.4 } as const;

export function qualityDiagnostics(
  scenario: CompiledScenario,
  analysis: Analysis,
  taxonomy: Taxonomy | undefined,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const first = scenario.scenes.find((s) => s.id === scenario.initial) ?? scenario.scenes[0];
  if (!first) return out;
  const at = first.source;
  const longest = analysis.longest;
  if (typeof longest === 'number' && longest < QUALITY.longest) {
    out.push(
      diagnostic(
        'CB801',
        at.file,
        at.range,
        `The longest run has ${longest} decision${longest === 1 ? '' : 's'}; a scenario needs at least ${QUALITY.longest} on its longest run to give consequences room to carry forward. Add scenes or a longer branch.`,
      ),
    );
  }
  if (analysis.shortest !== undefined && analysis.shortest < QUALITY.shortest) {
    out.push(
      diagnostic(
        'CB802',
        at.file,
        at.range,
        `A run can finish after ${analysis.shortest} decision${analysis.shortest === 1 ? '' : 's'}; every complete run should take at least ${QUALITY.shortest}, so even a hasty learner meets the scenario's real trade-offs. Lengthen the shortest route (npm run scenario -- stats shows it).`,
      ),
    );
  }
  const endings = analysis.endings;
  const firstEnding = scenario.scenes.find((s) => s.kind === 'ending') ?? first;
  if (endings.length < QUALITY.endings) {
    out.push(
      diagnostic(
        'CB803',
        firstEnding.source.file,
        firstEnding.source.range,
        `Runs reach ${endings.length} ending${endings.length === 1 ? '' : 's'} (${endings.map((e) => e.id).join(', ') || 'none'}); a scenario needs at least ${QUALITY.endings}, so different choices visibly lead to different places.`,
      ),
    );
  }
  const outcomes = new Set(endings.map((e) => e.outcome));
  const missing = (['strong', 'mixed', 'weak'] as const).filter((o) => !outcomes.has(o));
  if (endings.length > 0 && missing.length > 0) {
    out.push(
      diagnostic(
        'CB804',
        firstEnding.source.file,
        firstEnding.source.range,
        `No reachable ending has a ${missing.map((m) => `"${m}"`).join(' or ')} outcome; give the endings strong, mixed and weak outcomes so the debrief can tell a good run from a poor one.`,
      ),
    );
  }
  const index = new Map(taxonomy?.behaviours.map((b) => [b.id, b]));
  const tagged = scenario.scenes
    .flatMap((s) => s.choices.flatMap((c) => c.behaviours.map((id) => index.get(id))))
    .filter((b) => b !== undefined);
  const firstChoice = scenario.scenes.flatMap((s) => s.choices)[0];
  const where = firstChoice?.source ?? at;
  const domains = new Set(tagged.map((b) => b.domain));
  if (tagged.length > 0 && domains.size < 2) {
    const only = [...domains][0];
    out.push(
      diagnostic(
        'CB805',
        where.file,
        where.range,
        `Every tagged choice is ${only}; a scenario should let the learner show both management (execution) and leadership (direction), so the debrief can show the balance. Tag some choices with ${only === 'management' ? 'leadership' : 'management'} behaviours.`,
      ),
    );
  }
  const polarities = new Set(tagged.map((b) => b.polarity));
  if (tagged.length > 0 && polarities.size < 2) {
    const only = [...polarities][0];
    out.push(
      diagnostic(
        'CB806',
        where.file,
        where.range,
        `Every tagged choice is ${only}; a scenario needs both effective and counterproductive options, or there is nothing to learn from the choice. Make some options tempting but counterproductive (or the reverse).`,
      ),
    );
  }
  out.push(...bestIsLongest(scenario, taxonomy));
  return out;
}

/** CB807, at the first decision whose best option is also its longest label. */
function bestIsLongest(scenario: CompiledScenario, taxonomy: Taxonomy | undefined): Diagnostic[] {
  const decisions = bestOptionDecisions(scenario, taxonomy);
  const longest = decisions.filter((d) => d.longest);
  const allowed = Math.floor(decisions.length * BEST_IS_LONGEST.share);
  const [first] = longest;
  if (decisions.length < BEST_IS_LONGEST.decisions || longest.length <= allowed || !first)
    return [];
  const choice = scenario.scenes
    .find((s) => s.id === first.scene)
    ?.choices.find((c) => c.event === first.best);
  if (!choice) return [];
  // Name a few, not hundreds: the author needs where to start, and a generated course can be huge.
  const named = longest.slice(0, 5).map((d) => `"${d.scene}"`);
  const more = longest.length - named.length;
  const scenes = more > 0 ? `${named.join(', ')} and ${more} more` : named.join(', ');
  return [
    diagnostic(
      'CB807',
      choice.heading.file,
      choice.heading.range,
      `In ${longest.length} of the ${decisions.length} decisions with one best option (${scenes}), the best option also has the longest label, so a learner can find it by its length instead of by judgement. Shorten those labels or make the other options as full and as plausible, until the best option is the longest in at most ${allowed} of them.`,
    ),
  ];
}
