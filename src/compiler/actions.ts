/**
 * Stage: actions. Only the format's two actions exist, `adjust` (metrics by a number)
 * and `set` (flags to true or false), each checked against the machine's own metrics
 * and flags with the same names and hints as the guards (`guards.ts`).
 */
import type { Action, Diagnostic, Worded } from '../contract';
import { diagnostic, type Code } from '../contract/catalogue';
import { checkFlagName, checkMetricName, type Names } from './guards';
import { describeNode, member, members, nodeRange, type JsonNode } from './json';
import { LIMITS } from './limits';
import { tooMany } from './json-limits';
import type { SourceFile } from './source';
import { oneOfNames, suggestion } from './suggest';
import { q } from './quote';
import { phrase, words } from '../i18n/diagnostic-words';

const ACTIONS = ['adjust', 'set'];

export function checkActions(
  file: SourceFile,
  node: JsonNode | undefined,
  names: Names,
  diagnostics: Diagnostic[],
): Action[] {
  if (!node) return [];
  const list = node.type === 'array' ? (node.children ?? []) : [node];
  if (node.type === 'array')
    tooMany(
      file,
      node,
      list.length,
      LIMITS.actions,
      phrase('diagnostics.CB214.what.actions'),
      phrase('diagnostics.CB214.fix.actions'),
      diagnostics,
    );
  const out: Action[] = [];
  for (const item of list) {
    const action = checkAction(file, item, names, diagnostics);
    if (action) out.push(action);
  }
  return out;
}

function checkAction(
  file: SourceFile,
  node: JsonNode,
  names: Names,
  diagnostics: Diagnostic[],
): Action | undefined {
  const report = (code: Code, at: JsonNode, message: Worded) => {
    diagnostics.push(diagnostic(code, file.path, nodeRange(file, at), message));
    return undefined;
  };
  if (node.type === 'string') {
    const name = String(node.value);
    if (!ACTIONS.includes(name)) return report('CB303', node, unknownAction(name));
    return report(
      'CB304',
      node,
      words('diagnostics.CB304.alone', { example: example(name), name: q(name) }),
    );
  }
  if (node.type !== 'object')
    return report(
      'CB304',
      node,
      words('diagnostics.CB304.notObject', {
        example: example('adjust'),
        found: describeNode(node),
      }),
    );
  const typeNode = member(node, 'type');
  if (!typeNode || typeNode.type !== 'string')
    return report(
      'CB304',
      typeNode ?? node,
      words('diagnostics.CB304.noType', { types: oneOfNames(ACTIONS) }),
    );
  const type = String(typeNode.value);
  if (!ACTIONS.includes(type)) return report('CB303', typeNode, unknownAction(type));
  for (const { key, keyNode } of members(node)) {
    if (key !== 'type' && key !== 'params')
      report('CB304', keyNode, words('diagnostics.CB304.extraKey', { key: q(key) }));
  }
  const params = member(node, 'params');
  if (!params || params.type !== 'object' || members(params).length === 0) {
    return report(
      'CB304',
      params ?? typeNode,
      words('diagnostics.CB304.noParams', { type: q(type), example: example(type) }),
    );
  }
  const before = diagnostics.length;
  const values: Record<string, number | boolean> = Object.create(null) as Record<
    string,
    number | boolean
  >;
  for (const { key, keyNode, value } of members(params)) {
    if (type === 'adjust') {
      checkMetricName(file, key, keyNode, names, diagnostics);
      if (value.type !== 'number')
        report(
          'CB304',
          value,
          words('diagnostics.CB304.adjustNumber', { key: q(key), found: describeNode(value) }),
        );
    } else {
      checkFlagName(file, key, keyNode, names, diagnostics);
      if (value.type !== 'boolean')
        report(
          'CB304',
          value,
          words('diagnostics.CB304.setBoolean', { key: q(key), found: describeNode(value) }),
        );
    }
    values[key] = value.value as number | boolean;
  }
  if (diagnostics.length > before) return undefined;
  return type === 'adjust'
    ? { type: 'adjust', params: values as Record<string, number> }
    : { type: 'set', params: values as Record<string, boolean> };
}

const ACTION_EXAMPLE: ReadonlyMap<string, string> = new Map(
  Object.entries({
    adjust: '{ "type": "adjust", "params": { "trust": 1 } }',
    set: '{ "type": "set", "params": { "escalated": true } }',
  }),
);

/** An action's example, as code (the same in every language). */
function example(name: string): string {
  return ACTION_EXAMPLE.get(name) ?? '';
}

function unknownAction(name: string): Worded {
  const hint = name === 'assign' ? phrase('diagnostics.CB303.assign') : suggestion(name, ACTIONS);
  return words('diagnostics.CB303.unknown', { name: q(name), hint });
}
