/**
 * A cohort's xAPI statements as the cmi5 package sends them, for the insight tests: each
 * learner plays a run of a bundled scenario (saved through the progress API, read as the
 * cmi5 session reads it, `readNew`) and it becomes one `answered` per choice and a
 * `completed`, built by src/delivery/cmi5/statements.ts, a minute apart, with the learner's
 * mailbox and name as actor (which no view may show) and an optional team extension.
 */
import type { Statement } from '@xapi/xapi';
import type { CompiledScenario, Taxonomy } from '../../src/contract';
import { behaviourIndex } from '../../src/debrief';
import { readNew } from '../../src/delivery/cmi5/decisions';
import {
  answeredStatement,
  completedStatement,
  type SessionContext,
} from '../../src/delivery/cmi5/statements';
import { progressWithRuns } from './seeded-runs';

export const TEAM = 'https://example.org/xapi/extensions/team';

export interface CohortLearner {
  name: string;
  events: string[];
  /** When the run starts. */
  at: Date;
  team?: string;
}

const auOf = (scenarioId: string) =>
  `urn:casebook:course:casebook:au:${encodeURIComponent(scenarioId)}`;

function learnerStatements(
  scenario: CompiledScenario,
  taxonomy: Taxonomy | undefined,
  learner: CohortLearner,
  n: number,
): Statement[] {
  const endedAt = new Date(learner.at.getTime() + (learner.events.length + 1) * 60_000);
  const progress = progressWithRuns(scenario, [{ events: learner.events, endedAt }]);
  const reading = readNew(
    progress,
    {
      scenario,
      behaviours: behaviourIndex(taxonomy),
      roads: { shortest: learner.events.length, longest: learner.events.length },
    },
    { events: new Map(), ended: new Set() },
  );
  const registration = `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  const session: SessionContext = {
    actor: { objectType: 'Agent', name: learner.name, mbox: `mailto:${learner.name}@example.org` },
    registration,
    activityId: auOf(scenario.id),
    contextTemplate: {
      extensions: {
        'https://w3id.org/xapi/cmi5/context/extensions/sessionid': `session-${n}`,
        ...(learner.team ? { [TEAM]: learner.team } : {}),
      },
    },
    initializedAt: learner.at,
  };
  const minute = (k: number) => new Date(learner.at.getTime() + k * 60_000);
  const ending = reading.endings[0];
  if (!ending) throw new Error(`${learner.name}'s run reaches no ending`);
  return [
    ...reading.decisions.map((d, i) =>
      answeredStatement(session, { ...d, took: 60_000 }, minute(i + 1)),
    ),
    completedStatement(session, ending, endedAt),
  ];
}

export function cohortStatements(
  scenario: CompiledScenario,
  taxonomy: Taxonomy | undefined,
  learners: CohortLearner[],
): Statement[] {
  return learners.flatMap((l, n) => learnerStatements(scenario, taxonomy, l, n + 1));
}
