/**
 * Stage of reading `machine.json`: its `context`, the run's starting state — metrics
 * (numbers) and flags (true/false), each with its position, and the names whose value is
 * neither (reported here, so later stages only skip them).
 */
import type { Diagnostic } from '../contract';
import { diagnostic } from '../contract/catalogue';
import { describe, members, nodeRange, type JsonNode } from './json';
import { tooMany } from './json-limits';
import { LIMITS } from './limits';
import { q } from './quote';
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
        `"context" must be an object of metrics (numbers) and flags (true/false), e.g. { "trust": 0, "escalated": false }, not ${describe(node)}.`,
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
          `The name ${q(key)} can only use letters, digits, "-" and "_", starting with a letter, e.g. "trust" or "knows-the-cause".`,
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
          `${q(key)} in "context" must start as a number (a metric, e.g. 0) or as true/false (a flag), not ${describe(value)}.`,
        ),
      );
    }
  }
  tooMany(
    file,
    node,
    machine.metrics.size,
    LIMITS.metrics,
    'metrics (numbers in "context")',
    'Keep the few that the debrief and the guards need: a metric nobody reads only slows the analysis.',
    diagnostics,
  );
  tooMany(
    file,
    node,
    machine.flags.size,
    LIMITS.flags,
    'flags (true/false in "context")',
    'Keep the ones some guard reads.',
    diagnostics,
  );
  return machine;
}
