/**
 * Issue 18: a course's translations as the app receives them — each scenario's and the
 * taxonomy's in its own chunk, fetched only for the language the learner reads — and the
 * taxonomy in a language. Scenario players in a language are built in course.ts, which keeps
 * one saved-runs reconciliation per scenario whatever the language.
 */
import {
  SOURCE_LANGUAGE,
  type ScenarioTranslation,
  type Taxonomy,
  type TaxonomyTranslation,
} from '../contract';
import { translateTaxonomy } from '../engine/translate';

export interface CourseTranslations {
  /** Scenario id → language → its translation's chunk. Absent or empty: the course has none. */
  translations?: Record<
    string,
    Record<string, () => Promise<{ default: ScenarioTranslation | null }>>
  >;
  /** Language → the taxonomy's translation's chunk. */
  taxonomyTranslations?: Record<string, () => Promise<TaxonomyTranslation | null>>;
}

/** The loader of scenario `id`'s translation into `lang`, if the course has one (own keys only). */
export function translationLoader(
  course: CourseTranslations,
  id: string,
  lang: string,
): (() => Promise<{ default: ScenarioTranslation | null }>) | undefined {
  if (lang === SOURCE_LANGUAGE) return undefined;
  const all = course.translations;
  const byLang = all && Object.hasOwn(all, id) ? all[id] : undefined;
  return byLang && Object.hasOwn(byLang, lang) ? byLang[lang] : undefined;
}

/** The taxonomy in `lang` once both chunks are here; the source's when it has no such translation. */
export async function taxonomyIn(
  course: CourseTranslations,
  source: Promise<Taxonomy | undefined>,
  lang: string,
): Promise<Taxonomy | undefined> {
  const all = course.taxonomyTranslations;
  const loader =
    lang !== SOURCE_LANGUAGE && all && Object.hasOwn(all, lang) ? all[lang] : undefined;
  const [taxonomy, translation] = await Promise.all([source, loader?.()]);
  return taxonomy && translation ? translateTaxonomy(taxonomy, translation) : taxonomy;
}
