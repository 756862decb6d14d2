/**
 * From a run's evidence to a diagnosis in the framework's terms (the rules are written
 * out, with a worked example each, in docs/debrief.md):
 *
 * 1. The counts. A side (management: execution; leadership: direction) is strong when it
 *    showed more effective than counterproductive behaviour, and some. When both are, the
 *    run still leans to one side if that side's effective behaviour is at least twice the
 *    other's (and at least 3), or the other's net count is less than half its own.
 * 2. The ending. A weak ending is never read as balanced: the side whose decisive
 *    decisions (those that moved the ending's metrics most) slipped is the gap, and both
 *    slipping is foundations first. A strong ending is never foundations first: the side
 *    its decisive decisions carried is the strength. A mixed ending read as balanced
 *    names a gap only when the decisive slips were all on one side.
 *
 * Without a run (the profile's balance across runs) only the counts apply.
 */
import type { CompiledScenario, Domain, Outcome } from '../contract';
import { decidingMetrics, decisiveDecisions } from './deciding';
import { evidenceFor } from './evidence';
import type { Balance, DebriefDecision, Diagnosis, DiagnosisBasis, DiagnosisKind } from './types';
import { weightIn } from './weigh';
import { t } from '../i18n';
import '../i18n/areas/reading';

/** One run, for the rules that look past the counts. */
interface RunFacts {
  scenario: CompiledScenario;
  decisions: readonly DebriefDecision[];
  ending?: { id: string; title: string; outcome: Outcome };
}

/** A reading's title, in the active language. */
export const diagnosisTitle = (kind: DiagnosisKind): string => t(`reading.diagnose.${kind}.title`);

/** A reading's title, summary and risk (foundations first and the leans carry one). */
function wordsOf(kind: DiagnosisKind): Omit<Diagnosis, 'kind'> {
  const words = {
    title: diagnosisTitle(kind),
    summary: t(`reading.diagnose.${kind}.summary`),
  };
  return kind === 'balanced' ? words : { ...words, risk: t(`reading.diagnose.${kind}.risk`) };
}

const LEAN: Record<Domain, DiagnosisKind> = {
  management: 'execution-without-direction',
  leadership: 'direction-without-execution',
};
/** The reading when `domain` is the gap. */
const GAP: Record<Domain, DiagnosisKind> = {
  management: 'direction-without-execution',
  leadership: 'execution-without-direction',
};

const strong = ({ effective, counterproductive }: Balance[Domain]) =>
  effective > 0 && effective > counterproductive;
const net = (b: Balance[Domain]) => b.effective - b.counterproductive;

/** Rule 1: the counts alone. */
function fromCounts(balance: Balance): { kind: DiagnosisKind; rule: string } {
  const m = balance.management;
  const l = balance.leadership;
  if (strong(m) && strong(l)) {
    const top: Domain = m.effective >= l.effective ? 'management' : 'leadership';
    const [hi, lo] = top === 'management' ? [m, l] : [l, m];
    if (hi.effective >= 3 && hi.effective >= 2 * lo.effective)
      return {
        kind: LEAN[top],
        rule: t('reading.diagnose.rule.lean', {
          side: top,
          high: String(hi.effective),
          low: String(lo.effective),
        }),
      };
    const small: Domain | undefined =
      2 * net(m) < net(l) ? 'management' : 2 * net(l) < net(m) ? 'leadership' : undefined;
    if (small)
      return {
        kind: GAP[small],
        rule: t('reading.diagnose.rule.gap', { side: small }),
      };
    return {
      kind: 'balanced',
      rule: t('reading.diagnose.rule.balanced'),
    };
  }
  if (strong(m))
    return {
      kind: LEAN.management,
      rule: t('reading.diagnose.rule.only', { side: 'management' }),
    };
  if (strong(l))
    return {
      kind: LEAN.leadership,
      rule: t('reading.diagnose.rule.only', { side: 'leadership' }),
    };
  return {
    kind: 'foundations-first',
    rule: t('reading.diagnose.rule.neither'),
  };
}

