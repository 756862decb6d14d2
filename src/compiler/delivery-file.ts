/**
 * A course's optional `delivery.json` (beside behaviours.json): how `npm run package`
 * scores a run for an LMS (scores per outcome, scores of single endings, the pass
 * mark) and cmi5's `moveOn`. Read like the other JSON files (positions from
 * jsonc-parser), its shape checked with valibot, and every problem a diagnostic at the
 * author's line: CB901 syntax, CB902 shape and values, CB903 an ending the course lacks.
 */
import * as v from 'valibot';
import type { CompiledScenario, Diagnostic } from '../contract';
import { diagnostic } from '../contract/catalogue';
import { describe, member, nodeRange, openingRange, parseJson, type JsonNode } from './json';
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

const SCORE = v.pipe(
  v.number('a score is a number from 0 to 100'),
  v.minValue(0, 'a score is at least 0'),
  v.maxValue(100, 'a score is at most 100'),
);
const ENDING_KEY = v.pipe(
  v.string(),
  v.regex(
    /^[a-z0-9-]+\/[A-Za-z0-9_-]+$/,
    'an ending is named "scenario-id/ending-id", e.g. "missed-deadline/outcome-owned-plan"',
  ),
);

const SCHEMA = v.strictObject(
  {
    $schema: v.optional(v.string()),
    scores: v.optional(
      v.strictObject(
        { strong: v.optional(SCORE), mixed: v.optional(SCORE), weak: v.optional(SCORE) },
        'the only outcomes are "strong", "mixed" and "weak"',
      ),
    ),
    endings: v.optional(v.record(ENDING_KEY, SCORE)),
    passScore: v.optional(SCORE),
    moveOn: v.optional(v.picklist(MOVE_ON, `moveOn is one of ${MOVE_ON.join(', ')}`)),
  },
  'the known settings are "scores", "endings", "passScore" and "moveOn"',
);

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
  const result = v.safeParse(SCHEMA, JSON.parse(file.text) as unknown, { abortPipeEarly: true });
  if (!result.success)
    return {
      endingKeys,
      diagnostics: result.issues.map((issue) => issueDiagnostic(file, root, issue)),
    };
  for (const property of member(root, 'endings')?.children ?? []) {
    const keyNode = property.children?.[0];
    if (keyNode) endingKeys.set(String(keyNode.value), keyNode);
  }
  const settings: DeliverySettings = { ...result.output };
  delete (settings as { $schema?: string }).$schema;
  return { settings, endingKeys, diagnostics: [] };
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

function issueDiagnostic(
  file: SourceFile,
  root: JsonNode,
  issue: v.BaseIssue<unknown>,
): Diagnostic {
  const path = (issue.path ?? []).map((item) => String(item.key));
  let node = root;
  let keyNode: JsonNode | undefined;
  for (const key of path) {
    const property = node.children?.find((p) => p.children?.[0]?.value === key);
    const value = property?.children?.[1];
    if (!property || !value) break;
    keyNode = property.children?.[0];
    node = value;
  }
  // An unknown key is reported at the key itself; a wrong value at the value.
  const unknownKey =
    issue.type === 'strict_object' || (issue.kind === 'validation' && issue.type === 'regex');
  const at = unknownKey && keyNode ? nodeRange(file, keyNode) : openingRange(file, node);
  const where = path.length > 0 ? ` at ${path.map((k) => q(k)).join(' → ')}` : '';
  const what =
    unknownKey && keyNode ? `the setting ${q(String(keyNode.value))}` : `${describe(node)}${where}`;
  return diagnostic(
    'CB902',
    file.path,
    at,
    `delivery.json has ${what}, but ${issue.message}. It should look like ${SHAPE} (every setting optional).`,
  );
}
