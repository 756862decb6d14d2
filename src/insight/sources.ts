/**
 * Cohort insight without an LRS (issue 17, item 4), for a workshop's facilitator: an LRS
 * export file (a JSON array of statements, a StatementResult `{statements: […]}`, or one
 * statement per line) read into statements for the fold; and a learner's exported progress
 * file (src/progress/transfer.ts) whose runs are replayed on the compiled scenarios with
 * the engine, the same way the cmi5 package reads them before sending (src/delivery/cmi5/
 * decisions.ts), into the very records the package's statements would have made. Each
 * progress file is one learner: its key is the opaque key of its file name.
 */
import type { CompiledScenario, Taxonomy } from '../contract';
import { behaviourIndex } from '../debrief';
import { readNew } from '../delivery/cmi5/decisions';
import { allRuns, emptyProgress, importProgress, runById, type Notice } from '../progress';
import { learnerKey, type InsightRecord } from './statements';

/** The statements of an export file; a line that is not JSON is `null` (the fold counts it skipped). */
export function exportStatements(text: string): unknown[] | { problem: 'not-an-export' } {
  const trimmed = text.trim();
  if (trimmed === '') return [];
  if (trimmed.startsWith('[') || trimmed.startsWith('{')) {
    try {
      const whole: unknown = JSON.parse(trimmed);
      if (Array.isArray(whole)) return whole;
      if (typeof whole === 'object' && whole !== null) {
        const statements = (whole as Record<string, unknown>).statements;
        if (Array.isArray(statements)) return statements;
        // One statement alone (a file of one line); any other object is not an export.
        if ('verb' in whole || 'actor' in whole) return [whole];
        return { problem: 'not-an-export' };
      }
    } catch {
      // Not one JSON value: perhaps one statement per line.
    }
  }
  const lines = trimmed.split(/\r?\n/).filter((l) => l.trim() !== '');
  if (!lines.some((l) => l.trim().startsWith('{'))) return { problem: 'not-an-export' };
  return lines.map((line) => {
    try {
      return JSON.parse(line) as unknown;
    } catch {
      return null;
    }
  });
}

/** What progress files are replayed on: the course's compiled scenarios and its taxonomy. */
export interface ReplayCourse {
  /** The course id in the AU's activity IRI (the course folder's name, as `npm run package` names it). */
  id: string;
  scenarios: readonly CompiledScenario[];
  taxonomy?: Taxonomy;
}

export interface ProgressReading {
  records: InsightRecord[];
  /** Runs of a scenario the course does not serve, or made on another version of it. */
  unmatched: number;
  /** Why the file could not be read (a Casebook notice, as the import shows it), if it could not. */
  notice?: Notice;
}

const auOf = (course: string, scenario: string) =>
  `urn:casebook:course:${encodeURIComponent(course)}:au:${encodeURIComponent(scenario)}`;

/** The records of one learner's exported progress file, replayed on `course`. */
export function progressRecords(
  text: string,
  fileName: string,
  course: ReplayCourse,
): ProgressReading {
  const imported = importProgress(emptyProgress(), text, fileName, new Date(0));
  const refused = imported.notices.find(
    (n) => n.code === 'import-invalid' || n.code === 'import-future-version',
  );
  if (refused) return { records: [], unmatched: 0, notice: refused };
  const progress = imported.progress;
  const learner =
    learnerKey({ account: { homePage: 'casebook:progress-file', name: fileName } }) ?? fileName;
  const behaviours = behaviourIndex(course.taxonomy);
  const records: InsightRecord[] = [];
  const played = Object.values(allRuns(progress)).filter((r) => r.events.length > 0);
  let matched = 0;
  for (const scenario of course.scenarios) {
    const reading = readNew(
      progress,
      { scenario, behaviours, roads: { shortest: 1, longest: null } },
      { events: new Map(), ended: new Set() },
    );
    const activity = auOf(course.id, scenario.id);
    const base = (runId: string) => ({
      learner,
      scenario: scenario.id,
      scenarioTitle: scenario.title,
      activity,
      run: runId,
      groups: new Map<string, string>(),
    });
    const times = (runId: string) => {
      const run = runById(progress, runId);
      return {
        started: Date.parse(run?.startedAt ?? ''),
        finished: Date.parse(run?.finishedAt ?? run?.updatedAt ?? ''),
      };
    };
    const counted = new Set<string>();
    for (const d of reading.decisions) {
      counted.add(d.runId);
      records.push({
        ...base(d.runId),
        kind: 'decision',
        at: times(d.runId).started,
        scene: d.scene.id,
        sceneTitle: d.scene.title ?? d.scene.id,
        event: d.event,
        label: d.label,
        number: d.number,
        offered: d.offered,
        tag: d.tag,
        behaviours: d.behaviours.map(({ id, label, domain, polarity, pattern }) => ({
          id,
          label,
          domain,
          polarity,
          ...(pattern ? { pattern } : {}),
        })),
      });
    }
    for (const e of reading.endings) {
      const { started, finished } = times(e.runId);
      counted.add(e.runId);
      records.push({
        ...base(e.runId),
        kind: 'ending',
        verb: 'completed',
        at: finished,
        ending: e.id,
        outcome: e.outcome,
        ...(Number.isFinite(finished - started)
          ? { durationMs: Math.max(0, finished - started) }
          : {}),
      });
    }
    matched += counted.size;
  }
  return {
    records: records.filter((r) => Number.isFinite(r.at)),
    unmatched: played.length - matched,
  };
}
