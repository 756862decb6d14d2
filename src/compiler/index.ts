/** The compiler's public face: compile one scenario or a whole course, and the catalogue of codes. */
export {
  compileScenario,
  type InputFile,
  type ScenarioInput,
  type TranslationInput,
} from './compile';
export { compileCourse, type CourseInput, type CourseResult } from './course';
export { CATALOGUE, type Code } from '../contract/catalogue';
export { parseTaxonomy } from './taxonomy';
export { sourceFile } from './source';
export type { AssetFile } from './images';
export type { DeliverySettings } from './delivery-file';
