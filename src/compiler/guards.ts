/**
 * Stage: guards. Only the format's named guards (`metric`, `flag`, `visited`, `chose`,
 * `and`/`or`/`not`) exist (the actions are in `actions.ts`); each is checked against the machine's own metrics, flags, states and events, so an author
 * learns of a misspelt metric before a learner meets a choice that never appears.
 */
import type { Diagnostic, Guard, Worded, Wording } from '../contract';
import { diagnostic, type Code } from '../contract/catalogue';
import { describeNode, member, members, nodeRange, type JsonNode } from './json';
import { LIMITS } from './limits';
import { tooMany } from './json-limits';
import type { SourceFile } from './source';
import { knownNames, oneOfNames, suggestion } from './suggest';
import { phrase, words } from '../i18n/diagnostic-words';
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
  const report = (code: Code, at: JsonNode, message: Worded) => {
    diagnostics.push(diagnostic(code, file.path, nodeRange(file, at), message));
    return undefined;
  };
  if (depth > LIMITS.guardDepth)
    return report(
      'CB309',
      node,
      words('diagnostics.CB309.tooDeep', { depth: String(LIMITS.guardDepth) }),
    );
  if (node.type === 'string') {
    const name = String(node.value);
    if (names.conditions?.names.has(name))
      return names.conditions.resolve(name, file, node, diagnostics);
    if (names.conditions)
      return report(
        'CB302',
        node,
        words('diagnostics.CB302.noCondition', {
          name: q(name),
          known: knownNames(name, names.conditions.names, 'conditions'),
        }),
      );
    return report(
      'CB302',
      node,
      words('diagnostics.CB302.nameAlone', { name: q(String(node.value)) }),
    );
  }
  if (node.type !== 'object')
    return report(
      'CB302',
      node,
      words('diagnostics.CB302.notObject', { value: describeNode(node) }),
    );
  const typeNode = member(node, 'type');
  if (!typeNode || typeNode.type !== 'string')
    return report(
      'CB302',
      typeNode ?? node,
      words('diagnostics.CB302.noType', { guards: oneOfNames(GUARDS) }),
    );
  const type = String(typeNode.value);
  if (!GUARDS.includes(type)) {
    return report(
      'CB301',
      typeNode,
      words('diagnostics.CB301.unknown', {
        type: q(type),
        suggestion: suggestion(type, GUARDS),
        guards: oneOfNames(GUARDS),
      }),
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
        words('diagnostics.CB302.unknownKey', {
          type: q(type),
          key: q(key),
          suggestion: suggestion(key, allowed),
          allowed: oneOfNames(allowed.filter((k) => k !== 'type')),
        }),
      );
  }
  if (type === 'and' || type === 'or') {
    const list = member(node, 'guards');
    if (!list || list.type !== 'array' || (list.children ?? []).length === 0) {
      return report(
        'CB302',
        list ?? typeNode,
        words('diagnostics.CB302.noGuards', { type: q(type) }),
      );
    }
    tooMany(
      file,
      list,
      (list.children ?? []).length,
      LIMITS.guardList,
      phrase('diagnostics.CB214.what.guards', { type: q(type) }),
      phrase('diagnostics.CB214.fix.guards'),
      diagnostics,
    );
    const guards = (list.children ?? []).map((child) =>
      checkGuard(file, child, names, diagnostics, depth + 1),
    );
    return guards.every((g): g is Guard => g !== undefined) ? { type, guards } : undefined;
  }
  if (type === 'not') {
    const inner = member(node, 'guard');
    if (!inner) return report('CB302', typeNode, words('diagnostics.CB302.noGuard'));
    const guard = checkGuard(file, inner, names, diagnostics, depth + 1);
    return guard ? { type: 'not', guard } : undefined;
  }
  const params = member(node, 'params');
  if (!params || params.type !== 'object') {
    return report(
      'CB302',
      params ?? typeNode,
      words('diagnostics.CB302.noParams', { type: q(type), example: paramsExample(type) }),
    );
  }
  return checkNamedGuard(file, type, params, names, diagnostics);
}

