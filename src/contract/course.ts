/**
 * What the app receives about its course: every scenario folder with its compiled
 * scenario (when it compiled) and its diagnostics, so a broken scenario shows as a
 * card with its error while the others stay playable.
 */
import type { Diagnostic } from './diagnostic';
import type { CompiledScenario } from './scenario';
import type { Taxonomy } from './taxonomy';

export interface CourseScenario {
  folder: string;
  scenario?: CompiledScenario;
  diagnostics: Diagnostic[];
}

export interface CourseData {
  taxonomy?: Taxonomy;
  /** Diagnostics of the course's `behaviours.json`. */
  diagnostics: Diagnostic[];
  scenarios: CourseScenario[];
}
