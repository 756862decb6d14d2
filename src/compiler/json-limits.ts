/**
 * The limits every value of machine.json and behaviours.json is held to, checked in
 * one walk of the tree (an explicit stack, no recursion): names (keys) and texts of a
 * bounded length, and numbers that are finite and within ±{@link LIMITS.magnitude},
 * so what `check` computes with is what the built app stores (`1e400` would be
 * Infinity to the one and `null` in the other's JSON).
 */
import type { Diagnostic, Worded, WordingValue } from '../contract';
import { diagnostic, type Code } from '../contract/catalogue';
import {
  base,
  nodeRange,
  nodesOf,
  numberText,
  openingRange,
  valueSummary,
  type JsonNode,
} from './json';
import { codePoints, LIMITS } from './limits';
import { words } from '../i18n/diagnostic-words';
import { q } from './quote';
import type { SourceFile } from './source';

export interface ValueCodes {
  /** For numbers out of range; undefined where numbers are not checked. */
  number?: Extract<Code, 'CB213'>;
  /** For names and texts that are too long. */
  length: Extract<Code, 'CB215' | 'CB506'>;
}

/** Is `value` a number Casebook accepts in `context`, `adjust` and guards? */
function acceptedNumber(value: number): boolean {
  return Number.isFinite(value) && Math.abs(value) <= LIMITS.magnitude;
}

export function checkValues(
  file: SourceFile,
  root: JsonNode,
  codes: ValueCodes,
  diagnostics: Diagnostic[],
): void {
  // Nothing to find when no name, text or number can break a limit: skip the walk.
  const summary = valueSummary(root);
  if (
    summary &&
    summary.longestKey <= LIMITS.nameLength &&
    summary.longestString <= LIMITS.textLength &&
    (!codes.number || summary.values.every(acceptedNumber))
  )
    return;
  const report = (code: Code, node: JsonNode, message: Worded) =>
    diagnostics.push(diagnostic(code, file.path, nodeRange(file, node), message));
  for (const node of nodesOf(root)) {
    if (node.type === 'property') {
      const key = node.children?.[0];
      if (key && key.type === 'string' && String(key.value).length > LIMITS.nameLength) {
        const length = codePoints(String(key.value));
        if (length > LIMITS.nameLength)
          report(
            codes.length,
            key,
            words('diagnostics.CB215.name', {
              name: q(String(key.value)),
              length,
              file: base(file),
              max: String(LIMITS.nameLength),
            }),
          );
      }
      const value = node.children?.[1];
      if (value) checkText(value);
    } else if (node.type === 'array') {
      for (const item of node.children ?? []) checkText(item);
    } else if (node.type === 'number' && codes.number && !acceptedNumber(Number(node.value))) {
      report(
        codes.number,
        node,
        words('diagnostics.CB213.number', {
          value: numberText(node),
          kind: Number.isFinite(Number(node.value)) ? 'range' : 'infinite',
          file: base(file),
          max: LIMITS.magnitude,
        }),
      );
    }
  }

  function checkText(node: JsonNode): void {
    if (node.type !== 'string' || String(node.value).length <= LIMITS.textLength) return;
    const length = codePoints(String(node.value));
    if (length <= LIMITS.textLength) return;
    report(
      codes.length,
      node,
      words('diagnostics.CB215.text', { length, file: base(file), max: LIMITS.textLength }),
    );
  }
}

/**
 * CB214 at `node` when it holds more than `limit` entries: `what` ("states") and `fix` (a
 * sentence) are parts of the message, as `phrase(...)` (English text still works). Everything is still read and
 * checked (the walk is linear); the scenario does not compile until it is within the limit.
 */
export function tooMany(
  file: SourceFile,
  node: JsonNode,
  found: number,
  limit: number,
  what: WordingValue,
  fix: WordingValue,
  diagnostics: Diagnostic[],
): void {
  if (found <= limit) return;
  diagnostics.push(
    diagnostic(
      'CB214',
      file.path,
      openingRange(file, node),
      words('diagnostics.CB214.tooMany', { found, what, limit, fix }),
    ),
  );
}
