// The course compiled by the Vite plugin (src/vite/casebook-plugin.ts).
declare module 'virtual:casebook/course' {
  /** The course's index, without its taxonomy (that is `loadTaxonomy`'s own chunk). */
  export const index: import('../contract').CourseIndex;
  export const loaders: Record<
    string,
    () => Promise<{ default: import('../contract').CompiledScenario | null }>
  >;
  export const loadTaxonomy: () => Promise<import('../contract').Taxonomy | null>;
  /** Issue 18: scenario id → language → its translation's own chunk. */
  export const translations: Record<
    string,
    Record<string, () => Promise<{ default: import('../contract').ScenarioTranslation | null }>>
  >;
  /** Issue 18: language → the taxonomy's translation's own chunk. */
  export const taxonomyTranslations: Record<
    string,
    () => Promise<import('../contract').TaxonomyTranslation | null>
  >;
}
