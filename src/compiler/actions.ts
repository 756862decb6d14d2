/**
 * Stage: actions. Only the format's two actions exist, `adjust` (metrics by a number)
 * and `set` (flags to true or false), each checked against the machine's own metrics
 * and flags with the same names and hints as the guards (`guards.ts`).
 */
import type { Action, Diagnostic } from '../contract';
import { diagnostic, type Code } from '../contract/catalogue';
import { checkFlagName, checkMetricName, type Names } from './guards';
import { describe, member, members, nodeRange, type JsonNode } from './json';
import { LIMITS } from './limits';
import { tooMany } from './json-limits';
import type { SourceFile } from './source';
import { didYouMean, oneOf } from './suggest';
import { q } from './quote';

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
      'actions on one transition',
      'One "adjust" can change several metrics and one "set" several flags: combine them.',
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
  const report = (code: Code, at: JsonNode, message: string) => {
    diagnostics.push(diagnostic(code, file.path, nodeRange(file, at), message));
    return undefined;
  };
  if (node.type === 'string') {
    const name = String(node.value);
    if (!ACTIONS.includes(name)) return report('CB303', node, unknownAction(name));
    return report(
      'CB304',
      node,
      `An action is written as an object with its params, e.g. ${ACTION_EXAMPLE.get(name)}, not as ${q(name)} alone.`,
    );
  }
  if (node.type !== 'object')
    return report(
      'CB304',
      node,
      `An action must be an object like ${ACTION_EXAMPLE.get('adjust')}, not ${describe(node)}.`,
    );
  const typeNode = member(node, 'type');
  if (!typeNode || typeNode.type !== 'string')
    return report('CB304', typeNode ?? node, `An action needs a "type": ${oneOf(ACTIONS)}.`);
  const type = String(typeNode.value);
  if (!ACTIONS.includes(type)) return report('CB303', typeNode, unknownAction(type));
  for (const { key, keyNode } of members(node)) {
    if (key !== 'type' && key !== 'params')
      report('CB304', keyNode, `An action has only "type" and "params"; remove ${q(key)}.`);
  }
  const params = member(node, 'params');
  if (!params || params.type !== 'object' || members(params).length === 0) {
    return report(
      'CB304',
      params ?? typeNode,
      `The ${q(type)} action needs "params" naming what it changes, e.g. ${ACTION_EXAMPLE.get(type)}.`,
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
          `"adjust" adds a number to ${q(key)}: write e.g. ${q(key)}: 1 or ${q(key)}: -1, not ${describe(value)}.`,
        );
    } else {
      checkFlagName(file, key, keyNode, names, diagnostics);
      if (value.type !== 'boolean')
        report(
          'CB304',
          value,
          `"set" gives ${q(key)} the value true or false, not ${describe(value)}.`,
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

function unknownAction(name: string): string {
  const hint =
    name === 'assign'
      ? ' XState\'s "assign" runs code, which a scenario file cannot: use "adjust" for metrics and "set" for flags.'
      : didYouMean(name, ACTIONS);
  return `There is no action called ${q(name)}.${hint} The actions are "adjust" (add to metrics) and "set" (set flags).`;
}
