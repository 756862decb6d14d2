/**
 * The learner's own words after a run (reflections and an action plan) and their
 * profile. Like every update, each is one Immer `produce` and returns the very same
 * object when nothing changes; `updatedAt` moves only when something did, since it
 * decides merges on import.
 *
 * Updates refuse (return the progress unchanged) anything a load would reject, so what
 * they make always loads back: text over `TEXT_LIMIT`, a prompt id that is not
 * kebab-case, an unusable run id, a profile answer outside its list. Text is saved
 * exactly as typed: nothing is trimmed. A reflection may be saved for a run that does
 * not exist (the learner's words are never dropped), as loading keeps such ones too.
 */
import { produce, type Draft } from 'immer';
import { fitsLimit, isDemands, isIsoDay, isPromptId, isStage } from './schema';
import type { ActionPlan, LearnerProfile, Progress, Reflection } from './types';

/**
 * What to change in a run's reflection: answers by prompt id, and plan fields. The
 * plan's `due` is an ISO day (`2026-03-12`), or `''` to clear it (an emptied date input).
 */
export interface ReflectionPatch {
  answers?: Record<string, string>;
  plan?: Partial<Pick<ActionPlan, 'what' | 'who' | 'when' | 'due'>>;
}

/**
 * What to change in the profile. A field given as `undefined` is cleared (as the
 * learner un-answering); a field left out is kept.
 */
export type ProfilePatch = Partial<Omit<LearnerProfile, 'updatedAt'>>;

const PLAN_FIELDS = ['what', 'who', 'when'] as const satisfies readonly (keyof ActionPlan)[];

const usableText = (text: unknown) => typeof text === 'string' && fitsLimit(text);

function patchFits(patch: ReflectionPatch): boolean {
  const answers = Object.entries(patch.answers ?? {});
  const plan = PLAN_FIELDS.map((field) => patch.plan?.[field]).filter((t) => t !== undefined);
  const due = patch.plan?.due;
  return (
    answers.every(([id, text]) => isPromptId(id) && usableText(text)) &&
    plan.every(usableText) &&
    (due === undefined || due === '' || (typeof due === 'string' && isIsoDay(due)))
  );
}

/**
 * Merge `patch` into the reflection on run `runId`, creating it (with empty answers and
 * plan) if there is none. Refuses the whole patch if any text is over the limit.
 */
export function saveReflection(
  progress: Progress,
  runId: string,
  patch: ReflectionPatch,
  now: Date,
): Progress {
  if (runId === '' || runId === '__proto__' || !patchFits(patch)) return progress;
  const at = now.toISOString();
  return produce(progress, (draft) => {
    const existing = Object.hasOwn(draft.reflections, runId) ? draft.reflections[runId] : undefined;
    const reflection: Draft<Reflection> = existing ?? {
      runId,
      answers: {},
      plan: { what: '', who: '', when: '' },
      updatedAt: at,
    };
    let changed = false;
    for (const [id, text] of Object.entries(patch.answers ?? {})) {
      if (Object.hasOwn(reflection.answers, id) && reflection.answers[id] === text) continue;
      reflection.answers[id] = text;
      changed = true;
    }
    for (const field of PLAN_FIELDS) {
      const text = patch.plan?.[field];
      if (text === undefined || reflection.plan[field] === text) continue;
      reflection.plan[field] = text;
      changed = true;
    }
    const due = patch.plan?.due;
    if (due === '' && reflection.plan.due !== undefined) {
      delete reflection.plan.due;
      changed = true;
    } else if (due !== undefined && due !== '' && reflection.plan.due !== due) {
      reflection.plan.due = due;
      changed = true;
    }
    if (!changed) return;
    reflection.updatedAt = at;
    if (!existing) draft.reflections[runId] = reflection;
  });
}

/**
 * The learner's answer to "how did it go?" about the action plan of run `runId`, kept
 * with the plan and dated `now`. Refused (progress unchanged) when there is no such
 * reflection, the answer is over the limit, or it is the answer already saved.
 */
export function reviewPlan(progress: Progress, runId: string, answer: string, now: Date): Progress {
  const existing = Object.hasOwn(progress.reflections, runId)
    ? progress.reflections[runId]
    : undefined;
  if (!existing || !usableText(answer) || existing.plan.review?.answer === answer) return progress;
  const at = now.toISOString();
  return produce(progress, (draft) => {
    const reflection = draft.reflections[runId];
    if (!reflection) return;
    reflection.plan.review = { answer, at };
    reflection.updatedAt = at;
  });
}

/** Set, keep or clear one profile answer; true when it changed. */
function setAnswer<K extends keyof ProfilePatch>(
  profile: Draft<LearnerProfile>,
  patch: ProfilePatch,
  key: K,
): boolean {
  if (!Object.hasOwn(patch, key)) return false;
  const value = patch[key];
  if (value === undefined) {
    if (!Object.hasOwn(profile, key)) return false;
    delete profile[key];
    return true;
  }
  if (profile[key] === value) return false;
  profile[key] = value;
  return true;
}

/** Answer (or clear) the profile's questions; an answer outside its list changes nothing. */
export function setProfile(progress: Progress, patch: ProfilePatch, now: Date): Progress {
  const { stage, demands } = patch;
  if ((stage !== undefined && !isStage(stage)) || (demands !== undefined && !isDemands(demands)))
    return progress;
  const at = now.toISOString();
  return produce(progress, (draft) => {
    const changedStage = setAnswer(draft.profile, patch, 'stage');
    const changedDemands = setAnswer(draft.profile, patch, 'demands');
    if (changedStage || changedDemands) draft.profile.updatedAt = at;
  });
}
