/**
 * Statements name a scenario only by its AU's id, so the fold can only title it by that id
 * (and a suppressed scenario only by its id): where the app's own course has a scenario of
 * that id, the view shows its title instead.
 */
import type { CourseIndex } from '../../contract';

export function courseTitles(index: CourseIndex): ReadonlyMap<string, string> {
  return new Map(index.scenarios.flatMap((s) => (s.card ? [[s.card.id, s.card.title]] : [])));
}
