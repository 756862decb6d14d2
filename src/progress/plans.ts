/**
 * The learner's action plans, seen again: every plan written after a run, on the
 * profile, and the ones whose day has passed without a word on how they went, which
 * the profile and the library ask about. "Today" is the learner's calendar day, taken
 * from the clock the caller passes (the store's), so tests fix it.
 */
import { runById } from './runs';
import type { ActionPlan, Progress } from './types';

/** One saved action plan and where it came from. */
export interface SavedPlan {
  /** The run it was written after (the run itself may no longer be saved). */
  runId: string;
  /** The scenario of that run, when the run is still saved. */
  scenarioId?: string;
  plan: ActionPlan;
}

const twoDigits = (n: number) => String(n).padStart(2, '0');

/** The calendar day `now` falls on where the learner is, as `2026-03-12`. */
export function localDay(now: Date): string {
  return `${now.getFullYear()}-${twoDigits(now.getMonth() + 1)}-${twoDigits(now.getDate())}`;
}

/** A plan has something in it to act on: what the learner will do. */
const written = (plan: ActionPlan) => plan.what.trim() !== '';

/** True when the plan's day is before `today` (an ISO day) and the learner has not said how it went. */
export function reviewIsDue(plan: ActionPlan, today: string): boolean {
  return written(plan) && plan.due !== undefined && plan.review === undefined && plan.due < today;
}

/** Plans with a date first, soonest first; then the rest, most recently written first. */
function order(a: SavedPlan & { updatedAt: string }, b: SavedPlan & { updatedAt: string }) {
  const [x, y] = [a.plan.due, b.plan.due];
  if (x !== undefined && y !== undefined && x !== y) return x < y ? -1 : 1;
  if (x !== undefined && y === undefined) return -1;
  if (x === undefined && y !== undefined) return 1;
  return a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0;
}

/** Every action plan the learner has written (an empty plan is not one). */
export function actionPlans(progress: Progress): SavedPlan[] {
  return Object.values(progress.reflections)
    .filter((r) => written(r.plan))
    .map((r) => {
      const run = runById(progress, r.runId);
      return {
        runId: r.runId,
        ...(run ? { scenarioId: run.scenarioId } : {}),
        plan: r.plan,
        updatedAt: r.updatedAt,
      };
    })
    .sort(order)
    .map(({ updatedAt: _, ...plan }) => plan);
}

/** The plans to ask about today: their day has passed and how they went is not yet said. */
export function plansToReview(progress: Progress, today: string): SavedPlan[] {
  return actionPlans(progress).filter((p) => reviewIsDue(p.plan, today));
}