/** A polarity's count in each domain over the decisive decisions. */
function decisiveCount(
  run: RunFacts,
  decisive: readonly number[],
  polarity: 'effective' | 'counterproductive',
): Record<Domain, number> {
  const chosen = run.decisions.filter((d) => decisive.includes(d.index));
  const sum = (domain: Domain) =>
    chosen.reduce((n, d) => n + weightIn(d.behaviours, domain)[polarity], 0);
  return { management: sum('management'), leadership: sum('leadership') };
}

/** Rule 2: the ending overrules a reading that contradicts it. */
function withEnding(
  counted: { kind: DiagnosisKind; rule: string },
  balance: Balance,
  outcome: Outcome | undefined,
  slips: Record<Domain, number>,
  carried: Record<Domain, number>,
): { kind: DiagnosisKind; rule: string } {
  const oneSide = (r: Record<Domain, number>): Domain | undefined =>
    r.management > 0 && r.leadership === 0
      ? 'management'
      : r.leadership > 0 && r.management === 0
        ? 'leadership'
        : undefined;
  if (outcome === 'weak' && counted.kind === 'balanced') {
    const slipped = oneSide(slips);
    if (slipped)
      return {
        kind: GAP[slipped],
        rule: t('reading.diagnose.rule.weakSlipped', { side: slipped }),
      };
    if (slips.management > 0 && slips.leadership > 0)
      return {
        kind: 'foundations-first',
        rule: t('reading.diagnose.rule.weakBoth'),
      };
    const m = net(balance.management);
    const l = net(balance.leadership);
    const weaker: Domain | undefined = m < l ? 'management' : l < m ? 'leadership' : undefined;
    return weaker
      ? {
          kind: GAP[weaker],
          rule: t('reading.diagnose.rule.weakWeaker', { side: weaker }),
        }
      : {
          kind: 'foundations-first',
          rule: t('reading.diagnose.rule.weakNeither'),
        };
  }
  if (outcome === 'mixed' && counted.kind === 'balanced') {
    const slipped = oneSide(slips);
    if (slipped)
      return {
        kind: GAP[slipped],
        rule: t('reading.diagnose.rule.mixedSlipped', { side: slipped }),
      };
  }
  if (outcome === 'strong' && counted.kind === 'foundations-first') {
    const lead = (r: Record<Domain, number>): Domain | undefined =>
      r.management > r.leadership
        ? 'management'
        : r.leadership > r.management
          ? 'leadership'
          : undefined;
    const top =
      lead(carried) ??
      lead({
        management: balance.management.effective,
        leadership: balance.leadership.effective,
      });
    return top
      ? {
          kind: LEAN[top],
          rule: t('reading.diagnose.rule.strongCarried', { side: top }),
        }
      : {
          kind: 'balanced',
          rule: t('reading.diagnose.rule.strongBoth'),
        };
  }
  return counted;
}

export function diagnose(balance: Balance, run?: RunFacts): Diagnosis {
  const counted = fromCounts(balance);
  if (!run) return { kind: counted.kind, ...wordsOf(counted.kind) };
  const { scenario, decisions, ending } = run;
  const metricIds = ending
    ? decidingMetrics(scenario, ending.id)
    : scenario.metrics.map((m) => m.id);
  const decisive = decisiveDecisions(decisions, metricIds);
  const { kind, rule } = withEnding(
    counted,
    balance,
    ending?.outcome,
    decisiveCount(run, decisive, 'counterproductive'),
    decisiveCount(run, decisive, 'effective'),
  );
  const labels = new Map(scenario.metrics.map((m) => [m.id, m.label]));
  const basis: DiagnosisBasis = {
    metrics: metricIds.map((id) => ({ id, label: labels.get(id) ?? id })),
    decisive,
    rule,
  };
  if (ending) basis.ending = { ...ending };
  const evidence = evidenceFor(kind, decisions, basis);
  const words = wordsOf(kind);
  // A strong ending held this time: the risk of a lean is about next time, not this run.
  const risk =
    words.risk && ending?.outcome === 'strong' && kind !== 'foundations-first'
      ? t('reading.diagnose.risk.endedWell', { risk: words.risk })
      : words.risk;
  const result: Diagnosis = {
    kind,
    ...words,
    summary: evidence.map((e) => e.text).join(' '),
    evidence,
    basis,
  };
  if (risk) result.risk = risk;
  return result;
}
