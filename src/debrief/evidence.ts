/**
 * The evidence behind a reading, in the scenario's own words: which decisions carried the
 * side that worked, which ones the gap showed at, the choices that were trade-offs, and
 * what the ending turned on. Each line names its decisions by number (from 1) with the
 * scene titles, the taxonomy's behaviour labels, the choice labels and the metric labels,
 * so two runs of different scenarios never read alike.
 */
import type { Domain, Inline } from '../contract';
import { movement } from './deciding';
import type { DebriefDecision, DiagnosisBasis, DiagnosisKind, Evidence } from './types';
import { weightIn } from './weigh';
import { sideWords } from './words';
import { listed, numbered } from './listing';
import { t } from '../i18n';
import '../i18n/areas/reading';

/** A line names at most this many decisions, and this many behaviours. */
const MAX_DECISIONS = 4;
const MAX_LABELS = 3;
const MAX_TRADE_OFFS = 2;
/** A quoted choice label is cut at a word boundary past this many characters. */
const MAX_QUOTE = 60;

const STRENGTHS: Record<DiagnosisKind, Domain[]> = {
  balanced: ['management', 'leadership'],
  'execution-without-direction': ['management'],
  'direction-without-execution': ['leadership'],
  'foundations-first': [],
};
const GAPS: Record<DiagnosisKind, Domain[]> = {
  balanced: [],
  'execution-without-direction': ['leadership'],
  'direction-without-execution': ['management'],
  'foundations-first': ['management', 'leadership'],
};

export function plainText(inlines: readonly Inline[]): string {
  return inlines
    .map((i) => (i.t === 'text' || i.t === 'code' ? i.v : i.t === 'br' ? ' ' : plainText(i.c)))
    .join('');
}

/** A choice label, quoted, cut at a word boundary when long. */
function quoted(d: DebriefDecision): string {
  // Format v1.1 (views15): the timer's road is named as what happened, not as a quoted option.
  if (d.timeUp) return t('reading.evidence.timeUp');
  const text = plainText(d.label).trim();
  if (text.length <= MAX_QUOTE) return t('reading.evidence.quote', { text });
  const cut = text.slice(0, MAX_QUOTE + 1).replace(/\s+\S*$/, '');
  return t('reading.evidence.quoteCut', { text: cut.replace(/[\s,;:.]+$/, '') });
}

const lowerFirst = (s: string) =>
  /^\p{Lu}\p{Ll}/u.test(s) ? (s[0]?.toLowerCase() ?? '') + s.slice(1) : s;
const unique = (items: string[]) => [...new Set(items)];

/** Decisions showing `polarity` in `domain`: the decisive ones first, then in run order, capped. */
function showing(
  decisions: readonly DebriefDecision[],
  domain: Domain,
  polarity: 'effective' | 'counterproductive',
  decisive: readonly number[],
): DebriefDecision[] {
  const matching = decisions.filter((d) => weightIn(d.behaviours, domain)[polarity] > 0);
  const first = [
    ...matching.filter((d) => decisive.includes(d.index)),
    ...matching.filter((d) => !decisive.includes(d.index)),
  ];
  return first.slice(0, MAX_DECISIONS).sort((a, b) => a.index - b.index);
}

function labels(
  decisions: readonly DebriefDecision[],
  domain: Domain,
  polarity: 'effective' | 'counterproductive',
): string {
  const all = decisions.flatMap((d) =>
    d.behaviours.filter((b) => b.domain === domain && b.polarity === polarity).map((b) => b.label),
  );
  return listed(unique(all).slice(0, MAX_LABELS).map(lowerFirst));
}

function strength(
  decisions: readonly DebriefDecision[],
  domain: Domain,
  decisive: readonly number[],
): Evidence {
  const shown = showing(decisions, domain, 'effective', decisive);
  const text =
    shown.length === 0
      ? t('reading.evidence.strength.none', { name: sideWords(domain).name })
      : t('reading.evidence.strength', {
          decisions: numbered(
            shown.map((d) => d.index),
            true,
          ),
          side: domain,
          labels: labels(shown, domain, 'effective'),
        });
  return { kind: 'strength', side: domain, decisions: shown.map((d) => d.index), text };
}

