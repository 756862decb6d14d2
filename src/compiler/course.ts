/**
 * A course is a folder of scenario folders with its `behaviours.json` beside them.
 * Compiling it checks the taxonomy once, then each scenario against it; one broken
 * scenario never hides the others.
 */
import type {
  CompiledScenario,
  Diagnostic,
  ScenarioTranslation,
  Taxonomy,
  TaxonomyTranslation,
} from '../contract';
import {
  compileScenario,
  type InputFile,
  type ScenarioInput,
  type TranslationInput,
} from './compile';
import { compileTranslation } from './translation';
import { parseTaxonomyTranslation } from './taxonomy-translation';
import { attempt } from './attempt';
import { sourceFile } from './source';
import { parseTaxonomy } from './taxonomy';
import { words } from '../i18n/diagnostic-words';
import { parseDeliveryFile, unknownEndings, type DeliverySettings } from './delivery-file';

export interface CourseInput {
  /** The course's `behaviours.json` (or the project's, for a scenario checked on its own). */
  taxonomy?: InputFile;
  scenarios: ScenarioInput[];
  /** Where the course's `behaviours.json` would be, for the message when it is missing. */
  taxonomyPath?: string;
  /** The course's optional `delivery.json`: how `npm run package` scores a run for an LMS. */
  delivery?: InputFile;
  /** Issue 18: the `behaviours.<lang>.json` files beside `behaviours.json`. */
  taxonomyTranslations?: TranslationInput[];
}

interface ScenarioResult {
  folder: string;
  scenario?: CompiledScenario;
  diagnostics: Diagnostic[];
  /** Issue 18: the scenario's translations that compiled (their problems are in `diagnostics`). */
  translations?: ScenarioTranslation[];
}

export interface CourseResult {
  taxonomy?: Taxonomy;
  /** Diagnostics of `behaviours.json` and `delivery.json` themselves. */
  diagnostics: Diagnostic[];
  scenarios: ScenarioResult[];
  /** The course's `delivery.json`, when it has one without errors. */
  delivery?: DeliverySettings;
  /** Issue 18: the taxonomy's translations without errors (their problems are in `diagnostics`). */
  taxonomyTranslations?: TaxonomyTranslation[];
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
      ...words('diagnostics.CB502.noTaxonomy'),
      file: input.taxonomyPath ?? 'behaviours.json',
      range: { start: origin, end: origin },
    });
  }
  const scenarios = [...input.scenarios]
    .sort((a, b) => (a.folder < b.folder ? -1 : a.folder > b.folder ? 1 : 0))
    .map((s) => withTranslations(s, { folder: s.folder, ...compileGuarded(s, taxonomy) }));
  const delivery = input.delivery
    ? deliverySettings(input.delivery, scenarios, diagnostics)
    : undefined;
  const taxonomyTranslations = (input.taxonomyTranslations ?? []).flatMap(({ lang, file }) => {
    const source = sourceFile(file.path, file.text);
    const parsed = attempt(source, diagnostics, () =>
      parseTaxonomyTranslation(source, taxonomy, lang),
    );
    diagnostics.push(...(parsed?.diagnostics ?? []));
    return parsed?.translation ? [parsed.translation] : [];
  });
  return {
    taxonomy,
    diagnostics,
    scenarios,
    ...(delivery ? { delivery } : {}),
    ...(taxonomyTranslations.length > 0 ? { taxonomyTranslations } : {}),
  };
}

/**
 * Issue 18: each `scenario.<lang>.md` compiled against its compiled source, its problems
 * beside the scenario's. A source that does not compile has nothing to hold a translation
 * to: its own errors come first.
 */
function withTranslations(input: ScenarioInput, result: ScenarioResult): ScenarioResult {
  const compiled = result.scenario;
  if (!compiled || !input.translations?.length) return result;
  const diagnostics = [...result.diagnostics];
  const translations: ScenarioTranslation[] = [];
  for (const { lang, file } of input.translations) {
    const located = sourceFile(file.path, file.text);
    const done = attempt(located, diagnostics, () =>
      compileTranslation(input, compiled, file, lang),
    );
    if (!done) continue;
    diagnostics.push(...done.diagnostics);
    if (done.translation) translations.push(done.translation);
  }
  return {
    ...result,
    diagnostics,
    ...(translations.length > 0 ? { translations } : {}),
  };
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
