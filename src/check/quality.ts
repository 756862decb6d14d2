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
import type { CompiledScenario, Diagnostic, Taxonomy, WordingValue } from '../contract';
import { phrase, words } from '../i18n/diagnostic-words';
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
        words('diagnostics.CB801.tooShort', {
          count: longest,
          n: String(longest),
          least: String(QUALITY.longest),
        }),
      ),
    );
  }
  if (analysis.shortest !== undefined && analysis.shortest < QUALITY.shortest) {
    out.push(
      diagnostic(
        'CB802',
        at.file,
        at.range,
        words('diagnostics.CB802.tooQuick', {
          count: analysis.shortest,
          n: String(analysis.shortest),
          least: String(QUALITY.shortest),
        }),
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
        words('diagnostics.CB803.fewEndings', {
          count: endings.length,
          n: String(endings.length),
          endings: endings.map((e) => e.id).join(', ') || phrase('diagnostics.CB803.none'),
          least: String(QUALITY.endings),
        }),
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
        words('diagnostics.CB804.noOutcome', {
          outcomes: either(missing.map((m) => `"${m}"`)),
        }),
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
        words('diagnostics.CB805.oneDomain', { domain: only ?? '' }),
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
        words('diagnostics.CB806.onePolarity', { polarity: only ?? '' }),
      ),
    );
  }
  out.push(...bestIsLongest(scenario, taxonomy));
  return out;
}

/** `"a" or "b" or "c"`: each joined to the rest by "or". */
function either(parts: readonly string[]): WordingValue {
  const [first, ...rest] = parts;
  if (first === undefined) return '';
  return rest.length === 0 ? first : phrase('diagnostics.join.or', { first, rest: either(rest) });
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
  const scenes =
    more > 0
      ? phrase('diagnostics.CB807.andMore', { names: named.join(', '), more: String(more) })
      : named.join(', ');
  return [
    diagnostic(
      'CB807',
      choice.heading.file,
      choice.heading.range,
      words('diagnostics.CB807.bestIsLongest', {
        longest: String(longest.length),
        decisions: String(decisions.length),
        scenes,
        allowed: String(allowed),
      }),
    ),
  ];
}