function gap(
  decisions: readonly DebriefDecision[],
  domain: Domain,
  decisive: readonly number[],
): Evidence {
  const { name } = sideWords(domain);
  const slips = showing(decisions, domain, 'counterproductive', decisive);
  if (slips.length > 0)
    return {
      kind: 'gap',
      side: domain,
      decisions: slips.map((d) => d.index),
      text: t('reading.evidence.gap.slips', {
        decisions: numbered(slips.map((d) => d.index)),
        side: domain,
        labels: labels(slips, domain, 'counterproductive'),
      }),
    };
  const shown = showing(decisions, domain, 'effective', decisive);
  const other = decisions.filter(
    (d) => weightIn(d.behaviours, domain === 'management' ? 'leadership' : 'management').effective,
  ).length;
  const text =
    shown.length === 0
      ? t('reading.evidence.gap.none', { count: String(decisions.length), name })
      : t('reading.evidence.gap.only', {
          decisions: numbered(shown.map((d) => d.index)),
          labels: labels(shown, domain, 'effective'),
          name,
          other,
        });
  return { kind: 'gap', side: domain, decisions: shown.map((d) => d.index), text };
}

function tradeOff(d: DebriefDecision): Evidence {
  const helped = d.behaviours.filter((b) => b.polarity === 'effective');
  const cost = d.behaviours.filter((b) => b.polarity === 'counterproductive');
  const domains = new Set(d.behaviours.map((b) => b.domain));
  return {
    kind: 'trade-off',
    side: domains.size === 1 ? (d.behaviours[0]?.domain ?? 'both') : 'both',
    decisions: [d.index],
    text: t('reading.evidence.tradeOff', {
      decision: numbered([d.index], true),
      choice: quoted(d),
      helped: listed(unique(helped.map((b) => lowerFirst(b.label)))),
      cost: listed(unique(cost.map((b) => lowerFirst(b.label)))),
    }),
  };
}

function signed(n: number): string {
  return n < 0 ? `−${-n}` : `+${n}`;
}

function ending(decisions: readonly DebriefDecision[], basis: DiagnosisBasis): Evidence[] {
  if (!basis.ending) return [];
  const on = listed(basis.metrics.map((m) => m.label));
  const decisive = decisions.filter((d) => basis.decisive.includes(d.index));
  const moves = decisive.map((d) => {
    const changed = basis.metrics
      .filter((m) => movement(d, [m.id]) > 0)
      .map(
        (m) => `${m.label} ${signed((d.metricsAfter[m.id] ?? 0) - (d.metricsBefore[m.id] ?? 0))}`,
      );
    return `${numbered([d.index])}, ${quoted(d)} (${changed.join(', ')})`;
  });
  const values = {
    title: basis.ending.title,
    outcome: basis.ending.outcome,
    metrics: on,
    count: basis.metrics.length,
  };
  const text =
    moves.length === 0
      ? t('reading.evidence.ending.none', values)
      : t('reading.evidence.ending.moves', { ...values, moves: moves.join('; ') });
  return [{ kind: 'ending', side: 'both', decisions: decisive.map((d) => d.index), text }];
}

/** The evidence lines for a reading of one run, strongest claim first. */
export function evidenceFor(
  kind: DiagnosisKind,
  decisions: readonly DebriefDecision[],
  basis: DiagnosisBasis,
): Evidence[] {
  return [
    ...STRENGTHS[kind].map((domain) => strength(decisions, domain, basis.decisive)),
    ...GAPS[kind].map((domain) => gap(decisions, domain, basis.decisive)),
    ...decisions
      .filter((d) => d.reading === 'trade-off')
      .slice(0, MAX_TRADE_OFFS)
      .map(tradeOff),
    ...ending(decisions, basis),
  ];
}
