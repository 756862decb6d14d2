/**
 * A course is a folder of scenario folders with its `behaviours.json` beside them.
 * Compiling it checks the taxonomy once, then each scenario against it; one broken
 * scenario never hides the others.
 */
import type { CompiledScenario, Diagnostic, Taxonomy } from '../contract';
import { compileScenario, type InputFile, type ScenarioInput } from './compile';
import { attempt } from './attempt';
import { sourceFile } from './source';
import { parseTaxonomy } from './taxonomy';
import { parseDeliveryFile, unknownEndings, type DeliverySettings } from './delivery-file';

export interface CourseInput {
  /** The course's `behaviours.json` (or the project's, for a scenario checked on its own). */
  taxonomy?: InputFile;
  scenarios: ScenarioInput[];
  /** Where the course's `behaviours.json` would be, for the message when it is missing. */
  taxonomyPath?: string;
  /** The course's optional `delivery.json`: how `npm run package` scores a run for an LMS. */
  delivery?: InputFile;
}

interface ScenarioResult {
  folder: string;
  scenario?: CompiledScenario;
  diagnostics: Diagnostic[];
}

export interface CourseResult {
  taxonomy?: Taxonomy;
  /** Diagnostics of `behaviours.json` and `delivery.json` themselves. */
  diagnostics: Diagnostic[];
  scenarios: ScenarioResult[];
  /** The course's `delivery.json`, when it has one without errors. */
  delivery?: DeliverySettings;
}

export function compileCourse(input: CourseInput): CourseResult {
  const diagnostics: Diagnostic[] = [];
  let taxonomy: Taxonomy | undefined;
  if (input.taxonomy) {
    const file = sourceFile(input.taxonomy.path, input.taxonomy.text);
    const parsed = attempt(file, diagnostics, () => parseTaxonomy(file));
    taxonomy = parsed?.taxonomy;
    diagnostics.push(...(parsed?.diagnostics ?? []));
  } else {
    const origin = { line: 1, col: 1, offset: 0 };
    diagnostics.push({
      code: 'CB502',
      severity: 'error',
      message:
        "The course has no behaviours.json, so no choice can be tagged. Add one beside the scenario folders (copy the project's scenarios/behaviours.json to start).",
      file: input.taxonomyPath ?? 'behaviours.json',
      range: { start: origin, end: origin },
    });
  }
  const scenarios = [...input.scenarios]
    .sort((a, b) => (a.folder < b.folder ? -1 : a.folder > b.folder ? 1 : 0))
    .map((s) => ({ folder: s.folder, ...compileGuarded(s, taxonomy) }));
  const delivery = input.delivery
    ? deliverySettings(input.delivery, scenarios, diagnostics)
    : undefined;
  return { taxonomy, diagnostics, scenarios, ...(delivery ? { delivery } : {}) };
}

/** delivery.json read, and its endings held to the compiled scenarios; its problems join `diagnostics`. */
function deliverySettings(
  input: InputFile,
  scenarios: readonly ScenarioResult[],
  diagnostics: Diagnostic[],
): DeliverySettings | undefined {
  const file = sourceFile(input.path, input.text);
  const parsed = attempt(file, diagnostics, () => parseDeliveryFile(file));
  if (!parsed) return undefined;
  const compiled = scenarios.flatMap((s) => (s.scenario ? [s.scenario] : []));
  const found = [...parsed.diagnostics, ...unknownEndings(file, parsed.endingKeys, compiled)];
  diagnostics.push(...found);
  return found.length === 0 ? parsed.settings : undefined;
}

/** One scenario compiled; should the compiler throw, a CB002 at its machine.json and the course goes on. */
function compileGuarded(input: ScenarioInput, taxonomy: Taxonomy | undefined) {
  const diagnostics: Diagnostic[] = [];
  const path = input.machineJson?.path ?? `${input.dir ?? input.folder}/machine.json`;
  const origin = { line: 1, col: 1, offset: 0 };
  const file = { path, range: () => ({ start: origin, end: origin }) };
  return attempt(file, diagnostics, () => compileScenario(input, taxonomy)) ?? { diagnostics };
}
