/**
 * The compiler's entry point for one scenario: read → parse Markdown → parse machine
 * → link → validate → assemble. Pure and isomorphic: it takes the files' text (the
 * caller reads them from disk, a Vite plugin or the browser) and returns the
 * `CompiledScenario` when there are no errors, plus every diagnostic, sorted. It
 * never throws on author input.
 */
import { syncPlaceholders } from './sync-placeholders';
import type { CompiledScenario, Diagnostic, Taxonomy } from '../contract';
import { assemble } from './assemble';
import { diagnostic } from '../contract/catalogue';
import { attempt } from './attempt';
import { parseFrontMatter, type FrontMatter } from './frontmatter';
import { type Names } from './guards';
import { nodeRange } from './json';
import { link } from './link';
import { checkMetricLabels } from './metric-labels';
import { parseMachine, type MachineModel } from './machine';
import { parseBody, strayChoice } from './markdown';
import { sourceFile, type SourceFile } from './source';
import { checkKeyNames, intendedNames } from './spelling';
import { checkStructure } from './structure';
import { knownNames } from './suggest';
import { words } from '../i18n/diagnostic-words';
import { q } from './quote';
import { resolveTransitions } from './resolve-transitions';
import { checkDialogue } from './characters';
import { checkImages, type AssetFile } from './images';
import { checkConditionUses, checkUnused, readConditions } from './conditions';

export interface InputFile {
  /** Path shown in diagnostics, relative to the course folder, e.g. `missed-deadline/machine.json`. */
  path: string;
  text: string;
}

export interface ScenarioInput {
  /** The scenario folder's name; it must equal the machine's `id`. */
  folder: string;
  /** How to show the folder's path in diagnostics about missing files (default: `folder`). */
  dir?: string;
  scenarioMd?: InputFile;
  machineJson?: InputFile;
  /** Format v1.1: the image files under the folder's `assets/` (paths like `assets/adaeze.svg`); only read when the scenario uses images. */
  assets?: AssetFile[];
  /** Issue 18: the folder's `scenario.<lang>.md` files, each with the tag from its name. */
  translations?: TranslationInput[];
}

/** A translation file and the language tag its name gives (`scenario.de.md` → `de`). */
export interface TranslationInput {
  lang: string;
  file: InputFile;
}

export interface CompileResult {
  scenario?: CompiledScenario;
  diagnostics: Diagnostic[];
}

export function compileScenario(input: ScenarioInput, taxonomy?: Taxonomy): CompileResult {
  const diagnostics: Diagnostic[] = [];
  for (const [name, file] of [
    ['scenario.md', input.scenarioMd],
    ['machine.json', input.machineJson],
  ] as const) {
    if (!file) {
      const path = `${input.dir ?? input.folder}/${name}`;
      const origin = { line: 1, col: 1, offset: 0 };
      diagnostics.push(
        diagnostic(
          'CB001',
          path,
          { start: origin, end: origin },
          words('diagnostics.CB001.missingFile', { folder: q(input.folder), name }),
        ),
      );
    }
  }
  if (!input.scenarioMd || !input.machineJson) return { diagnostics };

  const md = sourceFile(input.scenarioMd.path, input.scenarioMd.text);
  const json = sourceFile(input.machineJson.path, input.machineJson.text);
  const frontResult = attempt(md, diagnostics, () => parseFrontMatter(md));
  diagnostics.push(...(frontResult?.diagnostics ?? []));
  const front = frontResult?.front;
  const bodyResult = front
    ? attempt(md, diagnostics, () => parseBody(md, front.bodyOffset))
    : undefined;
  if (bodyResult) diagnostics.push(...bodyResult.diagnostics);
  diagnostics.push(...syncPlaceholders(md));
  const machineResult = attempt(json, diagnostics, () => parseMachine(json));
  diagnostics.push(...(machineResult?.diagnostics ?? []));
  const machine = machineResult?.machine;
  if (!machine) {
    for (const stray of bodyResult?.body.strays ?? []) diagnostics.push(strayChoice(md, stray));
    return { diagnostics: sorted(diagnostics) };
  }
  const result = attempt(json, diagnostics, () =>
    checkAndAssemble({ md, json, front, bodyResult, machine, input, taxonomy }, diagnostics),
  );
  return result ?? { diagnostics: sorted(diagnostics) };
}

interface Parsed {
  md: SourceFile;
  json: SourceFile;
  front: FrontMatter | undefined;
  bodyResult: ReturnType<typeof parseBody> | undefined;
  machine: MachineModel;
  input: ScenarioInput;
  taxonomy: Taxonomy | undefined;
}

