/**
 * The check: the pipeline an author's tools share. Compile a course, analyse each
 * scenario once, hold it to the strict quality gate, and say what was found in words
 * people read (diagnostics with their line, guards, actions, run counts and metric
 * ranges); and the scaffold a new scenario starts from, which passes that gate.
 * Isomorphic (no Node modules): the CLI and the Vite plugin run it in Node, author mode
 * in the browser. It imports the contract, the compiler and the engine; it is imported
 * by the shells (src/cli, src/vite) and author mode (src/ui) through this file, or,
 * for the words alone, words.ts, and for the walk over a scenario's images,
 * image-sources.ts (both load without the compiler).
 */
export {
  analysedScenarios,
  checkCourse,
  checkCourseInDetail,
  type Analysed,
  type ScenarioCheck,
} from './check-course';
export { describeGuard, formatCount, rangeLabel } from './words';
export { formatDiagnostic, sourcesOf, summary } from './format';
export { scaffold } from './scaffold';
export { bestOptionDecisions } from './best-option';
export { planSync } from './sync';
export { courseNames, courseSchema } from './course-schema';
export { withImageSources } from './image-sources';
export { translationDraft } from './translation-draft';
export { translationUnits, type TranslationUnit } from './translation-units';
export { importTranslation, type UnitTarget } from './translation-import';
