/**
 * Format v1.1 (cond15): the named conditions of machine.json's `meta.conditions`. Each
 * is a v1 guard, checked like an inline one; a condition may use another by name but
 * not itself (directly or through others). Transitions and `::: when` blocks use them
 * by name; the compiled scenario carries them resolved (no names inside).
 */
import type { Diagnostic, Guard, Range } from '../contract';
import { diagnostic } from '../contract/catalogue';
import { checkGuard, type ConditionResolver, type Names } from './guards';
import { describeNode, members, nodeRange, type JsonNode } from './json';
import type { MachineModel } from './machine';
import { q } from './quote';
import type { SourceFile } from './source';
import { knownNames } from './suggest';
import { phrase, words } from '../i18n/diagnostic-words';

const CONDITION_NAME = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export interface Conditions {
  resolver: ConditionResolver;
  /** Every declared condition, resolved (undefined where it has an error). */
  resolveAll(): Map<string, Guard | undefined>;
  /** Names used by a transition, a `::: when` or another used condition. */
  used: Set<string>;
  keyNodes: Map<string, JsonNode>;
}

export function readConditions(
  json: SourceFile,
  machine: MachineModel,
  names: Names,
  diagnostics: Diagnostic[],
): Conditions | undefined {
  const node = machine.conditionsNode;
  if (!node) return undefined;
  if (node.type !== 'object') {
    diagnostics.push(
      diagnostic(
        'CB310',
        json.path,
        nodeRange(json, node),
        words('diagnostics.CB310.notObject', { value: describeNode(node) }),
      ),
    );
    return undefined;
  }
  const bodies = new Map<string, JsonNode>();
  const keyNodes = new Map<string, JsonNode>();
  for (const { key, keyNode, value } of members(node)) {
    if (!CONDITION_NAME.test(key))
      diagnostics.push(
        diagnostic(
          'CB310',
          json.path,
          nodeRange(json, keyNode),
          words('diagnostics.CB310.notKebab', { name: q(key), lower: key.toLowerCase() }),
        ),
      );
    bodies.set(key, value);
    keyNodes.set(key, keyNode);
  }
  const done = new Map<string, Guard | undefined>();
  const resolving: string[] = [];
  const used = new Set<string>();
  const scoped: Names = { ...names };
  const resolver: ConditionResolver = {
    names: new Set(bodies.keys()),
    resolve(name, file, at, out) {
      used.add(name);
      return resolveNamed(name, file, at, out);
    },
  };
  function resolveNamed(
    name: string,
    file: SourceFile,
    at: JsonNode,
    out: Diagnostic[],
  ): Guard | undefined {
    {
      if (done.has(name)) return done.get(name);
      const start = resolving.indexOf(name);
      if (start >= 0) {
        const cycle = [...resolving.slice(start), name].map((n) => q(n)).join(' → ');
        out.push(
          diagnostic(
            'CB311',
            file.path,
            nodeRange(file, at),
            words('diagnostics.CB311.cycle', { name: q(name), cycle }),
          ),
        );
        return undefined;
      }
      const body = bodies.get(name) as JsonNode;
      resolving.push(name);
      const guard = checkGuard(json, body, scoped, out);
      resolving.pop();
      done.set(name, guard);
      return guard;
    }
  }
  scoped.conditions = resolver;
  const resolveAll = () => {
    const all = new Map<string, Guard | undefined>();
    for (const name of bodies.keys())
      all.set(name, resolveNamed(name, json, keyNodes.get(name) as JsonNode, diagnostics));
    return all;
  };
  return { resolver, resolveAll, used, keyNodes };
}

/** Names used in scenario.md's `::: when` lines: each must be a declared condition. */
export function checkConditionUses(
  md: SourceFile,
  uses: { name: string; range: Range }[],
  conditions: Conditions | undefined,
  diagnostics: Diagnostic[],
): void {
  const known = conditions?.resolver.names ?? new Set<string>();
  for (const use of uses) {
    if (known.has(use.name)) {
      conditions?.used.add(use.name);
      continue;
    }
    diagnostics.push(
      diagnostic(
        'CB417',
        md.path,
        use.range,
        words('diagnostics.CB417.unknown', {
          name: q(use.name),
          known: knownNames(use.name, known, 'conditions', phrase('diagnostics.CB417.none')),
        }),
      ),
    );
  }
}

/** A declared condition nothing uses: a warning at its name. */
export function checkUnused(
  json: SourceFile,
  conditions: Conditions,
  diagnostics: Diagnostic[],
): void {
  for (const [name, keyNode] of conditions.keyNodes) {
    if (conditions.used.has(name)) continue;
    diagnostics.push(
      diagnostic(
        'CB312',
        json.path,
        nodeRange(json, keyNode),
        words('diagnostics.CB312.unused', { condition: q(name), name }),
      ),
    );
  }
}
