/**
 * Stage: guards. Only the format's named guards (`metric`, `flag`, `visited`, `chose`,
 * `and`/`or`/`not`) exist (the actions are in `actions.ts`); each is checked against the machine's own metrics, flags, states and events, so an author
 * learns of a misspelt metric before a learner meets a choice that never appears.
 */
import type { Diagnostic, Guard } from '../contract';
import { diagnostic, type Code } from '../contract/catalogue';
import { describe, member, members, nodeRange, type JsonNode } from './json';
import { LIMITS } from './limits';
import { tooMany } from './json-limits';
import type { SourceFile } from './source';
import { didYouMean, oneOf, suggestName } from './suggest';
import { q } from './quote';

export interface Names {
  metrics: ReadonlySet<string>;
  flags: ReadonlySet<string>;
  states: ReadonlySet<string>;
  events: ReadonlySet<string>;
  /** Context names with an invalid value, already reported: not reported again where used. */
  invalid?: ReadonlySet<string>;
  /**
   * State ids and events in the format's form that machine.json's key writes in another
   * (CB211 there says to rename the key): a guard that already uses this form is right.
   */
  intended?: { states: ReadonlySet<string>; events: ReadonlySet<string> };
  /** Format v1.1 (cond15): the named conditions of `meta.conditions` (see conditions.ts). */
  conditions?: ConditionResolver;
}

/** Resolves a guard written as a condition's name; reports a cycle at `at`. */
export interface ConditionResolver {
  names: ReadonlySet<string>;
  resolve(
    name: string,
    file: SourceFile,
    at: JsonNode,
    diagnostics: Diagnostic[],
  ): Guard | undefined;
}

const GUARDS = ['metric', 'flag', 'visited', 'chose', 'and', 'or', 'not'];
const COMPARISONS = ['atLeast', 'atMost', 'equals'];

/**
 * Check one guard and convert it. `depth` counts the `and` / `or` / `not` around it: the
 * recursion stops at {@link LIMITS.guardDepth} with a CB309, so no guard can overflow
 * the stack (and the JSON depth limit bounds it before that).
 */
export function checkGuard(
  file: SourceFile,
  node: JsonNode,
  names: Names,
  diagnostics: Diagnostic[],
  depth = 0,
): Guard | undefined {
  const report = (code: Code, at: JsonNode, message: string) => {
    diagnostics.push(diagnostic(code, file.path, nodeRange(file, at), message));
    return undefined;
  };
  if (depth > LIMITS.guardDepth)
    return report(
      'CB309',
      node,
      `This guard is inside ${LIMITS.guardDepth} others ("and", "or" and "not" within one another); Casebook reads at most ${LIMITS.guardDepth} levels. Write the condition with fewer levels: "not" twice is the guard itself, and an "and" inside an "and" can be one list.`,
    );
  if (node.type === 'string') {
    const name = String(node.value);
    if (names.conditions?.names.has(name))
      return names.conditions.resolve(name, file, node, diagnostics);
    if (names.conditions)
      return report(
        'CB302',
        node,
        `There is no condition called ${q(name)} in the machine's "meta.conditions".${suggestName(name, names.conditions.names, 'conditions')} Use one of its names, or write the guard as an object, e.g. { "type": "flag", "params": { "name": "escalated" } }.`,
      );
    return report(
      'CB302',
      node,
      `A guard is written as an object with its params, e.g. { "type": "metric", "params": { "name": "trust", "atLeast": 2 } }, not as the name ${q(String(node.value))} alone.`,
    );
  }
  if (node.type !== 'object')
    return report(
      'CB302',
      node,
      `A guard must be an object like { "type": "flag", "params": { "name": "escalated" } }, not ${describe(node)}.`,
    );
  const typeNode = member(node, 'type');
  if (!typeNode || typeNode.type !== 'string')
    return report('CB302', typeNode ?? node, `A guard needs a "type": one of ${oneOf(GUARDS)}.`);
  const type = String(typeNode.value);
  if (!GUARDS.includes(type)) {
    return report(
      'CB301',
      typeNode,
      `There is no guard called ${q(type)}.${didYouMean(type, GUARDS)} Scenario files run no code; the guards are ${oneOf(GUARDS)}.`,
    );
  }
  const allowed =
    type === 'and' || type === 'or'
      ? ['type', 'guards']
      : type === 'not'
        ? ['type', 'guard']
        : ['type', 'params'];
  for (const { key, keyNode } of members(node)) {
    if (!allowed.includes(key))
      report(
        'CB302',
        keyNode,
        `A ${q(type)} guard has no ${q(key)}.${didYouMean(key, allowed)} It takes ${oneOf(allowed.filter((k) => k !== 'type'))}.`,
      );
  }
  if (type === 'and' || type === 'or') {
    const list = member(node, 'guards');
    if (!list || list.type !== 'array' || (list.children ?? []).length === 0) {
      return report(
        'CB302',
        list ?? typeNode,
        `An ${q(type)} guard needs "guards": a list of one or more guards, e.g. [{ "type": "flag", "params": { "name": "escalated" } }].`,
      );
    }
    tooMany(
      file,
      list,
      (list.children ?? []).length,
      LIMITS.guardList,
      `guards in one ${q(type)}`,
      'Name fewer, broader conditions, or split the choice.',
      diagnostics,
    );
    const guards = (list.children ?? []).map((child) =>
      checkGuard(file, child, names, diagnostics, depth + 1),
    );
    return guards.every((g): g is Guard => g !== undefined) ? { type, guards } : undefined;
  }
  if (type === 'not') {
    const inner = member(node, 'guard');
    if (!inner)
      return report(
        'CB302',
        typeNode,
        'A "not" guard needs "guard": the one guard it turns around, e.g. { "type": "not", "guard": { "type": "flag", "params": { "name": "escalated" } } }.',
      );
    const guard = checkGuard(file, inner, names, diagnostics, depth + 1);
    return guard ? { type: 'not', guard } : undefined;
  }
  const params = member(node, 'params');
  if (!params || params.type !== 'object') {
    return report(
      'CB302',
      params ?? typeNode,
      `A ${q(type)} guard needs "params": ${PARAMS_EXAMPLE.get(type)}.`,
    );
  }
  return checkNamedGuard(file, type, params, names, diagnostics);
}

