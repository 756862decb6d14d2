/**
 * Stage of reading `machine.json`: its `context`, the run's starting state — metrics
 * (numbers) and flags (true/false), each with its position, and the names whose value is
 * neither (reported here, so later stages only skip them).
 */
import type { Diagnostic } from '../contract';
import { diagnostic } from '../contract/catalogue';
import { describeNode, members, nodeRange, type JsonNode } from './json';
import { tooMany } from './json-limits';
import { LIMITS } from './limits';
import { q } from './quote';
import { phrase, words } from '../i18n/diagnostic-words';
import type { SourceFile } from './source';

interface ContextEntry<T> {
  initial: T;
  keyNode: JsonNode;
}

export interface MachineContext {
  metrics: Map<string, ContextEntry<number>>;
  flags: Map<string, ContextEntry<boolean>>;
  /** Context names whose value is neither a number nor a boolean (already reported). */
  invalidContext: Set<string>;
}

const CONTEXT_NAME = /^[A-Za-z][A-Za-z0-9_-]*$/;

export function readContext(
  file: SourceFile,
  node: JsonNode | undefined,
  diagnostics: Diagnostic[],
): MachineContext {
  const machine: MachineContext = {
    metrics: new Map(),
    flags: new Map(),
    invalidContext: new Set(),
  };
  if (!node) return machine;
  if (node.type !== 'object') {
    diagnostics.push(
      diagnostic(
        'CB208',
        file.path,
        nodeRange(file, node),
        words('diagnostics.CB208.context', { found: describeNode(node) }),
      ),
    );
    return machine;
  }
  for (const { key, keyNode, value } of members(node)) {
    if (!CONTEXT_NAME.test(key)) {
      diagnostics.push(
        diagnostic(
          'CB211',
          file.path,
          nodeRange(file, keyNode),
          words('diagnostics.CB211.contextName', { name: q(key) }),
        ),
      );
    }
    if (value.type === 'number')
      machine.metrics.set(key, { initial: Number(value.value), keyNode });
    else if (value.type === 'boolean')
      machine.flags.set(key, { initial: Boolean(value.value), keyNode });
    else {
      machine.invalidContext.add(key);
      diagnostics.push(
        diagnostic(
          'CB208',
          file.path,
          nodeRange(file, value),
          words('diagnostics.CB208.contextValue', { name: q(key), found: describeNode(value) }),
        ),
      );
    }
  }
  tooMany(
    file,
    node,
    machine.metrics.size,
    LIMITS.metrics,
    phrase('diagnostics.CB214.what.metrics'),
    phrase('diagnostics.CB214.fix.metrics'),
    diagnostics,
  );
  tooMany(
    file,
    node,
    machine.flags.size,
    LIMITS.flags,
    phrase('diagnostics.CB214.what.flags'),
    phrase('diagnostics.CB214.fix.flags'),
    diagnostics,
  );
  return machine;
}
