/**
 * One SCO session: find the LMS's API, initialise it, and, before the app reads the
 * browser's storage, let the LMS's suspend data win (`resume.ts`); then, once the app's
 * store exists and the scenario is loaded, report to the LMS (`reporter.ts`) until the
 * page goes away, when the session is finished (LMSFinish / Terminate). The SCO is one
 * scenario: `?scenario=<id>` in its address, or the course's only one.
 */
import type { CompiledScenario, CourseIndex } from '../../contract';
import { createPlayer } from '../../engine';
import type { Notice, StorageLike } from '../../progress';
// The LMS notices' words are the `delivery` area's: imported from their module, not the
// folder's index, so the first screen of a build without an LMS does not carry them.
import { lmsNotice } from '../../progress/lms-notices';

import { DEFAULT_SCORE_RULE, type ScoreRule } from '../score';
import { findApi, type Lms, type WindowLike } from './api';
import { READ, type ScormFormat } from './cmi';
import { Reporter, type FollowedStore } from './reporter';
import { resumeFromLms } from './resume';

export interface ScormStart {
  format: ScormFormat;
  /** The page's window: where discovery starts, and whose `pagehide` ends the session. */
  window: WindowLike & {
    addEventListener(type: 'pagehide' | 'beforeunload', listener: () => void): void;
  };
  storage: StorageLike | undefined;
  /** The page's `location.search`. */
  search: string;
  index: CourseIndex;
  loaders: Record<string, () => Promise<{ default: CompiledScenario | null }>>;
  /** The course's score rule (null: the default). */
  rule: ScoreRule | null;
  clock?: () => Date;
}

export interface ScormSession {
  /** The scenario this SCO is, if the address or the course names one. */
  scenarioId: string | undefined;
  /** The learner's language as the LMS gives it (a BCP 47 tag); undefined when it gives none. */
  language: string | undefined;
  /** Start reporting what the store changes; call once, right after creating it. */
  follow(store: FollowedStore): Promise<void>;
}

/** The scenario a SCO plays: `?scenario=<id>` when the course has it, else the course's only one. */
export function scoScenario(search: string, index: CourseIndex): string | undefined {
  const ids = index.scenarios.flatMap((s) => (s.card ? [s.card.id] : []));
  const asked = new URLSearchParams(search).get('scenario');
  if (asked !== null) return ids.includes(asked) ? asked : undefined;
  return ids.length === 1 ? ids[0] : undefined;
}

/** The learner preference's language; an empty value or an error (element not supported) is none. */
function learnerLanguage(lms: Lms): string | undefined {
  const value = lms.get(READ[lms.format].language).trim();
  return value !== '' && lms.lastError().code === '0' ? value : undefined;
}

/** Connect to the LMS and take its suspend data into storage; call before the store is made. */
export function startScorm(start: ScormStart): ScormSession {
  const clock = start.clock ?? (() => new Date());
  const startedAt = clock();
  const scenarioId = scoScenario(start.search, start.index);
  const notices: Notice[] = [];
  let lms: Lms | undefined;
  if (scenarioId !== undefined) {
    const found = findApi(start.window, start.format);
    if (found?.initialize()) lms = found;
    else notices.push(lmsNotice('lms-missing', { kind: 'lms', name: scenarioId }));
  }
  if (lms && scenarioId !== undefined) {
    const data = lms.get(READ[lms.format].suspendData);
    notices.push(...resumeFromLms(start.storage, data, scenarioId, startedAt));
  }
  return {
    scenarioId,
    language: lms ? learnerLanguage(lms) : undefined,
    async follow(store) {
      if (notices.length > 0) store.report((progress) => ({ progress, notices }));
      if (!lms || scenarioId === undefined) return;
      const loader = Object.hasOwn(start.loaders, scenarioId)
        ? start.loaders[scenarioId]
        : undefined;
      const scenario = loader ? (await loader()).default : null;
      if (!scenario) return;
      const reporter = new Reporter(store, scenarioId, {
        lms,
        player: createPlayer(scenario),
        taxonomy: start.index.taxonomy,
        rule: start.rule ?? DEFAULT_SCORE_RULE,
        clock,
        startedAt,
      });
      let finished = false;
      const finish = () => {
        if (finished || !lms) return;
        finished = true;
        reporter.finish();
        lms.terminate();
      };
      start.window.addEventListener('pagehide', finish);
      start.window.addEventListener('beforeunload', finish);
    },
  };
}