const PARAMS_EXAMPLE: ReadonlyMap<string, string> = new Map(
  Object.entries({
    metric: '{ "name": "trust", "atLeast": 2 } (with "atLeast", "atMost" and/or "equals")',
    flag: '{ "name": "escalated" } (passes when the flag is true)',
    visited: '{ "state": "listening" } (passes when the run has been in that state)',
    chose: '{ "event": "ASK_WHAT_HAPPENED" } (passes when the run has made that choice)',
  }),
);

function checkNamedGuard(
  file: SourceFile,
  type: string,
  params: JsonNode,
  names: Names,
  diagnostics: Diagnostic[],
): Guard | undefined {
  const before = diagnostics.length;
  const report = (code: Code, at: JsonNode, message: string) =>
    diagnostics.push(diagnostic(code, file.path, nodeRange(file, at), message));
  const key = type === 'visited' ? 'state' : type === 'chose' ? 'event' : 'name';
  const allowed = type === 'metric' ? ['name', ...COMPARISONS] : [key];
  for (const m of members(params)) {
    if (!allowed.includes(m.key))
      report(
        'CB302',
        m.keyNode,
        `The ${q(type)} guard has no param ${q(m.key)}.${didYouMean(m.key, allowed)} It takes ${PARAMS_EXAMPLE.get(type)}.`,
      );
  }
  const nameNode = member(params, key);
  if (!nameNode || nameNode.type !== 'string') {
    report(
      'CB302',
      nameNode ?? params,
      `The ${q(type)} guard needs ${q(key)} in its params, as text: ${PARAMS_EXAMPLE.get(type)}.`,
    );
    return undefined;
  }
  const name = String(nameNode.value);
  if (type === 'metric') {
    checkMetricName(file, name, nameNode, names, diagnostics);
    const present = COMPARISONS.filter((c) => member(params, c) !== undefined);
    const misspelt = members(params).some((m) => !allowed.includes(m.key));
    if (present.length === 0 && !misspelt)
      report(
        'CB302',
        params,
        `The "metric" guard on ${q(name)} compares with nothing. Add "atLeast", "atMost" or "equals", e.g. { "name": ${q(name)}, "atLeast": 2 }.`,
      );
    for (const c of present) {
      const value = member(params, c);
      if (value && value.type !== 'number')
        report(
          'CB302',
          value,
          `${q(c)} must be a number, e.g. ${q(c)}: 2, not ${describe(value)}.`,
        );
    }
    if (diagnostics.length > before) return undefined;
    const out: { name: string; atLeast?: number; atMost?: number; equals?: number } = { name };
    for (const c of present) out[c as 'atLeast'] = Number(member(params, c)?.value);
    return { type: 'metric', params: out };
  }
  if (type === 'flag') {
    checkFlagName(file, name, nameNode, names, diagnostics);
  } else if (type === 'visited' && !names.states.has(name)) {
    if (names.intended?.states.has(name)) return undefined;
    report(
      'CB307',
      nameNode,
      `The "visited" guard names the state ${q(name)}, but there is no such state.${suggestName(name, names.states, 'states')} Use the key of one of the "states" in machine.json.`,
    );
  } else if (type === 'chose' && !names.events.has(name)) {
    if (names.intended?.events.has(name)) return undefined;
    report(
      'CB308',
      nameNode,
      `The "chose" guard names the choice ${q(name)}, but no state has that event.${suggestName(name, names.events, 'events')} Use an event from a state's "on" in machine.json.`,
    );
  }
  if (diagnostics.length > before) return undefined;
  if (type === 'flag') return { type: 'flag', params: { name } };
  if (type === 'visited') return { type: 'visited', params: { state: name } };
  return { type: 'chose', params: { event: name } };
}

export function checkMetricName(
  file: SourceFile,
  name: string,
  node: JsonNode,
  names: Names,
  diagnostics: Diagnostic[],
): void {
  if (names.metrics.has(name) || names.invalid?.has(name)) return;
  const hint = names.flags.has(name)
    ? ` ${q(name)} is a flag (true/false): use the "flag" guard or the "set" action for it.`
    : `${suggestName(name, names.metrics, 'metrics', '"context" has no metrics yet.')} Metrics are the numbers in "context": use one of them, or add ${q(name)}: 0 there for a new one.`;
  diagnostics.push(
    diagnostic(
      'CB305',
      file.path,
      nodeRange(file, node),
      `${q(name)} is not a metric of this scenario.${hint}`,
    ),
  );
}

export function checkFlagName(
  file: SourceFile,
  name: string,
  node: JsonNode,
  names: Names,
  diagnostics: Diagnostic[],
): void {
  if (names.flags.has(name) || names.invalid?.has(name)) return;
  const hint = names.metrics.has(name)
    ? ` ${q(name)} is a metric (a number): use the "metric" guard or the "adjust" action for it.`
    : `${suggestName(name, names.flags, 'flags', '"context" has no flags yet.')} Flags are the true/false values in "context": use one of them, or add ${q(name)}: false there for a new one.`;
  diagnostics.push(
    diagnostic(
      'CB306',
      file.path,
      nodeRange(file, node),
      `${q(name)} is not a flag of this scenario.${hint}`,
    ),
  );
}
