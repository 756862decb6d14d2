/**
 * Insight without an LRS: an LRS export file in its three shapes, and learners' exported
 * progress files replayed on the compiled reference scenario. A progress file must fold to
 * the same insight as the statements the cmi5 package would have sent for the same runs.
 */
import { describe, expect, it } from 'vitest';
import { behaviourIndex } from '../../src/debrief';
import { readNew } from '../../src/delivery/cmi5/decisions';
import {
  answeredStatement,
  completedStatement,
  type SessionContext,
} from '../../src/delivery/cmi5/statements';
import { createFold } from '../../src/insight/fold';
import { runById } from '../../src/progress';
import { exportStatements, progressRecords, type ReplayCourse } from '../../src/insight/sources';
import type { Guarded, ScenarioInsight } from '../../src/insight/types';
import { baseCohort, runStatements } from './cohort';
import { course, played, progressFile, scenario, type PlayedRun } from './progress-files';

const replay: ReplayCourse = {
  id: 'scenarios',
  scenarios: [scenario],
  ...(course.taxonomy ? { taxonomy: course.taxonomy } : {}),
};

describe('an LRS export file', () => {
  const statements = baseCohort().flatMap(runStatements).slice(0, 7);

  it('reads a JSON array, a StatementResult, and one statement per line', () => {
    expect(exportStatements(JSON.stringify(statements))).toEqual(statements);
    expect(exportStatements(JSON.stringify({ statements, more: '' }))).toEqual(statements);
    const lines = statements.map((s) => JSON.stringify(s)).join('\n');
    expect(exportStatements(`${lines}\n`)).toEqual(statements);
  });

  it('keeps a damaged line as one the fold skips, and says when a file is no export', () => {
    const lines = [JSON.stringify(statements[0]), '{"broken', JSON.stringify(statements[1])].join(
      '\r\n',
    );
    const read = exportStatements(lines);
    expect(read).toEqual([statements[0], null, statements[1]]);
    const fold = createFold({});
    for (const s of read as unknown[]) fold.add(s);
    expect(fold.result().statements).toMatchObject({ read: 3, skipped: 1 });
    expect(exportStatements('')).toEqual([]);
    expect(exportStatements('learner,choice\nann,ASK')).toEqual({ problem: 'not-an-export' });
    expect(exportStatements('{"name":"casebook"}')).toEqual({ problem: 'not-an-export' });
    expect(exportStatements(JSON.stringify(statements[0]))).toEqual([statements[0]]);
  });
});

const MAY = new Date('2026-05-04T09:00:00Z');
/** Six learners: seeds 1–6 (one run each), the first two also a second run, the last one unfinished. */
const learners: PlayedRun[][] = [1, 2, 3, 4, 5, 6].map((seed) => [
  { seed, start: new Date(MAY.getTime() + seed * 3_600_000) },
  ...(seed <= 2 ? [{ seed: seed + 10, start: new Date(MAY.getTime() + 86_400_000 * 7) }] : []),
  ...(seed === 6 ? [{ seed: 99, start: MAY, unfinished: true }] : []),
]);

/** The statements the cmi5 package sends for the same runs (readNew, as the package does). */
function packageStatements(runs: PlayedRun[], learner: number): unknown[] {
  const progress = played(runs, `l${learner}`);
  const reading = readNew(
    progress,
    {
      scenario,
      behaviours: behaviourIndex(course.taxonomy),
      roads: { shortest: 1, longest: null },
    },
    { events: new Map(), ended: new Set() },
  );
  const session = (runId: string): SessionContext => {
    const run = runById(progress, runId)!;
    return {
      actor: {
        objectType: 'Agent',
        account: { homePage: 'https://lms.example.org', name: `l${learner}` },
      },
      registration: '00000000-0000-4000-8000-000000000001',
      activityId: `urn:casebook:course:scenarios:au:${scenario.id}`,
      contextTemplate: {},
      initializedAt: new Date(run.startedAt),
    };
  };
  return [
    ...reading.decisions.map((d) =>
      answeredStatement(
        session(d.runId),
        { ...d, took: 1000 },
        new Date(runById(progress, d.runId)!.startedAt),
      ),
    ),
    ...reading.endings.map((e) =>
      completedStatement(session(e.runId), e, new Date(runById(progress, e.runId)!.finishedAt!)),
    ),
  ];
}

const shownScenario = (g: Guarded<ScenarioInsight> | undefined): ScenarioInsight => {
  if (!g || 'suppressed' in g) throw new Error('expected the scenario to be shown');
  return g;
};

describe('a folder of exported progress files', () => {
  it('replays each learner’s runs into the records the package’s statements make', () => {
    const fromFiles = createFold({});
    learners.forEach((runs, i) => {
      const reading = progressRecords(progressFile(runs, `l${i}`), `learner-${i}.json`, replay);
      expect(reading.notice).toBeUndefined();
      expect(reading.unmatched).toBe(0);
      for (const r of reading.records) fromFiles.addRecord(r);
    });
    const fromStatements = createFold({});
    learners.forEach((runs, i) => packageStatements(runs, i).forEach((s) => fromStatements.add(s)));

    const files = shownScenario(fromFiles.result().scenarios[0]);
    const statements = shownScenario(fromStatements.result().scenarios[0]);
    expect(files.title).toBe(scenario.title);
    expect({ ...files, title: '' }).toEqual({ ...statements, title: '' });
    expect(files).toMatchObject({ learners: 6, starts: 9, completions: 8 });
    expect(files.medianMs).toBeGreaterThan(0);
  });

  it('says why a file is not a progress file, and counts runs of another version', () => {
    const bad = progressRecords('{"format":"something-else"}', 'notes.json', replay);
    expect(bad.records).toEqual([]);
    expect(bad.notice?.code).toBe('import-invalid');
    const other = progressRecords(progressFile([{ seed: 1, start: MAY }]), 'old.json', {
      ...replay,
      scenarios: [{ ...scenario, contentHash: 'another-version' }],
    });
    expect(other).toEqual({ records: [], unmatched: 1 });
  });

  it('keys each file as one learner, without its name in any output', () => {
    const fold = createFold({});
    for (let i = 0; i < 5; i++)
      for (const r of progressRecords(
        progressFile([{ seed: 1, start: MAY }]),
        `ann-${i}.json`,
        replay,
      ).records)
        fold.addRecord(r);
    const insight = fold.result();
    expect(insight.learners).toBe(5);
    expect(JSON.stringify(insight)).not.toContain('ann-');
  });
});
