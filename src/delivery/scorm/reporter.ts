/**
 * Following the learner's progress and telling the LMS what is new: each new decision of
 * the scenario's runs becomes an interaction, the scene on screen the location, an ending
 * the score and status, and every change the suspend data; then one commit. Whatever the
 * LMS refuses, or what does not fit, becomes a notice in the store; the browser's progress
 * is never changed here, so nothing the LMS does can cost the learner a run.
 */
import type { Taxonomy } from '../../contract';
import { traceRun, type Player } from '../../engine';
import { allRuns, type Notice, type Progress, type SavedRun } from '../../progress';
// The LMS notices' words are the `delivery` area's: imported from their module, not the
// folder's index, so the first screen of a build without an LMS does not carry them.
import { lmsNotice } from '../../progress/lms-notices';

import { decisionsOf } from '../decisions';
import { scoreRun, type ScoreRule } from '../score';
import type { Lms } from './api';
import {
  DONE,
  endingPairs,
  exitPairs,
  incompletePairs,
  interactionPairs,
  locationPairs,
  READ,
  type Pairs,
} from './cmi';
import { packSuspendData, SUSPEND_LIMIT } from './suspend';

/** What the reporter needs of the app's ProgressStore (src/ui/store.ts). */
export interface FollowedStore {
  getSnapshot(): { progress: Progress };
  subscribe(listener: () => void): () => void;
  report(change: (progress: Progress) => { progress: Progress; notices: Notice[] }): void;
}

export interface ReporterOptions {
  lms: Lms;
  player: Player;
  taxonomy: Taxonomy | undefined;
  rule: ScoreRule;
  clock: () => Date;
  /** When the session began, for the session time. */
  startedAt: Date;
}

/** How a refused element is named to the learner. */
function elementWords(element: string): string {
  const family = element.replace(/\.\d+\./g, '.n.');
  return family === 'cmi.suspend_data'
    ? 'the copy of your progress it keeps to resume from (cmi.suspend_data)'
    : `part of your results (${family})`;
}

export class Reporter {
  /** Decisions already told to the LMS, by run id. */
  private readonly told = new Map<string, number>();
  private readonly ended = new Set<string>();
  private interactions: number;
  private suspendData: string;
  private location = '';
  private exitSuspend: boolean | undefined;
  private readonly noticed = new Set<string>();
  private last: Progress | undefined;
  private pending = false;
  private readonly mastery: number | undefined;

  constructor(
    private readonly store: FollowedStore,
    private readonly scenarioId: string,
    private readonly options: ReporterOptions,
  ) {
    const { lms } = options;
    const read = READ[lms.format];
    this.interactions = Number(lms.get(read.interactions)) || 0;
    this.suspendData = lms.get(read.suspendData);
    const mastery = lms.get(read.mastery).trim();
    this.mastery = mastery !== '' && Number.isFinite(Number(mastery)) ? Number(mastery) : undefined;
    // What the learner did before this session was told to the LMS then.
    for (const run of this.runs(store.getSnapshot().progress)) {
      this.told.set(run.id, run.events.length);
      if (run.status === 'complete') this.ended.add(run.id);
    }
    const pairs: Pairs = DONE.has(lms.get(read.status)) ? [] : incompletePairs(lms.format);
    this.send([...pairs, ...this.changes(store.getSnapshot().progress)]);
    // After the change that woke it, not inside it: a page that compares the store's
    // notices before and after its own update (the reflection form's "Saved.") must not
    // count the LMS's as its own, and typing is not held up by compression.
    store.subscribe(() => {
      if (this.pending) return;
      this.pending = true;
      queueMicrotask(() => {
        this.pending = false;
        this.follow();
      });
    });
  }

  /** Tell the LMS the session ends: exit (suspend while a run is under way), session time, finish. */
  finish(): void {
    this.follow();
    const latest = this.latest(this.store.getSnapshot().progress);
    const suspend = latest?.status === 'active';
    const ms = this.options.clock().getTime() - this.options.startedAt.getTime();
    this.send(exitPairs(this.options.lms.format, suspend, ms));
  }

