/**
 * A course's optional `delivery.json` (beside behaviours.json): how `npm run package`
 * scores a run for an LMS (scores per outcome, scores of single endings, the pass
 * mark) and cmi5's `moveOn`. Read like the other JSON files (positions from
 * jsonc-parser), its shape checked on the parsed tree as behaviours.json's is (not with
 * valibot: author mode loads the compiler, and valibot shared between it and the first
 * screen split the first screen's chunks past its budget), every problem a diagnostic at
 * the author's line: CB901 syntax, CB902 shape and values, CB903 an ending the course lacks.
 */
import type { CompiledScenario, Diagnostic } from '../contract';
import { diagnostic } from '../contract/catalogue';
import { describe, members, nodeRange, openingRange, parseJson, type JsonNode } from './json';
import { q } from './quote';
import type { SourceFile } from './source';
import { didYouMean } from './suggest';

/** What delivery.json may say; every field is optional (src/delivery/score.ts has the defaults). */
export interface DeliverySettings {
  scores?: { strong?: number; mixed?: number; weak?: number };
  endings?: Record<string, number>;
  passScore?: number;
  moveOn?: (typeof MOVE_ON)[number];
}

const MOVE_ON = [
  'CompletedAndPassed',
  'CompletedOrPassed',
  'Completed',
  'Passed',
  'NotApplicable',
] as const;

const SHAPE =
  '{ "scores": { "strong": 100, "mixed": 60, "weak": 30 }, "endings": { "scenario-id/ending-id": 80 }, "passScore": 60, "moveOn": "CompletedAndPassed" }';

export function parseDeliveryFile(file: SourceFile): {
  settings?: DeliverySettings;
  /** Where each `endings` key is written, for CB903 once the scenarios are compiled. */
  endingKeys: Map<string, JsonNode>;
  diagnostics: Diagnostic[];
} {
  const endingKeys = new Map<string, JsonNode>();
  const parsed = parseJson(file, {
    syntax: 'CB901',
    depth: 'CB901',
    size: 'CB901',
    maxBytes: 1_000_000,
    typical: 'a delivery.json usually has under 1,000',
    needs: 'delivery.json needs 2',
  });
  const root = parsed.root;
  if (!root) return { endingKeys, diagnostics: parsed.diagnostics };
  if (root.type !== 'object')
    return {
      endingKeys,
      diagnostics: [
        diagnostic(
          'CB902',
          file.path,
          openingRange(file, root),
          `delivery.json holds ${describe(root)}, not an object. It should look like ${SHAPE}.`,
        ),
      ],
    };
  const diagnostics: Diagnostic[] = [];
  const problem = (node: JsonNode, text: string) =>
    diagnostics.push(
      diagnostic(
        'CB902',
        file.path,
        openingRange(file, node),
        `delivery.json has ${text}. It should look like ${SHAPE} (every setting optional).`,
      ),
    );
  const settings: DeliverySettings = {};
  for (const { key, keyNode, value } of members(root)) {
    if (key === '$schema') {
      if (value.type !== 'string') problem(value, `${describe(value)} as "$schema", not a text`);
    } else if (key === 'scores') {
      const scores = readScores(value, problem);
      if (scores) settings.scores = scores;
    } else if (key === 'endings') {
      const endings = readEndings(value, problem, endingKeys);
      if (endings) settings.endings = endings;
    } else if (key === 'passScore') {
      const score = readScore(value, '"passScore"', problem);
      if (score !== undefined) settings.passScore = score;
    } else if (key === 'moveOn') {
      const moveOn = MOVE_ON.find((m) => value.type === 'string' && m === value.value);
      if (moveOn) settings.moveOn = moveOn;
      else
        problem(
          value,
          `${describe(value)} as "moveOn", but moveOn is one of ${MOVE_ON.join(', ')}`,
        );
    } else {
      problem(
        keyNode,
        `the setting ${q(key)}, but the known settings are ${SETTINGS.map((k) => q(k)).join(', ')}.${didYouMean(key, SETTINGS)} Remove it or correct its name`,
      );
    }
  }
  return diagnostics.length > 0
    ? { endingKeys, diagnostics }
    : { settings, endingKeys, diagnostics };
}

type Problem = (node: JsonNode, text: string) => void;

const SETTINGS = ['scores', 'endings', 'passScore', 'moveOn'];
const OUTCOMES = ['strong', 'mixed', 'weak'] as const;
const ENDING_KEY = /^[a-z0-9-]+\/[A-Za-z0-9_-]+$/;

/** A score, 0–100; undefined (and a problem) otherwise. */
function readScore(node: JsonNode, what: string, problem: Problem): number | undefined {
  if (
    node.type === 'number' &&
    typeof node.value === 'number' &&
    node.value >= 0 &&
    node.value <= 100
  )
    return node.value;
  problem(node, `${describe(node)} as ${what}, but a score is a number from 0 to 100`);
  return undefined;
}

function readScores(node: JsonNode, problem: Problem): DeliverySettings['scores'] {
  if (node.type !== 'object') {
    problem(node, `${describe(node)} as "scores", not an object of scores by outcome`);
    return undefined;
  }
  const scores: NonNullable<DeliverySettings['scores']> = {};
  for (const { key, keyNode, value } of members(node)) {
    const outcome = OUTCOMES.find((o) => o === key);
    if (!outcome) {
      problem(
        keyNode,
        `the outcome ${q(key)} in "scores", but the only outcomes are "strong", "mixed" and "weak".${didYouMean(key, OUTCOMES)}`,
      );
      continue;
    }
    const score = readScore(value, `the score of "${outcome}"`, problem);
    if (score !== undefined) scores[outcome] = score;
  }
  return scores;
}

function readEndings(
  node: JsonNode,
  problem: Problem,
  keys: Map<string, JsonNode>,
): DeliverySettings['endings'] {
  if (node.type !== 'object') {
    problem(
      node,
      `${describe(node)} as "endings", not an object of scores by "scenario-id/ending-id"`,
    );
    return undefined;
  }
  const endings: Record<string, number> = {};
  for (const { key, keyNode, value } of members(node)) {
    if (!ENDING_KEY.test(key)) {
      problem(
        keyNode,
        `the ending ${q(key)} in "endings", but an ending is named "scenario-id/ending-id", e.g. "missed-deadline/outcome-owned-plan"`,
      );
      continue;
    }
    keys.set(key, keyNode);
    const score = readScore(value, `the score of ${q(key)}`, problem);
    if (score !== undefined) endings[key] = score;
  }
  return endings;
}

/** CB903: each `endings` key that names no ending of a compiled scenario of the course. */
export function unknownEndings(
  file: SourceFile,
  endingKeys: ReadonlyMap<string, JsonNode>,
  scenarios: readonly CompiledScenario[],
): Diagnostic[] {
  const known = scenarios.flatMap((s) =>
    s.scenes.filter((scene) => scene.kind === 'ending').map((scene) => `${s.id}/${scene.id}`),
  );
  const out: Diagnostic[] = [];
  for (const [key, node] of endingKeys) {
    if (known.includes(key)) continue;
    out.push(
      diagnostic(
        'CB903',
        file.path,
        nodeRange(file, node),
        `delivery.json scores ${q(key)}, but the course has no such ending, so this score would never be used. Name an ending as "scenario-id/ending-id".${didYouMean(key, known)}`,
      ),
    );
  }
  return out;
}
