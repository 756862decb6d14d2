/**
 * Stage: `behaviours.json`, the course's taxonomy of behaviours. Each entry says
 * which domain (management or leadership) a tagged choice shows, its polarity and,
 * for counterproductive ones, the failure pattern. A malformed entry is reported and
 * left out; the good ones are still used.
 */
import {
  DOMAINS,
  PATTERNS,
  POLARITIES,
  QUALITIES,
  type Behaviour,
  type Diagnostic,
  type Taxonomy,
} from '../contract';
import { diagnostic } from '../contract/catalogue';
import {
  describe,
  duplicateKeys,
  member,
  members,
  nodeRange,
  openingRange,
  parseJson,
  type JsonNode,
} from './json';
import { checkValues } from './json-limits';
import { count, LIMITS } from './limits';
import type { SourceFile } from './source';
import { didYouMean, nearest, oneOf } from './suggest';
import { q } from './quote';

const KEYS = ['id', 'label', 'description', 'domain', 'polarity', 'quality', 'pattern'];
const BEHAVIOUR_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function parseTaxonomy(file: SourceFile): {
  taxonomy?: Taxonomy;
  diagnostics: Diagnostic[];
} {
  const parsed = parseJson(file, {
    syntax: 'CB501',
    depth: 'CB506',
    size: 'CB506',
    maxBytes: LIMITS.taxonomyBytes,
    typical: "the project's own, with 66 behaviours, has about 21,000",
    needs: 'a taxonomy needs 3',
  });
  const root = parsed.root;
  if (!root) return { diagnostics: parsed.diagnostics };
  const diagnostics = parsed.diagnostics;
  const list = member(root, 'behaviours');
  if (root.type !== 'object' || !list || list.type !== 'array') {
    const near =
      root.type === 'object' && !list
        ? members(root).find((m) => nearest(m.key, ['behaviours']))
        : undefined;
    const shape =
      '{ "behaviours": [ { "id": …, "label": …, "description": …, "domain": …, "polarity": … } ] }';
    const [at, problem] = near
      ? [
          nodeRange(file, near.keyNode),
          `has no "behaviours" list. Did you mean "behaviours" instead of ${q(near.key)}?`,
        ]
      : list
        ? [openingRange(file, list), `has "behaviours" as ${describe(list)}, not a list [ … ].`]
        : root.type === 'object'
          ? [openingRange(file, root), 'has no "behaviours" list.']
          : [openingRange(file, root), `holds ${describe(root)}, not an object.`];
    diagnostics.push(
      diagnostic(
        'CB502',
        file.path,
        at,
        `behaviours.json ${problem} It should look like ${shape}.`,
      ),
    );
    return { diagnostics };
  }
  const listedKeys = new Set(['behaviours', '$schema']);
  for (const { key, keyNode } of members(root)) {
    if (!listedKeys.has(key)) {
      diagnostics.push(
        diagnostic(
          'CB502',
          file.path,
          nodeRange(file, keyNode),
          `behaviours.json has an unknown key ${q(key)}; only "behaviours" (and "$schema") belong at its top.`,
        ),
      );
    }
  }
  for (const m of duplicateKeys(root)) {
    diagnostics.push(
      diagnostic(
        'CB209',
        file.path,
        nodeRange(file, m.keyNode),
        `${q(m.key)} appears twice in the same object; JSON keeps only the last one. Remove one of them.`,
      ),
    );
  }
  checkValues(file, root, { length: 'CB506' }, diagnostics);
  const entries = (list.children ?? []).length;
  if (entries > LIMITS.behaviours)
    diagnostics.push(
      diagnostic(
        'CB506',
        file.path,
        openingRange(file, list),
        `behaviours.json lists ${count(entries)} behaviours; a course's taxonomy holds at most ${count(LIMITS.behaviours)}. Merge behaviours that mean the same, or split the course.`,
      ),
    );
  const behaviours: Behaviour[] = [];
  const seen = new Map<string, JsonNode>();
  for (const entry of list.children ?? []) {
    const behaviour = readBehaviour(file, entry, diagnostics);
    if (!behaviour) continue;
    const first = seen.get(behaviour.id);
    if (first) {
      const line = file.position((member(first, 'id') ?? first).offset).line;
      diagnostics.push(
        diagnostic(
          'CB503',
          file.path,
          nodeRange(file, member(entry, 'id') ?? entry),
          `The behaviour id ${q(behaviour.id)} is already used on line ${line}. Ids must be unique: rename one.`,
        ),
      );
      continue;
    }
    seen.set(behaviour.id, entry);
    behaviours.push(behaviour);
  }
  return { taxonomy: { behaviours }, diagnostics };
}

function readBehaviour(
  file: SourceFile,
  entry: JsonNode,
  diagnostics: Diagnostic[],
): Behaviour | undefined {
  const before = diagnostics.length;
  const report = (at: JsonNode, message: string) =>
    diagnostics.push(diagnostic('CB503', file.path, nodeRange(file, at), message));
  if (entry.type !== 'object') {
    report(
      entry,
      `Each behaviour must be an object { "id", "label", "description", "domain", "polarity" }, not ${describe(entry)}.`,
    );
    return undefined;
  }
  for (const { key, keyNode } of members(entry)) {
    if (!KEYS.includes(key))
      report(
        keyNode,
        `A behaviour has no key ${q(key)}.${didYouMean(key, KEYS)} The keys are ${oneOf(KEYS)}.`,
      );
  }
  const text = (key: string): string | undefined => {
    const node = member(entry, key);
    if (node?.type === 'string' && String(node.value).trim() !== '') return String(node.value);
    report(
      node ?? entry,
      `${label(entry)} needs ${q(key)} as text${node ? `, not ${describe(node)}` : ''}.`,
    );
    return undefined;
  };
  const choice = <T extends string>(
    key: string,
    allowed: readonly T[],
    required: boolean,
  ): T | undefined => {
    const node = member(entry, key);
    if (!node) {
      if (required) report(entry, `${label(entry)} needs ${q(key)}: ${oneOf(allowed)}.`);
      return undefined;
    }
    const value = String(node.value);
    if (node.type === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
    report(
      node,
      `${q(key)} must be ${oneOf(allowed)}, not ${describe(node)}.${node.type === 'string' ? didYouMean(value, allowed) : ''}`,
    );
    return undefined;
  };
  const id = text('id');
  if (id !== undefined && !BEHAVIOUR_ID.test(id))
    report(
      member(entry, 'id') ?? entry,
      `The behaviour id ${q(id)} must be kebab-case, e.g. "sets-clear-objectives".`,
    );
  const behaviour = {
    id,
    label: text('label'),
    description: text('description'),
    domain: choice('domain', DOMAINS, true),
    polarity: choice('polarity', POLARITIES, true),
    quality: choice('quality', QUALITIES, false),
    pattern: choice('pattern', PATTERNS, false),
  };
  if (behaviour.pattern && behaviour.polarity === 'effective') {
    report(
      member(entry, 'pattern') ?? entry,
      `${label(entry)} is effective, but has a failure "pattern". Patterns belong to counterproductive behaviours only: remove "pattern" or make the polarity "counterproductive".`,
    );
  }
  if (diagnostics.length > before) return undefined;
  const out: Behaviour = behaviour as Behaviour;
  if (!out.quality) delete out.quality;
  if (!out.pattern) delete out.pattern;
  return out;
}

function label(entry: JsonNode): string {
  const id = member(entry, 'id');
  return id?.type === 'string' ? `The behaviour ${q(String(id.value))}` : 'This behaviour';
}
