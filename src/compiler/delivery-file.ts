/**
 * A course's optional `delivery.json` (beside behaviours.json): how `npm run package`
 * scores a run for an LMS (scores per outcome, scores of single endings, the pass
 * mark) and cmi5's `moveOn`. Read like the other JSON files (positions from
 * jsonc-parser), its shape checked on the parsed tree as behaviours.json's is (not with
 * valibot: author mode loads the compiler, and valibot shared between it and the first
 * screen split the first screen's chunks past its budget), every problem a diagnostic at
 * the author's line: CB901 syntax, CB902 shape and values, CB903 an ending the course lacks.
 */
import type { CompiledScenario, Diagnostic, WordingValue } from '../contract';
import { diagnostic } from '../contract/catalogue';
import { phrase, words } from '../i18n/diagnostic-words';
import { describeNode, members, nodeRange, openingRange, parseJson, type JsonNode } from './json';
import { q } from './quote';
import type { SourceFile } from './source';
import { suggestion } from './suggest';

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
    typical: phrase('diagnostics.json.typical.delivery'),
    needs: phrase('diagnostics.json.needs.delivery'),
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
          words('diagnostics.CB902.notObject', { node: describeNode(root), shape: SHAPE }),
        ),
      ],
    };
  const diagnostics: Diagnostic[] = [];
  const problem: Problem = (node, text) =>
    diagnostics.push(
      diagnostic(
        'CB902',
        file.path,
        openingRange(file, node),
        words('diagnostics.CB902.problem', { problem: text, shape: SHAPE }),
      ),
    );
  const settings: DeliverySettings = {};
  for (const { key, keyNode, value } of members(root)) {
    if (key === '$schema') {
      if (value.type !== 'string')
        problem(value, phrase('diagnostics.CB902.schema', { node: describeNode(value) }));
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
          phrase('diagnostics.CB902.moveOn', {
            node: describeNode(value),
            values: MOVE_ON.join(', '),
          }),
        );
    } else {
      problem(
        keyNode,
        phrase('diagnostics.CB902.unknownSetting', {
          key: q(key),
          settings: SETTINGS.map((k) => q(k)).join(', '),
          suggestion: suggestion(key, SETTINGS),
        }),
      );
    }
  }
  return diagnostics.length > 0
    ? { endingKeys, diagnostics }
    : { settings, endingKeys, diagnostics };
}

/** One problem of delivery.json: what it has (a part of the CB902 message) and where. */
type Problem = (node: JsonNode, text: WordingValue) => void;

const SETTINGS = ['scores', 'endings', 'passScore', 'moveOn'];
const OUTCOMES = ['strong', 'mixed', 'weak'] as const;
const ENDING_KEY = /^[a-z0-9-]+\/[A-Za-z0-9_-]+$/;

/** A score, 0–100; undefined (and a problem) otherwise. */
function readScore(node: JsonNode, what: WordingValue, problem: Problem): number | undefined {
  if (
    node.type === 'number' &&
    typeof node.value === 'number' &&
    node.value >= 0 &&
    node.value <= 100
  )
    return node.value;
  problem(node, phrase('diagnostics.CB902.score', { node: describeNode(node), what }));
  return undefined;
}

function readScores(node: JsonNode, problem: Problem): DeliverySettings['scores'] {
  if (node.type !== 'object') {
    problem(node, phrase('diagnostics.CB902.scores', { node: describeNode(node) }));
    return undefined;
  }
  const scores: NonNullable<DeliverySettings['scores']> = {};
  for (const { key, keyNode, value } of members(node)) {
    const outcome = OUTCOMES.find((o) => o === key);
    if (!outcome) {
      problem(
        keyNode,
        phrase('diagnostics.CB902.outcome', { key: q(key), suggestion: suggestion(key, OUTCOMES) }),
      );
      continue;
    }
    const score = readScore(
      value,
      phrase('diagnostics.CB902.scoreOf', { name: `"${outcome}"` }),
      problem,
    );
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
    problem(node, phrase('diagnostics.CB902.endings', { node: describeNode(node) }));
    return undefined;
  }
  const endings: Record<string, number> = {};
  for (const { key, keyNode, value } of members(node)) {
    if (!ENDING_KEY.test(key)) {
      problem(keyNode, phrase('diagnostics.CB902.endingName', { key: q(key) }));
      continue;
    }
    keys.set(key, keyNode);
    const score = readScore(value, phrase('diagnostics.CB902.scoreOf', { name: q(key) }), problem);
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
        words('diagnostics.CB903.unknownEnding', {
          key: q(key),
          suggestion: suggestion(key, known),
        }),
      ),
    );
  }
  return out;
}