/** Everything after parsing: names, links, structure, then the compiled scenario when nothing is wrong. */
function checkAndAssemble(parsed: Parsed, diagnostics: Diagnostic[]): CompileResult {
  const { md, json, front, bodyResult, machine, input, taxonomy } = parsed;
  const names: Names = {
    metrics: new Set(machine.metrics.keys()),
    flags: new Set(machine.flags.keys()),
    states: new Set(machine.states.map((s) => s.id)),
    events: new Set(machine.states.flatMap((s) => s.events.map((e) => e.event))),
    invalid: machine.invalidContext,
    intended: intendedNames(machine),
  };
  checkIdentity(json, input.folder, machine, names, diagnostics);
  // Format v1.1 (cond15): named conditions, used by guards and by `::: when` blocks.
  const conditions = readConditions(json, machine, names, diagnostics);
  if (conditions) names.conditions = conditions.resolver;
  const resolved = resolveTransitions(json, machine, names, diagnostics);
  const resolvedConditions = conditions?.resolveAll();
  const uses = bodyResult?.body.conditionUses ?? [];
  if (uses.length > 0 || conditions) checkConditionUses(md, uses, conditions, diagnostics);
  if (conditions) checkUnused(json, conditions, diagnostics);
  checkBehaviours(json, machine, taxonomy, diagnostics);
  if (front) checkMetricLabels(md, json, front, machine, diagnostics);
  const linked = bodyResult ? link(md, json, machine, bodyResult.body) : undefined;
  diagnostics.push(...checkKeyNames(json, machine, linked?.respelt));
  if (linked) diagnostics.push(...linked.diagnostics);
  diagnostics.push(...checkStructure(json, machine));
  const characters = front?.characters ?? [];
  if (bodyResult) checkDialogue(md, characters, bodyResult.body, diagnostics);
  const images = bodyResult
    ? checkImages(md, bodyResult.body, characters, input.assets, diagnostics)
    : undefined;

  const result = sorted(diagnostics);
  if (result.some((d) => d.severity === 'error') || !front || !bodyResult)
    return { diagnostics: result };
  const scenario = assemble({
    md,
    json,
    front,
    body: bodyResult.body,
    machine,
    resolved,
    taxonomy,
    images,
    conditions: resolvedConditions,
  });
  return scenario ? { scenario, diagnostics: result } : { diagnostics: result };
}

function checkIdentity(
  json: SourceFile,
  folder: string,
  machine: MachineModel,
  names: Names,
  diagnostics: Diagnostic[],
): void {
  if (machine.id !== undefined && machine.idNode && machine.id !== folder) {
    diagnostics.push(
      diagnostic(
        'CB207',
        json.path,
        nodeRange(json, machine.idNode),
        words('diagnostics.CB207.folderMismatch', { id: q(machine.id), folder: q(folder) }),
      ),
    );
  }
  if (
    machine.initial !== undefined &&
    machine.initialNode &&
    !machine.states.some((s) => s.id === machine.initial) &&
    !names.intended?.states.has(machine.initial)
  ) {
    const ids = machine.states.map((s) => s.id);
    diagnostics.push(
      diagnostic(
        'CB204',
        json.path,
        nodeRange(json, machine.initialNode),
        words('diagnostics.CB204.noState', {
          initial: q(machine.initial),
          suggestion: knownNames(machine.initial, ids, 'states'),
        }),
      ),
    );
  }
}

function checkBehaviours(
  json: SourceFile,
  machine: MachineModel,
  taxonomy: Taxonomy | undefined,
  diagnostics: Diagnostic[],
): void {
  const known = new Set(taxonomy?.behaviours.map((b) => b.id));
  for (const state of machine.states) {
    for (const event of state.events) {
      const tags = event.transitions.flatMap((t) => t.behaviours);
      if (tags.length === 0) {
        diagnostics.push(
          diagnostic(
            'CB505',
            json.path,
            nodeRange(json, event.keyNode),
            words('diagnostics.CB505.noBehaviour', { event: q(event.event), state: q(state.id) }),
          ),
        );
      }
      if (!taxonomy) continue;
      for (const tag of tags) {
        if (known.has(tag.id)) continue;
        diagnostics.push(
          diagnostic(
            'CB504',
            json.path,
            nodeRange(json, tag.node),
            words('diagnostics.CB504.unknown', {
              behaviour: q(tag.id),
              suggestion: knownNames(tag.id, known, 'behaviours'),
            }),
          ),
        );
      }
    }
  }
}

function sorted(diagnostics: Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      compare(a.file, b.file) ||
      a.range.start.offset - b.range.start.offset ||
      compare(a.code, b.code),
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
