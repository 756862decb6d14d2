/**
 * A read's request as the worker takes it: learners' progress files are replayed on the
 * course's compiled scenarios and taxonomy (as the cmi5 package reads a run before it sends
 * it), so those are loaded here and travel with the files; other sources go as picked.
 */
import type { CompiledScenario } from '../../contract';
import type { InsightFilter } from '../../insight/types';
import type { ReplayCourse } from '../../insight/sources';
import { taxonomyOf, type Course } from '../course';
import type { InsightRequest, PickedSource } from './protocol';

/** The id of the app's own course in the replayed records' activity IRIs. */
const COURSE_ID = 'casebook';

async function replayCourse(course: Course): Promise<ReplayCourse> {
  const ids = course.index.scenarios.flatMap((s) => (s.card ? [s.card.id] : []));
  const loaded = await Promise.all(
    ids.map((id) =>
      Object.hasOwn(course.loaders, id)
        ? course.loaders[id]?.().then(
            (m) => m.default,
            () => null,
          )
        : null,
    ),
  );
  const taxonomy = await taxonomyOf(course);
  return {
    id: COURSE_ID,
    scenarios: loaded.filter((s): s is CompiledScenario => !!s),
    ...(taxonomy ? { taxonomy } : {}),
  };
}

export function requestOf(
  course: Course,
  source: PickedSource,
  filter: InsightFilter,
): InsightRequest | Promise<InsightRequest> {
  if (source.kind !== 'progress-files') return { source, filter };
  return replayCourse(course).then((replay) => ({
    source: { ...source, course: replay },
    filter,
  }));
}
