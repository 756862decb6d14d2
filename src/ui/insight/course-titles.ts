/**
 * Statements name a scenario only by its AU's id, so the fold can only title it by that id;
 * where the app's own course has a scenario of that id, the view shows its title instead.
 */
import type { CourseIndex } from '../../contract';
import type { CohortInsight } from '../../insight/types';
import { isSuppressed } from './Guarded';

export function withCourseTitles(insight: CohortInsight, index: CourseIndex): CohortInsight {
  const titles = new Map(
    index.scenarios.flatMap((s) => (s.card ? [[s.card.id, s.card.title]] : [])),
  );
  return {
    ...insight,
    scenarios: insight.scenarios.map((s) => {
      if (isSuppressed(s) || s.title !== s.id) return s;
      const title = titles.get(s.id);
      return title ? { ...s, title } : s;
    }),
  };
}