  private follow(): void {
    const progress = this.store.getSnapshot().progress;
    if (progress === this.last) return;
    const pairs = this.changes(progress);
    if (pairs.length > 0) this.send(pairs);
  }

  private runs(progress: Progress): SavedRun[] {
    return Object.values(allRuns(progress)).filter((r) => r.scenarioId === this.scenarioId);
  }

  private latest(progress: Progress): SavedRun | undefined {
    return this.runs(progress).reduce<SavedRun | undefined>(
      (a, r) => (!a || Date.parse(r.updatedAt) > Date.parse(a.updatedAt) ? r : a),
      undefined,
    );
  }

  /** The pairs that tell what changed since the last call. */
  private changes(progress: Progress): Pairs {
    this.last = progress;
    const { lms, player, taxonomy, rule, clock } = this.options;
    const pairs: Pairs = [];
    const at = clock();
    for (const run of this.runs(progress)) {
      const told = this.told.get(run.id) ?? 0;
      const ending = run.status === 'complete' && run.ending && !this.ended.has(run.id);
      if (run.events.length <= told && !ending) continue;
      const trace = traceRun(player, run.events);
      for (const decision of decisionsOf(trace, taxonomy).slice(told))
        pairs.push(...interactionPairs(lms.format, this.interactions++, decision, at));
      this.told.set(run.id, Math.max(told, trace.steps.length));
      if (ending && run.ending) {
        this.ended.add(run.id);
        const score = scoreRun(rule, this.scenarioId, run.ending);
        pairs.push(...endingPairs(lms.format, score, this.mastery));
      }
    }
    const latest = this.latest(progress);
    if (latest) {
      const scene = traceRun(player, latest.events).scene;
      if (scene !== this.location) {
        this.location = scene;
        pairs.push(...locationPairs(lms.format, scene));
      }
      const suspend = latest.status === 'active';
      if (suspend !== this.exitSuspend) {
        this.exitSuspend = suspend;
        const ms = at.getTime() - this.options.startedAt.getTime();
        pairs.push(...exitPairs(lms.format, suspend, ms));
      }
    }
    pairs.push(...this.suspendPairs(progress));
    return pairs;
  }

  private suspendPairs(progress: Progress): Pairs {
    const packed = packSuspendData(progress, this.scenarioId);
    const source = { kind: 'lms', name: this.scenarioId } as const;
    if (packed.runTooLong)
      this.tell(lmsNotice('lms-run-too-long', source, { limit: SUSPEND_LIMIT }));
    if (packed.reflectionsDropped)
      this.tell(lmsNotice('lms-reflections-dropped', source, { limit: SUSPEND_LIMIT }));
    if (packed.text === this.suspendData) return [];
    return [['cmi.suspend_data', packed.text]];
  }

  /** Set every pair, then commit; a refusal becomes a notice, once per kind of element. */
  private send(pairs: Pairs): void {
    if (pairs.length === 0) return;
    const { lms } = this.options;
    for (const [element, value] of pairs) {
      if (lms.set(element, value)) {
        if (element === 'cmi.suspend_data') this.suspendData = value;
      } else this.refused(element);
    }
    if (!lms.commit()) this.refused('the results of this session (commit)');
  }

  private refused(element: string): void {
    const error = this.options.lms.lastError();
    // One notice per kind of element: the name tells them apart, and is not shown.
    const family = element.replace(/\.\d+\./g, '.n.');
    const source = { kind: 'lms', name: `${this.scenarioId} ${family}` } as const;
    this.tell(
      lmsNotice('lms-refused', source, {
        element: element.startsWith('cmi.') ? elementWords(element) : element,
        code: error.code,
        text: error.text,
      }),
    );
  }

  private tell(n: Notice): void {
    if (this.noticed.has(n.id)) return;
    this.noticed.add(n.id);
    this.store.report((progress) => ({ progress, notices: [n] }));
  }
}
