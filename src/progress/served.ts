/**
 * What a course serves, as reconcile needs it: every scenario in the course index (a
 * scenario's id is its folder's name; a playable one also has its card's id), so runs of
 * a scenario whose chunk is not loaded yet, or that is broken for now, are not "missing"
 * (its folder is still in the index, with its diagnostics, and its runs carry on once it
 * is fixed), plus the versions loaded so far.
 */
import type { CourseIndex } from '../contract';
import type { ScenarioVersion, Served } from './reconcile';

export function servedBy(index: CourseIndex, versions: readonly ScenarioVersion[] = []): Served {
  const ids = index.scenarios.flatMap((s) => [s.folder, ...(s.card ? [s.card.id] : [])]);
  return { ids: [...new Set(ids)], versions };
}
