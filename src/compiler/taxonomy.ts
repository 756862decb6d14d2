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
  type Worded,
  type Wording,
} from '../contract';
import { diagnostic } from '../contract/catalogue';
import { phrase, words } from '../i18n/diagnostic-words';
import {
  describeNode,
  duplicateKeys,
  member,
  members,
  nodeRange,
  openingRange,
  parseJson,
  type JsonNode,
} from './json';
import { checkValues } from './json-limits';
import { LIMITS } from './limits';
import type { SourceFile } from './source';
import { nearest, oneOfNames, suggestion } from './suggest';
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
    typical: phrase('diagnostics.json.typical.taxonomy'),
    needs: phrase('diagnostics.json.needs.taxonomy'),
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
          words('diagnostics.CB502.misspelt', { key: q(near.key), shape }),
        ]
      : list
        ? [
            openingRange(file, list),
            words('diagnostics.CB502.notList', { found: describeNode(list), shape }),
          ]
        : root.type === 'object'
          ? [openingRange(file, root), words('diagnostics.CB502.noList', { shape })]
          : [
              openingRange(file, root),
              words('diagnostics.CB502.notObject', { found: describeNode(root), shape }),
            ];
    diagnostics.push(diagnostic('CB502', file.path, at, problem));
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
          words('diagnostics.CB502.unknownKey', { key: q(key) }),
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
        words('diagnostics.CB209.taxonomy', { key: q(m.key) }),
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
        words('diagnostics.CB506.tooMany', { count: entries, max: LIMITS.behaviours }),
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
          words('diagnostics.CB503.duplicateId', { id: q(behaviour.id), line: String(line) }),
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
  const report = (at: JsonNode, message: Worded) =>
    diagnostics.push(diagnostic('CB503', file.path, nodeRange(file, at), message));
  if (entry.type !== 'object') {
    report(entry, words('diagnostics.CB503.notObject', { found: describeNode(entry) }));
    return undefined;
  }
  for (const { key, keyNode } of members(entry)) {
    if (!KEYS.includes(key))
      report(
        keyNode,
        words('diagnostics.CB503.unknownKey', {
          key: q(key),
          suggestion: suggestion(key, KEYS),
          keys: oneOfNames(KEYS),
        }),
      );
  }
  const text = (key: string): string | undefined => {
    const node = member(entry, key);
    if (node?.type === 'string' && String(node.value).trim() !== '') return String(node.value);
    report(
      node ?? entry,
      node
        ? words('diagnostics.CB503.textNot', {
            behaviour: label(entry),
            key: q(key),
            found: describeNode(node),
          })
        : words('diagnostics.CB503.text', { behaviour: label(entry), key: q(key) }),
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
      if (required)
        report(
          entry,
          words('diagnostics.CB503.needs', {
            behaviour: label(entry),
            key: q(key),
            allowed: oneOfNames(allowed),
          }),
        );
      return undefined;
    }
    const value = String(node.value);
    if (node.type === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
    report(
      node,
      words('diagnostics.CB503.notAllowed', {
        key: q(key),
        allowed: oneOfNames(allowed),
        found: describeNode(node),
        suggestion: node.type === 'string' ? suggestion(value, allowed) : '',
      }),
    );
    return undefined;
  };
  const id = text('id');
  if (id !== undefined && !BEHAVIOUR_ID.test(id))
    report(member(entry, 'id') ?? entry, words('diagnostics.CB503.kebab', { id: q(id) }));
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
      words('diagnostics.CB503.patternEffective', { behaviour: label(entry) }),
    );
  }
  if (diagnostics.length > before) return undefined;
  const out: Behaviour = behaviour as Behaviour;
  if (!out.quality) delete out.quality;
  if (!out.pattern) delete out.pattern;
  return out;
}

/** The behaviour a message is about, opening its sentence: `The behaviour "x"` or `This behaviour`. */
function label(entry: JsonNode): Wording {
  const id = member(entry, 'id');
  return id?.type === 'string'
    ? phrase('diagnostics.CB503.behaviour', { id: q(String(id.value)) })
    : phrase('diagnostics.CB503.thisBehaviour');
}