/** What the params of a `metric`, `flag`, `visited` or `chose` guard look like, with what they mean. */
function paramsExample(type: string): Wording {
  return phrase(
    type === 'metric'
      ? 'diagnostics.CB302.example.metric'
      : type === 'flag'
        ? 'diagnostics.CB302.example.flag'
        : type === 'visited'
          ? 'diagnostics.CB302.example.visited'
          : 'diagnostics.CB302.example.chose',
  );
}

function checkNamedGuard(
  file: SourceFile,
  type: string,
  params: JsonNode,
  names: Names,
  diagnostics: Diagnostic[],
): Guard | undefined {
  const before = diagnostics.length;
  const report = (code: Code, at: JsonNode, message: Worded) =>
    diagnostics.push(diagnostic(code, file.path, nodeRange(file, at), message));
  const key = type === 'visited' ? 'state' : type === 'chose' ? 'event' : 'name';
  const allowed = type === 'metric' ? ['name', ...COMPARISONS] : [key];
  for (const m of members(params)) {
    if (!allowed.includes(m.key))
      report(
        'CB302',
        m.keyNode,
        words('diagnostics.CB302.unknownParam', {
          type: q(type),
          param: q(m.key),
          suggestion: suggestion(m.key, allowed),
          example: paramsExample(type),
        }),
      );
  }
  const nameNode = member(params, key);
  if (!nameNode || nameNode.type !== 'string') {
    report(
      'CB302',
      nameNode ?? params,
      words('diagnostics.CB302.needsName', {
        type: q(type),
        key: q(key),
        example: paramsExample(type),
      }),
    );
    return undefined;
  }
  const name = String(nameNode.value);
  if (type === 'metric') {
    checkMetricName(file, name, nameNode, names, diagnostics);
    const present = COMPARISONS.filter((c) => member(params, c) !== undefined);
    const misspelt = members(params).some((m) => !allowed.includes(m.key));
    if (present.length === 0 && !misspelt)
      report('CB302', params, words('diagnostics.CB302.noComparison', { name: q(name) }));
    for (const c of present) {
      const value = member(params, c);
      if (value && value.type !== 'number')
        report(
          'CB302',
          value,
          words('diagnostics.CB302.notNumber', { comparison: q(c), value: describeNode(value) }),
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
      words('diagnostics.CB307.unknownState', {
        state: q(name),
        known: knownNames(name, names.states, 'states'),
      }),
    );
  } else if (type === 'chose' && !names.events.has(name)) {
    if (names.intended?.events.has(name)) return undefined;
    report(
      'CB308',
      nameNode,
      words('diagnostics.CB308.unknownEvent', {
        choice: q(name),
        known: knownNames(name, names.events, 'events'),
      }),
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
  const message = names.flags.has(name)
    ? words('diagnostics.CB305.isFlag', { name: q(name) })
    : words('diagnostics.CB305.unknown', {
        name: q(name),
        known: knownNames(name, names.metrics, 'metrics', phrase('diagnostics.CB305.noMetrics')),
      });
  diagnostics.push(diagnostic('CB305', file.path, nodeRange(file, node), message));
}

export function checkFlagName(
  file: SourceFile,
  name: string,
  node: JsonNode,
  names: Names,
  diagnostics: Diagnostic[],
): void {
  if (names.flags.has(name) || names.invalid?.has(name)) return;
  const message = names.metrics.has(name)
    ? words('diagnostics.CB306.isMetric', { name: q(name) })
    : words('diagnostics.CB306.unknown', {
        name: q(name),
        known: knownNames(name, names.flags, 'flags', phrase('diagnostics.CB306.noFlags')),
      });
  diagnostics.push(diagnostic('CB306', file.path, nodeRange(file, node), message));
}
